using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace NetCfg.Properties.Tests.Harness;

/// <summary>
/// What the package's props make visible to the compiler: global build properties, and NetCfgItemType=NetworkProfile
/// metadata on every .yaml additional file.
/// </summary>
internal sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    public const string ItemTypeKey = "build_metadata.AdditionalFiles.NetCfgItemType";

    public TestOptionsProvider(IReadOnlyDictionary<string, string> global) => GlobalOptions = new Options(global);

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.None;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        textFile.Path.EndsWith(".yaml", StringComparison.Ordinal)
            ? new Options(new Dictionary<string, string> { [ItemTypeKey] = "NetworkProfile" })
            : Options.None;

    private sealed class Options : AnalyzerConfigOptions
    {
        public static readonly Options None = new(new Dictionary<string, string>());
        private readonly IReadOnlyDictionary<string, string> values;

        public Options(IReadOnlyDictionary<string, string> values) => this.values = values;

        public override bool TryGetValue(string key, out string value)
        {
            if (values.TryGetValue(key, out var found))
            {
                value = found;
                return true;
            }

            value = string.Empty;
            return false;
        }
    }
}
