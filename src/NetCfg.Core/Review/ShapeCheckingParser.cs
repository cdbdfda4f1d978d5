using NetCfg.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace NetCfg.Core.Review;

/// <summary>
/// Hands the loader YAML events, stopping (with a <see cref="YamlException"/> and <see cref="Refusal"/>) at what our
/// renderer never writes: anchors, aliases, nesting deeper than <see cref="YamlDocuments.MaxDepth"/>. One pass, checked
/// before the recursive loader sees the event.
/// </summary>
internal sealed class ShapeCheckingParser : IParser
{
    private readonly IParser inner;
    private int depth;

    public ShapeCheckingParser(IParser inner) => this.inner = inner;

    /// <summary>Why the input was refused, as "(line,column): reason"; null when it was not.</summary>
    public string? Refusal { get; private set; }

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext()) return false;
        var current = inner.Current!;
        Refusal = current switch
        {
            AnchorAlias => "YAML aliases are not used in NetCfg manifests",
            NodeEvent { Anchor.IsEmpty: false } => "YAML anchors are not used in NetCfg manifests",
            MappingStart or SequenceStart when ++depth > YamlDocuments.MaxDepth => $"nested deeper than {YamlDocuments.MaxDepth} levels",
            _ => null,
        };
        if (current is MappingEnd or SequenceEnd) depth--;
        if (Refusal is null) return true;
        Refusal = $"({current.Start.Line},{current.Start.Column}): {Refusal}";
        throw new YamlException(current.Start, current.End, Refusal);
    }
}
