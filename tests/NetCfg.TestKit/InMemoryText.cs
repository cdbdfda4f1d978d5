using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace NetCfg.TestKit;

/// <summary>An AdditionalFile held in memory, as MSBuild passes a NetworkProfile item.</summary>
public sealed class InMemoryText : AdditionalText
{
    private readonly SourceText _text;

    public InMemoryText(string path, string content)
    {
        Path = path;
        Content = content;
        _text = SourceText.From(content);
    }

    public override string Path { get; }

    public string Content { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
