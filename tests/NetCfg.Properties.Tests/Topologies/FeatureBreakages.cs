using System.Collections.Generic;
using System.Linq;
using static NetCfg.Properties.Tests.Topologies.InvalidTopologyGen;
using NetCfg.TestKit;

namespace NetCfg.Properties.Tests.Topologies;

/// <summary>Issue 11's ways to break a valid topology: bad [MatchExpression]s, bad PortNames, bad ingress profiles.</summary>
internal static class FeatureBreakages
{
    public const int Kinds = 9;

    public static readonly string[] BadPortNames = { "HTTP", string.Empty, "a--b", "-http", "http-", "8080", "h_1", "abcdefghijklmnop", "h\u00e9", "http\n" };

    /// <summary>Profile files whose ingress (or named port) has one problem each.</summary>
    public static readonly string[] BadIngressProfiles =
    {
        Ingress("    - ports: [{port: 80}]"),
        Ingress("    - from: []"),
        Ingress("    - from: [{}]"),
        Ingress("    - to: [{ipBlock: {cidr: 10.0.0.0/8}}]"),
        Ingress("    - from: [{ipBlock: {cidr: 10.0.0.0/8}, podSelector: {matchLabels: {app: a}}}]"),
        Ingress("    - from: [{podSelector: {}}]"),
        Ingress("    - from: [{namespaceSelector: {matchLabels: {}}}]"),
        Ingress("    - from: [{ipBlock: {cidr: 10.0.0.1/8}}]"),
        Ingress("    - from: [{podSelector: {matchLabels: {app: a}}}]\n      ports: [{port: HTTP}]"),
        Ingress("    - from: [{podSelector: {matchLabels: {app: a}}}]\n      ports: [{port: http, endPort: 90}]"),
        Ingress("    - from: [{podSelector: {matchLabels: {app: a}}}]\n      ports: [{port: on}]"),
        Ingress("    - from: [{podSelector: {matchExpressions: [{key: app, operator: in, values: [a]}]}}]"),
        Ingress("    - from: [{podSelector: {matchExpressions: [{key: app, operator: In}]}}]"),
        Ingress("    - from: [{podSelector: {matchExpressions: [{key: app, operator: Exists, values: [a]}]}}]"),
        Ingress("    - from: [{podSelector: {matchExpressions: [{key: -app, operator: Exists}]}}]"),
        Ingress("    - from: [{podSelector: {matchExpressions: [{key: app, operator: In, values: [-a]}]}}]"),
        ProfileYaml.Head("broken") + "  egress:\n    - to: [{ipBlock: {cidr: 10.0.0.0/8}}, {podSelector: {matchLabels: {app: a}}}]\n      ports: [{port: http}]\n",
        "apiVersion: networking.tcs.trifork.com/v1alpha1\nkind: NetworkProfile\nmetadata:\n  name: broken\nspec: {}\n",
        ProfileYaml.Head("broken") + "  ingress: {}\n",
    };

    public static BrokenTopology Break(Topology t, int kind, int i, int j, int pick)
    {
        var c = t.Components[i];
        BrokenTopology Expression(string breakage, params ExpressionSpec[] added) =>
            new(breakage, With(t, i, c with { Expressions = c.MatchExpressions.Where(e => added.All(a => a.Key != e.Key)).Concat(added).ToList() }));
        switch (kind)
        {
            case 0:
                var key = BadLabelKeys[pick % BadLabelKeys.Length];
                return Expression($"expression key {Show(key)}", new ExpressionSpec(key, Op.Exists, new List<string>()));
            case 1:
                var value = BadLabelValues[pick % BadLabelValues.Length];
                return Expression($"expression value {Show(value)}", new ExpressionSpec("bad-value", Op.In, new[] { "ok", value }));
            case 2:
                return Expression("In or NotIn without values", new ExpressionSpec("bad-values", pick % 2 == 0 ? Op.In : Op.NotIn, new List<string>()));
            case 3:
                return Expression("Exists or DoesNotExist with values", new ExpressionSpec("bad-values", pick % 2 == 0 ? Op.Exists : Op.DoesNotExist, new[] { "x" }));
            case 4:
                return Expression("an operator out of range", new ExpressionSpec("bad-operator", (Op)(4 + (pick % 3)), new[] { "x" }));
            case 5:
                var twice = new ExpressionSpec("twice", Op.In, new[] { "a", "b" });
                return new("the same expression twice", With(t, i, c with { Expressions = c.MatchExpressions.Where(e => e.Key != "twice").Append(twice).Append(twice with { Values = new[] { "b", "a", "b" } }).ToList() }));
            case 6:
                return new("a selector of only NotIn and DoesNotExist", With(t, i, c with
                {
                    Labels = new List<LabelSpec>(),
                    Expressions = new[] { new ExpressionSpec("tier", Op.NotIn, new[] { "db" }), new ExpressionSpec("canary", Op.DoesNotExist, new List<string>()) },
                }));
            case 7:
                var name = BadPortNames[pick % BadPortNames.Length];
                var dependency = pick % 3 == 0
                    ? new DependencySpec(j, Proto.Tcp, 80, null, pick % 2 == 0, false, "http")
                    : new DependencySpec(j, Proto.Tcp, null, null, pick % 2 == 0, false, name);
                return new(dependency.Port is null ? $"PortName {Show(name)}" : "PortName with Port", With(t, i, c with { Dependencies = c.Dependencies.Append(dependency).ToList() }));
            default:
                var file = BadIngressProfiles[pick % BadIngressProfiles.Length];
                return new($"a profile file with a problem:\n{file}", t with { ExtraProfileFiles = new[] { file } });
        }
    }

    private static string Ingress(string rules) =>
        ProfileYaml.Head("broken") + "  ingress:\n" + rules + "\n";
}
