#!/usr/bin/env bash
# End to end: `dotnet build` of an N-component project that uses the NetCfg.Generators package (from a local feed),
# against the same code compiled with plain attribute stubs (the attribute sources, no generator, analyzers or task).
# Alternating runs of `dotnet build --no-incremental`; prints the medians and their ratio.
# Usage: benchmarks/e2e-build.sh [components=1000] [runs=7]      (KEEP=1 keeps the temp folder)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-1000}
runs=${2:-7}
work=$(mktemp -d)
[ -n "${KEEP:-}" ] || trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build "$root/NetCfg.Generators.sln" -c Release -nodeReuse:false -v q >/dev/null
dotnet pack "$root/src/NetCfg.Package/NetCfg.Package.csproj" -c Release --no-build -o "$work/feed" -nodeReuse:false -v q >/dev/null
version=$(basename "$work"/feed/NetCfg.Generators.*.nupkg .nupkg | sed 's/^NetCfg.Generators.//')
bench="$root/benchmarks/NetCfg.Benchmarks/bin/Release/net10.0/NetCfg.Benchmarks"

for kind in netcfg stubs; do
  mkdir -p "$work/$kind"
  echo '<Project />' > "$work/$kind/Directory.Build.props"
  echo '<Project />' > "$work/$kind/Directory.Build.targets"
  "$bench" --source "$n" > "$work/$kind/Components.cs"
  if [ "$kind" = netcfg ]; then
    "$bench" --profiles "$work/$kind/profiles"
    items="<PackageReference Include=\"NetCfg.Generators\" Version=\"$version\" /><NetworkProfile Include=\"profiles/*.yaml\" />"
  else
    cat "$root"/src/NetCfg.Attributes/*.cs | grep -v '^using ' > "$work/$kind/Stubs.cs"
    sed -i '1i using System; using System.Diagnostics;' "$work/$kind/Stubs.cs"
    items=""
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
  start=$(date +%s%N)
  dotnet build "$work/$1/App.csproj" -c Release --no-restore --no-incremental -nodeReuse:false -v q >/dev/null
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

: > "$work/netcfg.ms"; : > "$work/stubs.ms"
for _ in $(seq "$runs"); do
  time_build stubs >> "$work/stubs.ms"
  time_build netcfg >> "$work/netcfg.ms"
done
median() { sort -n "$1" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
s=$(median "$work/stubs.ms"); c=$(median "$work/netcfg.ms")
echo "work: $work"
echo "components=$n runs=$runs stubs_median_ms=$s netcfg_median_ms=$c ratio=$(awk "BEGIN {printf \"%.3f\", $c/$s}")"
