using System.Text;
using System.Text.Json;
using NetCfg.Core.Review.Explanation;

namespace NetCfg.Tool.Output;

/// <summary>An explanation as text (verdict first, then each side and its rules) or as JSON with the same content.</summary>
internal static class ExplainFormats
{
    public static string Text(FlowExplanation explanation)
    {
        var text = new StringBuilder().Append(explanation.Summary).Append('\n');
        foreach (var side in new[] { explanation.Egress, explanation.Ingress })
        {
            text.Append(side.Sentence).Append('\n');
            foreach (var rule in side.Allowing) Rule(text, "allows", rule);
            if (side.NearestMiss is { } miss) Rule(text, "nearest miss", miss);
        }

        return text.ToString();
    }

    private static void Rule(StringBuilder text, string what, RuleCitation rule)
    {
        text.Append($"  {what}: rule {rule.Number} of {rule.Policy} ({rule.File}): {(rule.Direction == "egress" ? "to" : "from")} {rule.Peers} on {(rule.Ports.Length == 0 ? "no port" : rule.Ports)}");
        if (rule.Condition is { } condition) text.Append(", ").Append(condition);
        text.Append('\n');
        if (rule.DeclaredBy is { } declared) text.Append("    declared by ").Append(declared).Append('\n');
        if (rule.NamedPorts is { } named) text.Append("    named ports: ").Append(named).Append('\n');
    }

    public static string Json(FlowExplanation explanation) => FlowJson.Document(json =>
    {
        json.WriteStartObject();
        json.WriteString("verdict", Verdict(explanation.Verdict));
        json.WriteString("summary", explanation.Summary);
        json.WriteString("from", explanation.From);
        json.WriteString("to", explanation.To);
        if (explanation.Port is { } port) json.WriteString("port", port.ToString());
        else json.WriteNull("port");
        json.WritePropertyName("allowed");
        json.WriteStartObject();
        FlowJson.Ports(json, explanation.Allowed);
        json.WriteEndObject();
        Side(json, explanation.Egress);
        Side(json, explanation.Ingress);
        json.WriteEndObject();
    });

    private static void Side(Utf8JsonWriter json, SideExplanation side)
    {
        json.WritePropertyName(side.Direction);
        json.WriteStartObject();
        json.WriteString("subject", side.Subject);
        json.WriteBoolean("governed", side.Governed);
        json.WriteStartArray("policies");
        foreach (var policy in side.Policies) json.WriteStringValue(policy);
        json.WriteEndArray();
        json.WriteString("result", Match(side.Result));
        json.WriteString("sentence", side.Sentence);
        json.WriteStartArray("allowing");
        foreach (var rule in side.Allowing) Citation(json, rule);
        json.WriteEndArray();
        json.WritePropertyName("nearestMiss");
        if (side.NearestMiss is { } miss) Citation(json, miss);
        else json.WriteNullValue();
        json.WriteEndObject();
    }

    private static void Citation(Utf8JsonWriter json, RuleCitation rule)
    {
        json.WriteStartObject();
        json.WriteString("policy", rule.Policy);
        json.WriteString("file", rule.File);
        json.WriteNumber("rule", rule.Number);
        json.WriteString("peers", rule.Peers);
        json.WriteString("ports", rule.Ports);
        json.WriteString("match", Match(rule.Match));
        json.WriteString("condition", rule.Condition);
        json.WriteString("declaredBy", rule.DeclaredBy);
        json.WriteString("namedPorts", rule.NamedPorts);
        json.WriteEndObject();
    }

    private static string Verdict(Verdict verdict) => verdict switch
    {
        Core.Review.Explanation.Verdict.Allowed => "allowed",
        Core.Review.Explanation.Verdict.Denied => "denied",
        _ => "allowed-if-named-port",
    };

    private static string Match(RuleMatch match) => match switch
    {
        RuleMatch.Yes => "yes",
        RuleMatch.No => "no",
        _ => "if-named-port",
    };
}
