using Microsoft.CodeAnalysis;
using NetCfg.Core.Model;

namespace NetCfg.Generators.Parsing;

/// <summary>Reads [assembly: LocalNetworkConfig].</summary>
public static class ConfigParser
{
    /// <summary>The config. An unreadable name (half-typed code) reads as "", which fails validation and blocks output.</summary>
    public static ConfigDeclaration Parse(AttributeData attribute) =>
        new(AttributeArguments.String(attribute, 0) ?? string.Empty, AttributeArguments.NamedString(attribute, "Namespace"));
}
