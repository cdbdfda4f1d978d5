using System.Collections.Generic;
using System.Linq;
using NetCfg.Generators.Parsing;

namespace NetCfg.Generators.Emit;

/// <summary>The XML doc comments of the generated members, so IntelliSense says where each value comes from and what to do with it.</summary>
public static class LabelDocs
{
    public static IEnumerable<string> Summary(string member, LabelMembers members)
    {
        yield return "<summary>";
        switch (member)
        {
            case LabelMemberNames.ComponentName:
                yield return $"The component's name in the LocalNetworkConfig, from its [Component]: <c>{Xml(members.ComponentName)}</c>.";
                break;
            case LabelMemberNames.LabelSelector:
                yield return $"The component's whole pod selector in kubectl's <c>-l</c> syntax: <c>{Xml(members.LabelSelector)}</c>.";
                yield return "The same selector its NetworkPolicies use; for <c>kubectl get pods -l</c> and any API that takes a label selector string.";
                break;
            default:
                foreach (var line in PodLabels(members)) yield return line;
                break;
        }

        yield return "</summary>";
    }

    private static IEnumerable<string> PodLabels(LabelMembers members)
    {
        if (members.PodLabels.IsEmpty)
        {
            yield return $"Empty: the pod selector of component <c>{Xml(members.ComponentName)}</c> has only matchExpressions, <c>{Xml(members.Expressions)}</c>.";
            yield return "The Deployment must give its pod template labels that satisfy them itself, or its NetworkPolicies select none of its pods.";
            yield break;
        }

        var labels = string.Join(",", members.PodLabels.Select(l => l.Key + "=" + l.Value));
        yield return $"The labels the NetworkPolicies of component <c>{Xml(members.ComponentName)}</c> select its pods by (the pod selector's matchLabels): <c>{Xml(labels)}</c>.";
        yield return "Put them on the Deployment's pod template (<c>spec.template.metadata.labels</c>) and in its <c>spec.selector.matchLabels</c>.";
        if (members.Expressions.Length > 0)
        {
            yield return $"The selector also has matchExpressions, <c>{Xml(members.Expressions)}</c>: the pod template's labels must satisfy them too.";
        }
    }

    /// <summary>Text for one doc comment line: XML-escaped, and no character that would end the line or the XML.</summary>
    private static string Xml(string text)
    {
        var xml = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) xml.Append(c).Append(text[++i]);
            else if (char.IsSurrogate(c) || char.IsControl(c) || c is '\u2028' or '\u2029') xml.Append('\uFFFD');
            else xml.Append(c switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", _ => c.ToString() });
        }

        return xml.ToString();
    }
}
