using System;
using System.Diagnostics;

namespace NetCfg
{
    /// <summary>Names the LocalNetworkConfig that this assembly's components make up. One per assembly.</summary>
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
    [Conditional(Usages.Symbol)]
    public sealed class LocalNetworkConfigAttribute : Attribute
    {
        /// <summary>Declares the config.</summary>
        /// <param name="name">metadata.name of the LocalNetworkConfig: a DNS-1123 subdomain.</param>
        public LocalNetworkConfigAttribute(string name) => Name = name;

        /// <summary>metadata.name of the LocalNetworkConfig.</summary>
        public string Name { get; }

        /// <summary>metadata.namespace of every emitted object; omitted when null.</summary>
        public string? Namespace { get; set; }
    }
}
