using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace NetCfg.TestKit;

/// <summary>
/// What the package's props make visible to the compiler: global build properties, NetCfgWorkload=true on every
/// additional file under a <c>deploy/</c> folder (a NetCfgWorkload item), and NetCfgItemType=NetworkProfile on every other
/// .yaml additional file.
/// </summary>
public sealed class BuildOptions : AnalyzerConfigOptionsProvider
{
    public const string ItemTypeKey = "build_metadata.AdditionalFiles.NetCfgItemType";
    public const string WorkloadKey = "build_metadata.AdditionalFiles.NetCfgWorkload";

    public BuildOptions(IReadOnlyDictionary<string, string>? global = null) => GlobalOptions = new Options(global ?? new Dictionary<string, string>());

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.None;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        textFile.Path.Replace('\\', '/').Contains("/deploy/") ? new Options(new Dictionary<string, string> { [WorkloadKey] = "true" })
        : textFile.Path.EndsWith(".yaml", StringComparison.Ordinal)
            ? new Options(new Dictionary<string, string> { [ItemTypeKey] = "NetworkProfile" })
            : Options.None;

    private sealed class Options : AnalyzerConfigOptions
    {
        public static readonly Options None = new(new Dictionary<string, string>());
        private readonly IReadOnlyDictionary<string, string> _values;

        public Options(IReadOnlyDictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, out string value)
        {
            if (_values.TryGetValue(key, out var found))
            {
                value = found;
                return true;
            }

            value = string.Empty;
            return false;
        }
    }
}
