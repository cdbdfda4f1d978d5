#!/usr/bin/env bash
# Mutation score of NetCfg.Core with dotnet-stryker 5.1.0, one folder of the core at a time. Not part of CI.
# Usage: build/mutation.sh [FOLDER ...]    e.g. build/mutation.sh Validation Translation (default: every folder)
# SUITES names the test projects (default: Core Analyzers); CONCURRENCY the test runners (default 2).
# Each folder's run writes artifacts/mutation/FOLDER/ (reports, the commit it ran on, score.txt) and keeps its
# report as a disk baseline there: a rerun tests only the mutants of files changed since that commit
# (FULL=1 tests every mutant again). The scores are printed and collected in artifacts/mutation/scores.tsv.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tools="$root/artifacts/tools"
core="$root/src/NetCfg.Core"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
export NETCFG_PROPERTY_ITERATIONS=${NETCFG_PROPERTY_ITERATIONS:-10}

[ -x "$tools/dotnet-stryker" ] || dotnet tool install dotnet-stryker --version 5.1.0 --tool-path "$tools" >/dev/null

tests=()
for t in ${SUITES:-Core Analyzers}; do
  tests+=(--test-project "$root/tests/NetCfg.$t.Tests/NetCfg.$t.Tests.csproj")
done

folders=("$@")
if [ ${#folders[@]} -eq 0 ]; then
  for d in "$core"/*/; do
    name=$(basename "$d")
    case "$name" in bin|obj) ;; *) folders+=("$name") ;; esac
  done
fi

commit=$(git -C "$root" rev-parse HEAD)
mkdir -p "$root/artifacts/mutation"
for folder in "${folders[@]}"; do
  [ -d "$core/$folder" ] || { echo "no folder src/NetCfg.Core/$folder" >&2; exit 2; }
  out="$root/artifacts/mutation/$folder"
  mkdir -p "$out"
  # Stryker keeps its disk baseline in src/NetCfg.Core/StrykerOutput, one per git branch; each folder keeps its own
  # copy in its output folder and lends it to Stryker for its run. A rerun tests only the mutants of the files
  # changed since the commit of the folder's last run; a first run (or FULL=1) tests every mutant.
  # A first run compares with the repository's first commit, so every file counts as changed and every mutant is tested.
  since=$(git -C "$root" rev-list --max-parents=0 HEAD | tail -1)
  rm -rf "$core/StrykerOutput"
  if [ -z "${FULL:-}" ] && [ -f "$out/commit" ] && [ -d "$out/baseline" ]; then
    since=$(cat "$out/commit")
    cp -r "$out/baseline" "$core/StrykerOutput"
  fi
  cat > "$out/stryker-config.json" <<JSON
{ "stryker-config": {
    "coverage-analysis": "perTest",
    "baseline": { "provider": "disk", "fallback-version": "$folder" } } }
JSON
  echo "== $folder (changes since ${since:0:10})"
  start=$(date +%s)
  (cd "$core" && "$tools/dotnet-stryker" --project NetCfg.Core.csproj "${tests[@]}" \
      --mutate "**/$folder/**/*.cs" --config-file "$out/stryker-config.json" --with-baseline:"$since" -v "$folder" \
      --reporter json --reporter html --reporter progress \
      --output "$out" --concurrency "${CONCURRENCY:-2}") > "$out/stryker.log" 2>&1 \
    || { echo "stryker failed for $folder: see $out/stryker.log" >&2; tail -20 "$out/stryker.log" >&2; exit 1; }
  rm -rf "$out/baseline"
  if [ -d "$core/StrykerOutput" ]; then mv "$core/StrykerOutput" "$out/baseline"
  else echo "Stryker wrote no disk baseline in $core/StrykerOutput; the next run of $folder tests every mutant again" >&2; fi
  echo "$commit" > "$out/commit"
  seconds=$(( $(date +%s) - start ))
  python3 "$root/build/mutation-score.py" "$out/reports/mutation-report.json" "$folder" "$commit" "${SUITES:-Core Analyzers}" \
    "$seconds" | tee "$out/score.txt"
done

# One line per folder that has a score, newest run each.
{ printf 'folder\tcommit\tsuites\tkilled\tsurvived\tnot covered\tscore\tseconds\n'
  for f in "$root"/artifacts/mutation/*/score.txt; do tail -1 "$f"; done; } > "$root/artifacts/mutation/scores.tsv"
column -t -s $'\t' "$root/artifacts/mutation/scores.tsv"
