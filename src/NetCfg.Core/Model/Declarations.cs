using System.Linq;

namespace NetCfg.Core.Model;

/// <summary>Transport protocol of a port, as Kubernetes spells it; numbered as the attributes' NetworkProtocol.</summary>
public enum Protocol
{
    Tcp = 0,
    Udp = 1,
    Sctp = 2,
}

/// <summary>A selector requirement's operator; numbered as the attributes' LabelOperator.</summary>
public enum LabelOperator
{
    In = 0,
    NotIn = 1,
    Exists = 2,
    DoesNotExist = 3,
}

/// <summary>Which numbers the mirrored enums define: what the attributes' arguments may hold (a test keeps them in step).</summary>
public static class MirroredEnums
{
    public static bool IsProtocol(int value) => value is >= (int)Protocol.Tcp and <= (int)Protocol.Sctp;

    public static bool IsLabelOperator(int value) => value is >= (int)LabelOperator.In and <= (int)LabelOperator.DoesNotExist;
}

/// <summary>
/// An <c>[assembly: LocalNetworkConfig]</c>. A null text is the null constant. <paramref name="Complete"/> is false for
/// half-typed code, which the compiler reports; it blocks the manifests.
/// </summary>
public sealed record ConfigDeclaration(string? Name, string? Namespace, bool Complete = true);

/// <summary>One <c>[MatchLabel]</c>.</summary>
public sealed record LabelDeclaration(string? Key, string? Value, bool Complete = true);

/// <summary>One <c>[MatchExpression]</c>; <paramref name="Operator"/> as written (it may be out of range).</summary>
public sealed record ExpressionDeclaration(string? Key, int Operator, EquatableArray<string> Values, bool NullValue, bool Complete = true);

/// <summary>How a dependency names its target.</summary>
public enum TargetShape
{
    /// <summary>A class: <c>typeof(T)</c> or <c>DependsOn&lt;T&gt;</c>.</summary>
    Class,

    /// <summary>A type that is not a class (struct, interface, enum, ...).</summary>
    NotAClass,

    /// <summary>A constructed or unbound generic class, which no component can be.</summary>
    Generic,

    /// <summary><c>typeof</c> of the null constant.</summary>
    Null,

    /// <summary>A component name: <c>[DependsOn("identity-api")]</c>.</summary>
    Name,
}

/// <summary>A dependency's target: a type (<see cref="Type"/> is its key, <see cref="Display"/> its C# name) or a component name.</summary>
public sealed record TargetRef(TargetShape Shape, string? Type, string? Display, string? Assembly, string? Name)
{
    public static TargetRef ByName(string? name) => new(TargetShape.Name, null, null, null, name);
}

/// <summary>
/// One <c>[DependsOn]</c>; <paramref name="Protocol"/> as written (it may be out of range). <paramref name="Written"/> is the
/// attribute as the source writes it, whitespace normalised (<c>[DependsOn(typeof(Backend), Port = 8080)]</c>), for
/// explain to quote; null when read from metadata. It holds no line, so moving the attribute changes nothing.
/// </summary>
public sealed record DependencyDeclaration(TargetRef Target, int? Port, int? EndPort, int Protocol, string? PortName, bool Complete = true, string? Written = null)
{
    public bool HasPort => Port is not null || EndPort is not null || PortName is not null;
}

/// <summary>One <c>[DependsOnProfile]</c>.</summary>
public sealed record ProfileReference(string? Name, bool Complete = true);

/// <summary>
/// A class with NetCfg attributes, as declared. <paramref name="Type"/> is its key (metadata name), <paramref name="Display"/>
/// its C# name. <paramref name="IsComponent"/> is false for a class that has other NetCfg attributes but no [Component].
/// </summary>
public sealed record ComponentDeclaration(
    string Type,
    string Display,
    string Assembly,
    bool IsComponent,
    string? Name,
    bool NameComplete,
    EquatableArray<LabelDeclaration> Labels,
    EquatableArray<ExpressionDeclaration> Expressions,
    EquatableArray<DependencyDeclaration> Dependencies,
    EquatableArray<ProfileReference> Profiles)
{
    /// <summary>False when any argument could not be read (half-typed code).</summary>
    public bool Complete =>
        NameComplete
        && Labels.All(l => l.Complete)
        && Expressions.All(e => e.Complete)
        && Dependencies.All(d => d.Complete)
        && Profiles.All(p => p.Complete);
}
