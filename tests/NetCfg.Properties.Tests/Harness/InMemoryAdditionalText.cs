using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace NetCfg.Properties.Tests.Harness;

/// <summary>An AdditionalFile held in memory, as MSBuild would pass a NetworkProfile item.</summary>
internal sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText text;

    public InMemoryAdditionalText(string path, string content)
    {
        Path = path;
        Content = content;
        text = SourceText.From(content);
    }

    public override string Path { get; }

    public string Content { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => text;
}
