#!/usr/bin/env bash
# Mutation score of NetCfg.Core with dotnet-stryker 5.1.0: the mutants of the core (rules, validation, translation,
# profiles, review, YAML) against the suites in SUITES (default: Core Analyzers Generators Tasks; add Properties for the
# random-topology properties, at NETCFG_PROPERTY_ITERATIONS, default 10 here). Not part of CI.
# Usage: build/mutation.sh [glob ...]     e.g. build/mutation.sh '**/Validation/*.cs' to mutate only those files.
# Writes artifacts/mutation/reports/mutation-report.{html,json} and prints the score and the survivors per file.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tools="$root/artifacts/tools"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
export NETCFG_PROPERTY_ITERATIONS=${NETCFG_PROPERTY_ITERATIONS:-10}

[ -x "$tools/dotnet-stryker" ] || dotnet tool install dotnet-stryker --version 5.1.0 --tool-path "$tools" >/dev/null

mutate=()
for glob in "${@:-**/*.cs}"; do mutate+=(--mutate "$glob"); done
tests=()
for t in ${SUITES:-Core Analyzers Generators Tasks}; do
  tests+=(--test-project "$root/tests/NetCfg.$t.Tests/NetCfg.$t.Tests.csproj")
done

out="$root/artifacts/mutation"
rm -rf "$out"
cd "$root/src/NetCfg.Core"
"$tools/dotnet-stryker" --project NetCfg.Core.csproj "${tests[@]}" "${mutate[@]}" \
  --reporter html --reporter json --reporter progress --output "$out" --concurrency "${CONCURRENCY:-2}"

report="$out/reports/mutation-report.json"
python3 - "$report" <<'PY'
import json, sys
files = json.load(open(sys.argv[1]))["files"]
killed_states = {"Killed", "Timeout"}
rows, k, s, n = [], 0, 0, 0
for path, f in sorted(files.items()):
    states = [m["status"] for m in f["mutants"]]
    fk = sum(st in killed_states for st in states)
    fs = states.count("Survived")
    fn = states.count("NoCoverage")
    k, s, n = k + fk, s + fs, n + fn
    if fs or fn:
        lines = sorted({m["location"]["start"]["line"] for m in f["mutants"] if m["status"] in ("Survived", "NoCoverage")})
        rows.append(f"  {path.split('NetCfg.Core/')[-1]}: {fs} survived, {fn} not covered (lines {', '.join(map(str, lines))})")
total = k + s + n
print("\n".join(rows))
print(f"mutation score {100 * k / total:.1f}%: {k} killed, {s} survived, {n} not covered" if total else "no mutants")
PY
