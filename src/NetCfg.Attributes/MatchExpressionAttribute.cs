using System;
using System.Diagnostics;

namespace NetCfg
{
    /// <summary>
    /// One entry of the component's podSelector.matchExpressions; it ANDs with [MatchLabel] and the other expressions.
    /// A component with expressions (or labels) gets no default name label.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    [Conditional(Usages.Symbol)]
    public sealed class MatchExpressionAttribute : Attribute
    {
        /// <summary>Adds a requirement on the label <paramref name="key"/>.</summary>
        /// <param name="key">The label key.</param>
        /// <param name="operator">In and NotIn take values; Exists and DoesNotExist take none.</param>
        /// <param name="values">The values for In and NotIn.</param>
        public MatchExpressionAttribute(string key, LabelOperator @operator, params string[] values)
        {
            Key = key;
            Operator = @operator;
            Values = values;
        }

        /// <summary>The label key.</summary>
        public string Key { get; }

        /// <summary>The operator.</summary>
        public LabelOperator Operator { get; }

        /// <summary>The values.</summary>
        public string[] Values { get; }
    }
}
