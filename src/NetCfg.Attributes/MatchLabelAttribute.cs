using System;
using System.Diagnostics;

namespace NetCfg
{
    /// <summary>One entry of the component's podSelector.matchLabels. Without any, the selector is app.kubernetes.io/name: &lt;name&gt;.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    [Conditional(Usages.Symbol)]
    public sealed class MatchLabelAttribute : Attribute
    {
        /// <summary>Adds a label the component's pods carry.</summary>
        public MatchLabelAttribute(string key, string value)
        {
            Key = key;
            Value = value;
        }

        /// <summary>The label key.</summary>
        public string Key { get; }

        /// <summary>The label value.</summary>
        public string Value { get; }
    }
}
