#!/usr/bin/env bash
# End to end: `dotnet build` of a 1,000-component project with NetCfg, against the same code compiled with the
# attribute assembly alone (no generator, analyzers or task). Alternating runs; prints medians and their ratio.
# Usage: benchmarks/e2e-build.sh [components=1000] [runs=7]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-1000}
runs=${2:-7}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build "$root/src/NetCfg.Generators/NetCfg.Generators.csproj" -c Release -nodeReuse:false -v q >/dev/null
dotnet run --project "$root/benchmarks/NetCfg.Benchmarks" -c Release -- --source "$n" > "$work/Components.cs"

for kind in netcfg stubs; do
  mkdir -p "$work/$kind"
  cp "$work/Components.cs" "$work/$kind/"
  echo '<Project />' > "$work/$kind/Directory.Build.props"
  if [ "$kind" = netcfg ]; then
    imports="<Import Project=\"$root/build/NetCfg.Generators.props\" />"
    refs="<ProjectReference Include=\"$root/src/NetCfg.Generators/NetCfg.Generators.csproj\" OutputItemType=\"Analyzer\" ReferenceOutputAssembly=\"false\" />"
    echo "<Project><Import Project=\"$root/build/NetCfg.Generators.targets\" /></Project>" > "$work/$kind/Directory.Build.targets"
    tasks="<NetCfgTasksAssembly>$root/src/NetCfg.Tasks/bin/Release/netstandard2.0/NetCfg.Tasks.dll</NetCfgTasksAssembly>"
  else
    imports="" refs="" tasks=""
    echo '<Project />' > "$work/$kind/Directory.Build.targets"
  fi
  cat > "$work/$kind/App.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework><LangVersion>latest</LangVersion>$tasks</PropertyGroup>
  $imports
  <ItemGroup>
    <ProjectReference Include="$root/src/NetCfg.Attributes/NetCfg.Attributes.csproj" />
    $refs
  </ItemGroup>
</Project>
XML
  dotnet build "$work/$kind/App.csproj" -c Release -nodeReuse:false -v q >/dev/null
done

time_build() {
  local start end
  start=$(date +%s%N)
  dotnet build "$work/$1/App.csproj" -c Release --no-restore --no-incremental -p:BuildProjectReferences=false -nodeReuse:false -v q >/dev/null
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

: > "$work/netcfg.ms"; : > "$work/stubs.ms"
for i in $(seq "$runs"); do
  time_build stubs >> "$work/stubs.ms"
  time_build netcfg >> "$work/netcfg.ms"
done
median() { sort -n "$1" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
s=$(median "$work/stubs.ms"); c=$(median "$work/netcfg.ms")
echo "components=$n runs=$runs stubs_median_ms=$s netcfg_median_ms=$c ratio=$(awk "BEGIN {printf \"%.3f\", $c/$s}")"
