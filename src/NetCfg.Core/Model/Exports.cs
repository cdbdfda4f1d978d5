namespace NetCfg.Core.Model;

/// <summary>
/// The components one referenced assembly exports. An assembly with a config of its own (<paramref name="Config"/>) is a
/// separate network: its components are not pulled in. <paramref name="Problem"/> says why an export could not be read.
/// </summary>
public sealed record ComponentExport(string Assembly, string? Config, EquatableArray<ComponentDeclaration> Components, string? Problem = null);
