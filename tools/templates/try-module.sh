#!/usr/bin/env bash
# Proves the module template end to end: in a throwaway copy of this repository, installs the template (in a private
# template store), makes a module with `dotnet new gaoxin-module -n PilotBase -o .`, registers it in the three places
# (Gaoxin.slnx, GaoxinModules.cs, Gaoxin.Composition.csproj), checks nothing else outside the new folders changed,
# builds, runs the new module's tests and the architecture tests (shape, migrations, strings), then deletes the copy.
# Usage: bash tools/templates/try-module.sh [Name]   (a few minutes; PostgreSQL tests run when GAOXIN_TEST_PG is set)
set -euo pipefail
NAME="${1:-PilotBase}"
REPO="$(cd "$(dirname "$0")/../.." && pwd)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/gaoxin-try-module.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
COPY="$WORK/repo"
HIVE="$WORK/templates"

echo "== copying $REPO to $COPY"
mkdir -p "$COPY"
(cd "$REPO" && tar --exclude='./.git' --exclude='*/bin' --exclude='*/obj' --exclude='./data' -cf - .) | (cd "$COPY" && tar -xf -)
cd "$COPY"
# A git repository of its own, only to list what the registration changed.
git init -q && git add -A && git -c user.name=try -c user.email=try@localhost commit -qm base

echo "== installing the template and making Gaoxin.$NAME"
dotnet new install ./tools/templates/gaoxin-module --debug:custom-hive "$HIVE" >/dev/null
dotnet new gaoxin-module -n "$NAME" -o . --debug:custom-hive "$HIVE"

echo "== registering Gaoxin.$NAME"
dotnet sln Gaoxin.slnx add "src/Modules/Gaoxin.$NAME/Gaoxin.$NAME.csproj" "tests/Gaoxin.$NAME.Tests/Gaoxin.$NAME.Tests.csproj" >/dev/null
dotnet add src/Gaoxin.Composition/Gaoxin.Composition.csproj reference "src/Modules/Gaoxin.$NAME/Gaoxin.$NAME.csproj" >/dev/null
sed -i "s|^    \];|        new Gaoxin.$NAME.${NAME}Module(),\n    ];|" src/Gaoxin.Composition/GaoxinModules.cs

git add -A
changed="$(git status --porcelain | grep -v -e " src/Modules/Gaoxin.$NAME/" -e " tests/Gaoxin.$NAME.Tests/" | awk '{print $2}' | sort)"
expected="$(printf '%s\n' Gaoxin.slnx src/Gaoxin.Composition/Gaoxin.Composition.csproj src/Gaoxin.Composition/GaoxinModules.cs)"
echo "files changed outside the module's folders:"; echo "$changed" | sed 's/^/  /'
if [ "$changed" != "$expected" ]; then echo "FAIL: expected exactly: $expected"; exit 1; fi

echo "== building"
dotnet build "tests/Gaoxin.$NAME.Tests" 2>&1 | grep -E " error | warning |Warn|Error|Elapsed" | sort -u
dotnet build tests/Gaoxin.Architecture.Tests 2>&1 | grep -E " error | warning |Warn|Error|Elapsed" | sort -u

echo "== testing Gaoxin.$NAME (SQLite; PostgreSQL when GAOXIN_TEST_PG is set)"
dotnet test --project "tests/Gaoxin.$NAME.Tests" --no-build 2>&1 | tail -8
echo "== architecture tests (the new module has the shape: migrations match its model in its folder, one refusal type, named handlers, no folder cycle, private state, strings in both languages)"
dotnet test --project tests/Gaoxin.Architecture.Tests --no-build -- --filter-class "*MigrationTests" --filter-class "*ModelTests" --filter-class "*DependencyTests" --filter-class "*ModuleShapeTests" --filter-class "*ResourceFileTests" 2>&1 | tail -8
echo "== done; removing $WORK"
