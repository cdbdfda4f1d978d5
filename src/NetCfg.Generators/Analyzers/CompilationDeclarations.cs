using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using NetCfg.Core;
using NetCfg.Core.Model;
using NetCfg.Core.Rules;
using NetCfg.Generators.Parsing;

namespace NetCfg.Generators.Analyzers;

/// <summary>
/// One compilation's declarations, parsed once (every class with NetCfg attributes, the configs, the referenced
/// libraries' exports and the profile files), checked once by the core's <see cref="DeclarationCheck"/>, and the problems
/// grouped by where they lie. The whole graph is computed at most once per compilation.
/// </summary>
internal sealed class CompilationDeclarations
{
    private readonly Dictionary<string, List<Problem>> _byType = new(System.StringComparer.Ordinal);
    private readonly Dictionary<int, List<Problem>> _byConfig = new();
    private readonly Dictionary<string, List<Problem>> _byFile = new(System.StringComparer.Ordinal);

    private CompilationDeclarations(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var components = new List<ComponentDeclaration>();
        foreach (var type in Types(compilation.Assembly.GlobalNamespace))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (type.TypeKind != TypeKind.Class || ComponentParser.Parse(type, compilation.AssemblyName ?? string.Empty, written: false) is not { } declaration) continue;
            Symbols[declaration.Type] = type;
            components.Add(declaration);
        }

        Configs = compilation.Assembly.GetAttributes()
            .Where(AttributeNames.IsConfig)
            .OrderBy(a => TreeIndex(compilation, a))
            .ThenBy(a => a.ApplicationSyntaxReference?.Span.Start ?? 0)
            .ToList();
        foreach (var file in options.AdditionalFiles)
        {
            if (!GeneratorOptions.IsProfileFile(options.AnalyzerConfigOptionsProvider.GetOptions(file)) || file.GetText(cancellationToken) is not { } text) continue;
            ProfileTexts[file.Path] = text;
        }

        var workloads = Workloads(options, cancellationToken);

        var input = TranslationInput.Of(
            compilation.AssemblyName ?? string.Empty,
            Configs.Select(ConfigParser.Parse),
            components,
            compilation.References.Select(ExportReader.Read).OfType<ComponentExport>(),
            ProfileTexts.Select(p => ProfileFiles.Parse(p.Key, p.Value)));
        foreach (var problem in DeclarationCheck.Run(input, workloads).Problems)
        {
            var list = problem.Site.Kind switch
            {
                SiteKind.Attribute => Group(_byType, problem.Site.Owner!),
                SiteKind.Config => Group(_byConfig, problem.Site.Index),
                SiteKind.File => Group(_byFile, problem.Site.Owner!),
                _ => null,
            };
            list?.Add(problem);
        }
    }

    /// <summary>The classes with NetCfg attributes, by key.</summary>
    public Dictionary<string, INamedTypeSymbol> Symbols { get; } = new(System.StringComparer.Ordinal);

    /// <summary>The [assembly: LocalNetworkConfig] attributes, in the order the generator reads them.</summary>
    public IReadOnlyList<AttributeData> Configs { get; }

    /// <summary>The profile files' texts, by path.</summary>
    public Dictionary<string, SourceText> ProfileTexts { get; } = new(System.StringComparer.Ordinal);

    /// <summary>The workload files by the path the core knows them by (relative to the project), with their real path and text.</summary>
    public Dictionary<string, (string Path, SourceText Text)> WorkloadTexts { get; } = new(System.StringComparer.Ordinal);

    /// <summary>The path a workload file's problems lie at, as the core knows it: relative to the project's folder.</summary>
    public static string WorkloadPath(AnalyzerOptions options, string path) =>
        ProjectPaths.Relative(path, GeneratorOptions.ProjectDirectory(options.AnalyzerConfigOptionsProvider.GlobalOptions));

    public IReadOnlyList<Problem> OnType(string key) => _byType.TryGetValue(key, out var list) ? list : new List<Problem>();

    public IReadOnlyList<Problem> OnConfig(int index) => _byConfig.TryGetValue(index, out var list) ? list : new List<Problem>();

    public IReadOnlyList<Problem> InFile(string path) => _byFile.TryGetValue(path, out var list) ? list : new List<Problem>();

    /// <summary>The declarations of one compilation, built on first use by whichever action needs them first.</summary>
    public static System.Func<CancellationToken, CompilationDeclarations> Lazy(Compilation compilation, AnalyzerOptions options)
    {
        CompilationDeclarations? built = null;
        var gate = new object();
        return cancellationToken =>
        {
            lock (gate) return built ??= new CompilationDeclarations(compilation, options, cancellationToken);
        };
    }

    // The NetCfgWorkload items, parsed once per text (see WorkloadFiles), in path order.
    private List<WorkloadFile> Workloads(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var files = new List<WorkloadFile>();
        foreach (var file in options.AdditionalFiles)
        {
            if (!GeneratorOptions.IsWorkloadFile(options.AnalyzerConfigOptionsProvider.GetOptions(file)) || file.GetText(cancellationToken) is not { } text) continue;
            var path = WorkloadPath(options, file.Path);
            if (WorkloadTexts.ContainsKey(path)) continue;
            WorkloadTexts[path] = (file.Path, text);
            files.Add(WorkloadFiles.Read(file, path, cancellationToken));
        }

        return files.OrderBy(f => f.Path, System.StringComparer.Ordinal).ToList();
    }

    private static List<Problem> Group<TKey>(Dictionary<TKey, List<Problem>> groups, TKey key)
        where TKey : notnull
    {
        if (!groups.TryGetValue(key, out var list)) groups[key] = list = new List<Problem>();
        return list;
    }

    private static IEnumerable<INamedTypeSymbol> Types(INamespaceSymbol ns)
    {
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(ns);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (current is INamedTypeSymbol type) yield return type;
            foreach (var member in current is INamespaceSymbol n ? n.GetMembers().Cast<INamespaceOrTypeSymbol>() : ((INamedTypeSymbol)current).GetTypeMembers())
            {
                pending.Push(member);
            }
        }
    }

    private static int TreeIndex(Compilation compilation, AttributeData attribute)
    {
        var tree = attribute.ApplicationSyntaxReference?.SyntaxTree;
        var index = 0;
        foreach (var candidate in compilation.SyntaxTrees)
        {
            if (candidate == tree) return index;
            index++;
        }

        return index;
    }
}
