using System;
using System.Diagnostics;

namespace NetCfg
{
    /// <summary>Declares a network component: a set of pods that the config names.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    [Conditional(Usages.Symbol)]
    public sealed class ComponentAttribute : Attribute
    {
        /// <summary>Declares the component.</summary>
        /// <param name="name">The component's name in the config: a DNS-1123 label.</param>
        public ComponentAttribute(string name) => Name = name;

        /// <summary>The component's name in the config.</summary>
        public string Name { get; }
    }
}
