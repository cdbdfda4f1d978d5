using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NetCfg.Core.Model;
using NetCfg.Core.Workloads;

namespace NetCfg.Generators.Parsing;

/// <summary>Workload parsing cached per file text: an edit to C# hands the analyzer the same texts, so nothing is parsed again.</summary>
public static class WorkloadFiles
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SourceText, WorkloadFile> Cache = new();
    private static int parses;

    /// <summary>How many workload texts this process has parsed: what the caching test watches.</summary>
    public static int Parses => Volatile.Read(ref parses);

    /// <summary>The file's workloads, with <paramref name="path"/> (relative to the project) as the path messages show.</summary>
    public static WorkloadFile Read(AdditionalText file, string path, CancellationToken cancellationToken)
    {
        var parsed = file.GetText(cancellationToken) is { } text ? Cache.GetValue(text, Parse) : WorkloadParser.Parse(file.Path, string.Empty);
        return parsed with { Path = path };
    }

    private static WorkloadFile Parse(SourceText text)
    {
        Interlocked.Increment(ref parses);
        return WorkloadParser.Parse(string.Empty, text.ToString());
    }
}
