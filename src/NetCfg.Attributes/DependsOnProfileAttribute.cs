using System;
using System.Diagnostics;

namespace NetCfg
{
    /// <summary>This component's pods may use the egress rules of a platform NetworkProfile.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    [Conditional(Usages.Symbol)]
    public sealed class DependsOnProfileAttribute : Attribute
    {
        /// <summary>Declares the profile dependency.</summary>
        /// <param name="profile">metadata.name of a NetworkProfile in a &lt;NetworkProfile&gt; file.</param>
        public DependsOnProfileAttribute(string profile) => Profile = profile;

        /// <summary>The profile's name.</summary>
        public string Profile { get; }
    }
}
