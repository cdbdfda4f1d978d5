using Microsoft.CodeAnalysis;
using NetCfg.Core.Model;
using NetCfg.Core.Rules;

namespace NetCfg.Generators.Parsing;

/// <summary>Reads [assembly: LocalNetworkConfig].</summary>
public static class ConfigParser
{
    public static ConfigDeclaration Parse(AttributeData attribute)
    {
        var (name, nameComplete) = AttributeArguments.String(attribute, 0);
        var (ns, nsComplete) = AttributeArguments.NamedString(attribute, Arguments.Namespace);
        return new ConfigDeclaration(name, ns, nameComplete && nsComplete);
    }
}
