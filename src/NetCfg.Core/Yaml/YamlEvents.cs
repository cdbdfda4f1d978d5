using System.Collections.Generic;
using System.IO;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace NetCfg.Core.Yaml;

/// <summary>
/// The events of a whole YAML text, checked in one pass before any loader sees them: NetCfg never reads anchors,
/// aliases or nesting deeper than a maximum (<see cref="YamlDocuments.MaxDepth"/> by default), so hostile input (alias bombs, deep nesting)
/// is refused first.
/// </summary>
internal sealed class YamlEvents : IParser
{
    private readonly List<ParsingEvent> events;
    private int next;

    private YamlEvents(List<ParsingEvent> events) => this.events = events;

    public ParsingEvent? Current { get; private set; }

    /// <summary>The checked events as a parser the loader can read, or null with the refusal reported.</summary>
    /// <param name="subject">What the file holds, for the messages: "profiles", "NetCfg manifests".</param>
    /// <exception cref="YamlException">The text is not YAML.</exception>
    public static YamlEvents? Check(string text, string subject, NodeReader reader, int maxDepth = YamlDocuments.MaxDepth)
    {
        var parser = new Parser(new StringReader(text));
        var events = new List<ParsingEvent>();
        var depth = 0;
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            var refusal = current switch
            {
                AnchorAlias => $"YAML aliases are not supported in {subject}",
                NodeEvent { Anchor.IsEmpty: false } => $"YAML anchors are not supported in {subject}",
                MappingStart or SequenceStart when ++depth > maxDepth => $"nesting deeper than {maxDepth} levels",
                _ => null,
            };
            if (refusal is not null)
            {
                reader.Error(current.Start, refusal);
                return null;
            }

            if (current is MappingEnd or SequenceEnd) depth--;
            events.Add(current);
        }

        return new YamlEvents(events);
    }

    public bool MoveNext()
    {
        Current = next < events.Count ? events[next++] : null;
        return Current is not null;
    }
}
