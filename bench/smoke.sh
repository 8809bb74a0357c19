#!/usr/bin/env bash
# Runs every bench verb that has a smoke size, a few seconds each, so no bench rots unnoticed (CI calls this after the
# tests). PostgreSQL verbs need GAOXIN_BENCH_PG (a role that may CREATE DATABASE); without it they are reported skipped.
# Smoke figures go to bench/results/*-smoke.md and are not the measured figures.
set -uo pipefail
cd "$(dirname "$0")/.."
# The bench and the web host it starts (pilot-bookings runs the real app's Release build).
for project in bench/Gaoxin.Bench src/Gaoxin.Web; do
  dotnet build -c Release "$project" -v q -nologo 2>&1 | grep -E " error |rror\(s\)" | sort -u
done
failed=0
run() {
  echo "== bench smoke: $*"
  if ! dotnet run -c Release --no-build --project bench/Gaoxin.Bench -- "$@" --smoke; then
    echo "bench smoke FAILED: $*"; failed=$((failed + 1))
  fi
}
run pilot-scheduler
run scenes-quality
run scenes-match
if [ -n "${GAOXIN_BENCH_PG:-}" ]; then
  run pilot-bookings
  run services-queue
  run e2e
else
  echo "bench smoke skipped: pilot-bookings, services-queue, e2e (GAOXIN_BENCH_PG is not set)"
fi
echo "bench smoke: $failed failed"
exit "$failed"
