#!/usr/bin/env bash
# End to end: `dotnet build` of an N-component project that uses the NetCfg.Generators package (from a local feed),
# against the same code compiled with plain attribute stubs (the attribute sources, no generator, analyzers or task),
# and against the stubs plus FloorGenerator: the least any ForAttributeWithMetadataName generator over [Component]
# costs. Alternating runs of `dotnet build --no-incremental`; prints the medians and their ratios to the stubs.
# Usage: benchmarks/e2e-build.sh [components=1000] [runs=7]      (KEEP=1 keeps the temp folder)
# EDIT=1 changes one port before every build, so the task renders the manifests each time instead of finding them
# unchanged (its cache); the stubs project gets the same edit.
# WARM=1 builds as users do: the compiler server and MSBuild node reuse on (this machine's environment turns both off),
# every project built twice before timing, and the build servers shut down at the end.
# PLAIN=1 declares the components as plain classes instead of partial ones, so NetCfg adds no label members to them.
# INNER=1 times the inner loop instead: one method body edited (component 0's Work()), then an incremental
# `dotnet build`, as a developer does between runs; the declarations stay the same, so the task finds the folder up to date.
# NOBUILD=1 packs the Release build that is there instead of building the solution first (for a series of runs).
# Every build's CPU time is recorded too (the dotnet process, plus what the compiler server and reused MSBuild nodes
# spent during it): it tells the costs apart when other work shares the cores, where wall times do not.
# Sizes: 10, 100 and 1000 components are the ones README records (10 needs at least 21 runs: it is about 25 ms).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-1000}
runs=${2:-7}
work=$(mktemp -d)
[ -n "${KEEP:-}" ] || trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
flags=(-nodeReuse:false)
if [ -n "${WARM:-}" ]; then
  unset MSBUILDDISABLENODEREUSE UseSharedCompilation
  flags=(-nodeReuse:true -p:UseSharedCompilation=true)
  trap 'dotnet build-server shutdown >/dev/null 2>&1 || true; [ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
fi

[ -n "${NOBUILD:-}" ] || dotnet build "$root/NetCfg.Generators.sln" -c Release -nodeReuse:false -v q >/dev/null
dotnet pack "$root/src/NetCfg.Package/NetCfg.Package.csproj" -c Release --no-build -o "$work/feed" -nodeReuse:false -v q >/dev/null
version=$(basename "$work"/feed/NetCfg.Generators.*.nupkg .nupkg | sed 's/^NetCfg.Generators.//')
bench="$root/benchmarks/NetCfg.Benchmarks/bin/Release/net10.0/NetCfg.Benchmarks"

floor="$root/benchmarks/NetCfg.Floor/bin/Release/netstandard2.0/NetCfg.Floor.dll"
for kind in netcfg stubs floor; do
  mkdir -p "$work/$kind"
  echo '<Project />' > "$work/$kind/Directory.Build.props"
  echo '<Project />' > "$work/$kind/Directory.Build.targets"
  "$bench" --source "$n" > "$work/$kind/Components.cs"
  [ -z "${PLAIN:-}" ] || sed -i 's/public partial class/public class/' "$work/$kind/Components.cs"
  if [ "$kind" = netcfg ]; then
    "$bench" --profiles "$work/$kind/profiles"
    items="<PackageReference Include=\"NetCfg.Generators\" Version=\"$version\" /><NetworkProfile Include=\"profiles/*.yaml\" />"
  else
    items=""
    [ "$kind" = floor ] && items="<Analyzer Include=\"$floor\" />"
    cat "$root"/src/NetCfg.Attributes/*.cs | grep -v '^using ' > "$work/$kind/Stubs.cs"
    sed -i '1i using System; using System.Diagnostics;' "$work/$kind/Stubs.cs"
  fi
  cat > "$work/$kind/App.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <LangVersion>latest</LangVersion>
    <RestorePackagesPath>$work/packages</RestorePackagesPath>
    <RestoreAdditionalProjectSources>$work/feed</RestoreAdditionalProjectSources>
  </PropertyGroup>
  <ItemGroup>$items</ItemGroup>
</Project>
XML
  dotnet build "$work/$kind/App.csproj" -c Release -nodeReuse:false -v q > "$work/$kind.log" || { cat "$work/$kind.log"; exit 1; }
done

time_build() {
  local start end
  if [ -n "${EDIT:-}" ]; then
    edits=$((edits + 1))
    "$bench" --source "$n" "$((edits % 2))" > "$work/$1/Components.cs"
    [ -z "${PLAIN:-}" ] || sed -i 's/public partial class/public class/' "$work/$1/Components.cs"
  fi
  local incremental=--no-incremental
  if [ -n "${INNER:-}" ]; then
    edits=$((edits + 1))
    sed -i -E "s/Work\(\) => 0( \+ [0-9]+)?;/Work() => 0 + $edits;/" "$work/$1/Components.cs"
    incremental=
  fi
  local before after
  before=$(server_ticks)
  start=$(date +%s%N)
  /usr/bin/time -f "%U %S" -o "$work/time.txt" dotnet build "$work/$1/App.csproj" -c Release --no-restore $incremental "${flags[@]}" -v q >/dev/null
  end=$(date +%s%N)
  after=$(server_ticks)
  echo "$(( (end - start) / 1000000 )) $(awk -v t="$((after - before))" -v hz="$(getconf CLK_TCK)" '{printf "%d", ($1 + $2) * 1000 + t * 1000 / hz}' "$work/time.txt")"
}

# CPU ticks so far of this user's compiler servers and reused MSBuild nodes (they outlive the build that started them).
server_ticks() {
  local total=0 pid ticks
  for pid in $(pgrep -u "$(id -u)" -f 'VBCSCompiler|nodeReuse:true' || true); do
    ticks=$(sed 's/^.*) //' "/proc/$pid/stat" 2>/dev/null | awk '{print $12 + $13}') || ticks=0
    total=$((total + ${ticks:-0}))
  done
  echo "$total"
}

: > "$work/netcfg.ms"; : > "$work/stubs.ms"; : > "$work/floor.ms"; edits=0
if [ -n "${WARM:-}" ]; then
  for _ in 1 2; do for kind in stubs netcfg floor; do time_build "$kind" >/dev/null; done; done
fi
for _ in $(seq "$runs"); do
  time_build stubs >> "$work/stubs.ms"
  time_build netcfg >> "$work/netcfg.ms"
  time_build floor >> "$work/floor.ms"
done
median() { cut -d" " -f"${2:-1}" "$1" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
s=$(median "$work/stubs.ms"); c=$(median "$work/netcfg.ms"); f=$(median "$work/floor.ms")
sc=$(median "$work/stubs.ms" 2); cc=$(median "$work/netcfg.ms" 2); fc=$(median "$work/floor.ms" 2)
echo "work: $work"
echo "components=$n runs=$runs edit=${EDIT:-0} warm=${WARM:-0} plain=${PLAIN:-0} inner=${INNER:-0} load=\"$(cut -d" " -f1-3 /proc/loadavg)\" stubs_median_ms=$s netcfg_median_ms=$c floor_median_ms=$f" \
  "ratio=$(awk "BEGIN {printf \"%.3f\", $c/$s}") floor_ratio=$(awk "BEGIN {printf \"%.3f\", $f/$s}")" \
  "netcfg_over_floor=$(awk "BEGIN {printf \"%.3f\", $c/$f}")"
echo "cpu: stubs_median_ms=$sc netcfg_median_ms=$cc floor_median_ms=$fc netcfg_over_floor=$(awk "BEGIN {printf \"%.3f\", $cc/$fc}")" \
  "netcfg_over_stubs=$(awk "BEGIN {printf \"%.3f\", $cc/$sc}")"
