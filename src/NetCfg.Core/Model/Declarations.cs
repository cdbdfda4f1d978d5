namespace NetCfg.Core.Model;

/// <summary>Transport protocol of a port, as Kubernetes spells it.</summary>
public enum Protocol
{
    Tcp = 0,
    Udp = 1,
    Sctp = 2,
}

/// <summary>Where a declaration stands in the user's source, for messages (file path, 1-based line).</summary>
public sealed record SourceRef(string Path, int Line, int Column)
{
    public override string ToString() => $"{Path}({Line},{Column})";
}

/// <summary>The assembly's <c>[LocalNetworkConfig]</c>.</summary>
public sealed record ConfigDeclaration(string Name, string? Namespace);

/// <summary>One <c>[MatchLabel]</c>, or one entry of a selector's matchLabels.</summary>
public sealed record Label(string Key, string Value);

/// <summary>One <c>[DependsOn]</c>: the target is the type's metadata name, resolved in the translator.</summary>
public sealed record ComponentDependency(string TargetType, int? Port, int? EndPort, Protocol Protocol);

/// <summary>One <c>[Component]</c> class with everything declared on it.</summary>
/// <param name="TypeName">The class's fully qualified metadata name; the key that dependencies use.</param>
/// <param name="Problems">Arguments the declaration could not be read from (half-typed code); blocks output.</param>
public sealed record ComponentDeclaration(
    string TypeName,
    string Name,
    EquatableArray<Label> Labels,
    EquatableArray<ComponentDependency> Dependencies,
    EquatableArray<string> Profiles,
    EquatableArray<string> Problems);
