using System;
using System.Diagnostics;

namespace NetCfg
{
    /// <summary>This component's pods call the target component's pods: egress here, ingress there.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    [Conditional(Usages.Symbol)]
    public sealed class DependsOnAttribute : Attribute
    {
        /// <summary>Declares the dependency.</summary>
        /// <param name="component">A class marked [Component].</param>
        public DependsOnAttribute(Type component) => Component = component;

        /// <summary>The target component's class.</summary>
        public Type Component { get; }

        /// <summary>The server's container port, 1-65535. Without it every port of <see cref="Protocol"/> is allowed.</summary>
        public int Port { get; set; }

        /// <summary>Inclusive end of a port range that starts at <see cref="Port"/>.</summary>
        public int EndPort { get; set; }

        /// <summary>The protocol; TCP by default.</summary>
        public NetworkProtocol Protocol { get; set; }
    }

    /// <summary>The generic form of <see cref="DependsOnAttribute"/>: <c>[DependsOn&lt;Backend&gt;(Port = 8080)]</c>.</summary>
    /// <typeparam name="TComponent">A class marked [Component].</typeparam>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    [Conditional(Usages.Symbol)]
    public sealed class DependsOnAttribute<TComponent> : Attribute
    {
        /// <summary>The server's container port, 1-65535. Without it every port of <see cref="Protocol"/> is allowed.</summary>
        public int Port { get; set; }

        /// <summary>Inclusive end of a port range that starts at <see cref="Port"/>.</summary>
        public int EndPort { get; set; }

        /// <summary>The protocol; TCP by default.</summary>
        public NetworkProtocol Protocol { get; set; }
    }
}
