using NetCfg.Core;

namespace NetCfg.Generators.Parsing;

/// <summary>
/// Where a component class lives, as the generated members need it, read from its symbol: the hint name, the namespace
/// (null: the global namespace), the partial declarations from the outermost containing type down to the class itself
/// (<c>partial class Outer&lt;T&gt;</c>, ..., <c>partial record Frontend</c>), and the member names it already uses.
/// </summary>
public sealed record TypeShape(string HintName, string? Namespace, EquatableArray<string> Declarations, EquatableArray<string> Taken);
