using System.Collections.Generic;
using System.Globalization;
using NetCfg.Core.Model;
using NetCfg.Core.Validation;

namespace NetCfg.Core.Rules;

/// <summary>NETCFG004: a [DependsOn] port, range, protocol or port name the API server would reject.</summary>
internal static class PortRules
{
    public const string Prefix = "Invalid dependency port: ";

    public static void Check(ComponentDeclaration component, int position, DependencyDeclaration dependency, DeclarationIndex index, string where, List<Problem> problems)
    {
        void Add(string argument, string message) =>
            problems.Add(RuleIds.InvalidPort, index.SiteOf(component, AttributeKind.DependsOn, position, argument), Prefix + message + where);

        var portValid = true;
        if (dependency.Port is { } port && Ports.Error(port, null) is { } portError)
        {
            portValid = false;
            Add(Arguments.Port, portError);
        }

        if (dependency.EndPort is { } end && Ports.Error(portValid ? dependency.Port : Ports.Min, end) is { } endError)
        {
            Add(Arguments.EndPort, endError);
        }

        if (!MirroredEnums.IsProtocol(dependency.Protocol))
        {
            Add(Arguments.Protocol, $"Protocol value {dependency.Protocol.ToString(CultureInfo.InvariantCulture)} is not Tcp, Udp or Sctp");
        }

        if (dependency.PortName is { } name)
        {
            if (dependency.Port is not null || dependency.EndPort is not null)
            {
                Add(Arguments.PortName, "PortName cannot be combined with Port or EndPort; a named port stands for one port of the destination pods");
            }
            else if (!KubernetesNames.IsPortName(name))
            {
                Add(Arguments.PortName, $"PortName '{name}' is not a valid port name ({KubernetesNames.PortNameRule})");
            }
        }
    }
}
