using System.Collections.Generic;
using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Validation;

namespace NetCfg.Core.Rules;

/// <summary>NETCFG006: [MatchLabel] and [MatchExpression] that Kubernetes rejects, repeats, and selectors that select too much.</summary>
internal static class SelectorRules
{
    public static void Check(ComponentDeclaration component, DeclarationIndex index, string where, List<Problem> problems)
    {
        Labels(component, index, where, problems);
        Expressions(component, index, where, problems);
        if (component.Labels.IsEmpty
            && !component.Expressions.IsEmpty
            && component.Expressions.All(e => e.Complete && e.Operator is (int)LabelOperator.NotIn or (int)LabelOperator.DoesNotExist))
        {
            problems.Add(
                RuleIds.InvalidSelector,
                index.SiteOf(component, AttributeKind.MatchExpression, 0),
                $"The selector of '{component.Display}' has only NotIn and DoesNotExist expressions, so it selects every other pod of the namespace; add a [MatchLabel], or an In or Exists expression{where}");
        }
    }

    private static void Labels(ComponentDeclaration component, DeclarationIndex index, string where, List<Problem> problems)
    {
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        for (var i = 0; i < component.Labels.Count; i++)
        {
            var label = component.Labels[i];
            if (!label.Complete) continue;
            var keySite = index.SiteOf(component, AttributeKind.MatchLabel, i, Arguments.First);
            var valueSite = index.SiteOf(component, AttributeKind.MatchLabel, i, Arguments.Second);
            if (label.Key is null) problems.Add(RuleIds.InvalidSelector, keySite, "A label key may not be null" + where);
            else if (KubernetesNames.LabelKeyError(label.Key) is { } keyError) problems.Add(RuleIds.InvalidSelector, keySite, $"Label key '{label.Key}' is invalid: {keyError}{where}");
            else if (!seen.Add(label.Key)) problems.Add(RuleIds.InvalidSelector, keySite, $"Label key '{label.Key}' is matched more than once on '{component.Display}'; a selector holds each key once{where}");

            if (label.Value is null) problems.Add(RuleIds.InvalidSelector, valueSite, "A label value may not be null; use \"\" for an empty value" + where);
            else if (KubernetesNames.LabelValueError(label.Value) is { } valueError) problems.Add(RuleIds.InvalidSelector, valueSite, $"Label value '{label.Value}' is invalid: {valueError}{where}");
        }
    }

    private static void Expressions(ComponentDeclaration component, DeclarationIndex index, string where, List<Problem> problems)
    {
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        for (var i = 0; i < component.Expressions.Count; i++)
        {
            var expression = component.Expressions[i];
            if (!expression.Complete) continue;
            ProblemSite At(int position) => index.SiteOf(component, AttributeKind.MatchExpression, i, Arguments.Positional(position));
            var valid = true;
            if (expression.Key is null) Add(0, "An expression key may not be null");
            else if (KubernetesNames.LabelKeyError(expression.Key) is { } keyError) Add(0, $"Expression key '{expression.Key}' is invalid: {keyError}");

            var op = expression.Operator;
            if (!MirroredEnums.IsLabelOperator(op)) Add(1, $"Operator value {op} is not In, NotIn, Exists or DoesNotExist");
            else if (op is (int)LabelOperator.In or (int)LabelOperator.NotIn && expression.Values.IsEmpty && !expression.NullValue) Add(1, $"[MatchExpression] with {(LabelOperator)op} needs at least one value");
            else if (op is (int)LabelOperator.Exists or (int)LabelOperator.DoesNotExist && (!expression.Values.IsEmpty || expression.NullValue)) Add(2, $"[MatchExpression] with {(LabelOperator)op} takes no values");

            if (expression.NullValue) Add(2 + expression.Values.Count, "An expression value may not be null"); // the parser stops at the first null
            for (var v = 0; v < expression.Values.Count; v++)
            {
                if (KubernetesNames.LabelValueError(expression.Values[v]) is { } valueError) Add(2 + v, $"Expression value '{expression.Values[v]}' is invalid: {valueError}");
            }

            if (valid && !seen.Add(Shown(expression)))
            {
                problems.Add(RuleIds.InvalidSelector, index.SiteOf(component, AttributeKind.MatchExpression, i), $"The expression '{Shown(expression)}' is declared more than once on '{component.Display}'{where}");
            }

            void Add(int position, string message)
            {
                valid = false;
                problems.Add(RuleIds.InvalidSelector, At(position), message + where);
            }
        }
    }

    /// <summary>How messages show an expression: <c>tier In (api, web)</c>; values sorted, as the selector holds them.</summary>
    public static string Shown(ExpressionDeclaration expression) =>
        $"{expression.Key} {(LabelOperator)expression.Operator}" + (expression.Values.IsEmpty ? string.Empty : " (" + string.Join(", ", expression.Values.Distinct().OrderBy(v => v, System.StringComparer.Ordinal)) + ")");
}
