using NetCfg.Core;

namespace NetCfg.Generators.Parsing;

/// <summary>
/// Where a component class lives, as the generated members need it, read from its symbol: the namespace (null: the
/// global namespace), the partial declarations from the outermost containing type down to the class itself
/// (<c>partial class Outer&lt;T&gt;</c>, ..., <c>partial record Frontend</c>), and the member names it already uses.
/// Read again for every component on every edit (ForAttributeWithMetadataName re-runs its transform whenever the
/// compilation changes), so it holds only what needs the symbol.
/// </summary>
public sealed record TypeShape(string? Namespace, EquatableArray<string> Declarations, EquatableArray<string> Taken);
