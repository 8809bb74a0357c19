#!/usr/bin/env bash
# Mutation testing of the rule files (issue #23): runs Stryker.NET once per rule area against that area's fast tests,
# then writes bench/results/mutation.md (per rule file: score, logic and string mutants apart, surviving logic mutants)
# with the bench's `mutation-report` verb. Run from anywhere, no standard input; needs `dotnet tool restore` once.
#
#   tools/mutation/run.sh                  # every area (a bench: tens of minutes on 2 cores)
#   tools/mutation/run.sh kernel funding   # some areas; the others keep their last figures in mutation.md
#   tools/mutation/run.sh --before kernel  # ... and keep these figures as the "before" column
#   tools/mutation/run.sh --smoke          # CI: one small rule file, a minute or two → bench/results/mutation-smoke.md
#
# Exit status: non-zero if Stryker or the report fails to run; the scores never fail the run.
set -euo pipefail
cd "$(dirname "$0")/../.."

# One rule area a line:
#   area | project to mutate | test project folder | test files compiled for the run ("-" = all) | --mutate globs
# Test files: a module's test project also holds database and HTTP tests; Stryker's mtp runner cannot filter xunit v3
# tests, so tests/Directory.Build.props compiles only these files (GAOXIN_MUTATION_TESTS) into the test project for
# the run: the pure rule tests, which finish in seconds.
areas='
kernel       | Gaoxin.Kernel.csproj       | tests/Gaoxin.Kernel.Tests       | -                                  | **/Audit/AuditHash.cs **/Money/*.cs **/Registry/UnifiedSocialCreditCode.cs **/Zones/DivisionCode.cs **/Access/*.cs
enterprises-cert     | Gaoxin.Enterprises.csproj  | tests/Gaoxin.Enterprises.Tests  | Certification/**/*.cs;Policies/**/*.cs | **/Certification/*.cs
enterprises-policies | Gaoxin.Enterprises.csproj  | tests/Gaoxin.Enterprises.Tests  | Certification/**/*.cs;Policies/**/*.cs | **/Policies/PolicyCondition*.cs **/Policies/PolicyEvaluator.cs **/Policies/AmountRule.cs
funding      | Gaoxin.Funding.csproj      | tests/Gaoxin.Funding.Tests      | RuleTests.cs;RuleTextTests.cs;SubmissionRuleTests.cs;ConversionProposalRuleTests.cs | **/Awards/AwardRules.cs **/Awards/SubmissionRules.cs **/Awards/Tranches.cs **/Instruments/InstrumentRules.cs **/Proposals/ProposalRules.cs
techtransfer | Gaoxin.TechTransfer.csproj | tests/Gaoxin.TechTransfer.Tests | RuleTests.cs;RuleTextTests.cs;Package/PackageGapRuleTests.cs;Achievements/AchievementRuleTests.cs | **/Achievements/AchievementRules.cs **/Package/PackageGapRule.cs **/Projects/StageRules.cs **/Projects/SuccessJudge.cs **/Screening/ScreeningRules.cs **/Screening/ScoreAggregation.cs **/Screening/ResultDisclosure.cs **/Analytics/Wilson.cs **/Achievements/PatentNumber.cs
industry     | Gaoxin.Industry.csproj     | tests/Gaoxin.Industry.Tests     | RuleTests.cs;RuleTextTests.cs      | **/Gaps/*Rule*.cs **/Leads/LeadRules.cs **/Chains/NodeInOneChainRule.cs
services     | Gaoxin.Services.csproj     | tests/Gaoxin.Services.Tests     | **/*Rule*Tests.cs;Calendar/WorkingCalendarTests.cs | **/Approvals/FormFieldRule.cs **/Approvals/MaterialRules.cs **/Calendar/CalendarRules.cs **/Calendar/WorkingCalendar.cs **/Catalogue/CatalogueRules.cs **/Queues/ClockRules.cs **/Relief/EarlyWarningRules.cs **/Relief/ReliefRules.cs **/ServicePage/DueRules.cs
scenes       | Gaoxin.Scenes.csproj       | tests/Gaoxin.Scenes.Tests       | **/*Rule*Tests.cs                  | **/Deals/DealRules.cs **/Demands/DemandRules.cs **/SceneBoard/SceneRules.cs **/TechContracts/ContractRules.cs **/Matching/Rules/MatchRules.cs
mobility     | Gaoxin.Mobility.csproj     | tests/Gaoxin.Mobility.Tests     | Fleet/**/*.cs;Rights/**/*.cs;Telemetry/*RuleTests.cs;Telemetry/Points.cs | **/Fleet/FleetRules.cs **/Fleet/Vin.cs **/Rights/RoadRightRules.cs **/Rights/RoadRightCheck.cs **/Rights/GeoAreas.cs **/Telemetry/TelemetryRules.cs
capital      | Gaoxin.Capital.csproj      | tests/Gaoxin.Capital.Tests      | Rounds/**/*.cs                     | **/Rounds/RoundRules.cs
platforms    | Gaoxin.Platforms.csproj    | tests/Gaoxin.Platforms.Tests    | Rules/**/*.cs                      | **/Registry/PlatformRules.cs
pilotbase    | Gaoxin.PilotBase.csproj    | tests/Gaoxin.PilotBase.Tests    | **/*Rule*Tests.cs;**/BookingRuleFacts.cs;**/BookingPriceTests.cs;**/CancellationPolicyTests.cs | **/Bookings/BookingRules.cs **/Facilities/FacilityRules.cs **/Runs/RunRules.cs **/Runs/AcceptanceTargets.cs
pilotbase-scheduler | Gaoxin.PilotBase.csproj | tests/Gaoxin.PilotBase.Tests | Scheduling/ScheduleSolverTests.cs;Utilisation/OpeningHoursTests.cs | **/Scheduling/ScheduleSolver.cs **/Utilisation/OpeningHours.cs
indicators   | Gaoxin.Indicators.csproj   | tests/Gaoxin.Indicators.Tests   | *Rule*Tests.cs                     | **/Series/ValueRules.cs
'
# The smoke size: the Kernel's Percent alone.
smoke='kernel-smoke | Gaoxin.Kernel.csproj | tests/Gaoxin.Kernel.Tests | - | **/Money/Percent.cs'

mode=full; before=(); wanted=()
for arg in "$@"; do
  case "$arg" in
    --smoke) mode=smoke ;;
    --before) before=(--before) ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) wanted+=("$arg") ;;
  esac
done

if [ "$mode" = smoke ]; then
  table=$smoke; dir=bench/results/mutation-smoke; out=bench/results/mutation-smoke.md
else
  table=$areas; dir=bench/results/mutation; out=bench/results/mutation.md
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/gaoxin-mutation.XXXXXX")
trap 'rm -rf "$work"' EXIT
imports=(); failed=0; ran=0
set -f   # the --mutate globs are Stryker's, not the shell's
while IFS='|' read -r area project tests files globs; do
  area=$(echo "$area" | xargs); [ -n "$area" ] || continue
  if [ ${#wanted[@]} -gt 0 ] && [[ ! " ${wanted[*]} " =~ " $area " ]]; then continue; fi
  project=$(echo "$project" | xargs); tests=$(echo "$tests" | xargs); files=$(echo "$files" | xargs)
  mutate=(); for g in $globs; do mutate+=(--mutate "$g"); done
  echo "== mutation: $area ($project, tests in $tests${files:+, files $files})"
  start=$(date +%s)
  if [ "$files" != "-" ]; then export GAOXIN_MUTATION_PROJECT=$(basename "$tests") GAOXIN_MUTATION_TESTS=$files
  else unset GAOXIN_MUTATION_PROJECT GAOXIN_MUTATION_TESTS; fi
  if (cd "$tests" && dotnet stryker --test-runner mtp --concurrency 1 --project "$project" "${mutate[@]}" \
        --reporter json --reporter progress --output "$work/$area") \
     && [ -f "$work/$area/reports/mutation-report.json" ]; then
    imports+=(--import "$area=$work/$area/reports/mutation-report.json")
    echo "== mutation: $area took $(( $(date +%s) - start )) s"
  else
    echo "== mutation: $area FAILED (Stryker did not run to the end)"; failed=$((failed + 1))
  fi
  ran=$((ran + 1))
done <<< "$table"
set +f
unset GAOXIN_MUTATION_PROJECT GAOXIN_MUTATION_TESTS
# The tests were built with a subset of their files: the next ordinary build compiles them all again.

[ "$ran" -gt 0 ] || { echo "no such area: ${wanted[*]}"; exit 2; }
if [ ${#imports[@]} -gt 0 ]; then
  dotnet run -c Release --project bench/Gaoxin.Bench -- mutation-report --dir "$dir" --out "$out" "${imports[@]}" "${before[@]}" \
    || failed=$((failed + 1))
fi
echo "mutation: $failed area(s) failed"
exit "$failed"
