using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace NetCfg.Core.Yaml;

/// <summary>
/// Hands the loader YAML events, stopping (with a <see cref="YamlException"/> and <see cref="Refusal"/>) at what NetCfg never
/// reads: anchors, aliases, nesting deeper than <see cref="YamlDocuments.MaxDepth"/>. One pass, checked before the recursive
/// loader sees the event, so hostile input (deep nesting, alias bombs) never reaches it.
/// </summary>
internal sealed class ShapeCheckingParser : IParser
{
    private readonly IParser inner;
    private readonly string subject;
    private int depth;

    /// <param name="subject">What the file holds, for the messages: "profiles", "NetCfg manifests".</param>
    public ShapeCheckingParser(IParser inner, string subject)
    {
        this.inner = inner;
        this.subject = subject;
    }

    /// <summary>Why the input was refused; null when it was not.</summary>
    public string? Refusal { get; private set; }

    /// <summary>Where it was refused.</summary>
    public Mark RefusedAt { get; private set; }

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext()) return false;
        var current = inner.Current!;
        Refusal = current switch
        {
            AnchorAlias => $"YAML aliases are not supported in {subject}",
            NodeEvent { Anchor.IsEmpty: false } => $"YAML anchors are not supported in {subject}",
            MappingStart or SequenceStart when ++depth > YamlDocuments.MaxDepth => $"nesting deeper than {YamlDocuments.MaxDepth} levels",
            _ => null,
        };
        if (current is MappingEnd or SequenceEnd) depth--;
        if (Refusal is null) return true;
        RefusedAt = current.Start;
        throw new YamlException(current.Start, current.End, Refusal);
    }
}
