using System;
using System.Diagnostics;

namespace NetCfg
{
    /// <summary>This component's pods call the target component's pods: egress here, ingress there.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    [Conditional(Usages.Symbol)]
    public sealed class DependsOnAttribute : Attribute
    {
        /// <summary>Declares the dependency on a component class, of this project or of a referenced component library.</summary>
        /// <param name="component">A class marked [Component].</param>
        public DependsOnAttribute(Type component) => Component = component;

        /// <summary>
        /// Declares the dependency on a component by its name, for services that do not reference each other. The
        /// config project resolves the name among all the components it assembles.
        /// </summary>
        /// <param name="componentName">The target's [Component] name.</param>
        public DependsOnAttribute(string componentName) => ComponentName = componentName;

        /// <summary>The target component's class; null when the dependency names the component.</summary>
        public Type? Component { get; }

        /// <summary>The target component's name; null when the dependency gives its class.</summary>
        public string? ComponentName { get; }

        /// <summary>The server's container port, 1-65535. Without it (and without <see cref="PortName"/>) every port of <see cref="Protocol"/> is allowed.</summary>
        public int Port { get; set; }

        /// <summary>A named container port of the server's pods (an IANA service name such as "http"), instead of <see cref="Port"/>.</summary>
        public string? PortName { get; set; }

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
        /// <summary>The server's container port, 1-65535. Without it (and without <see cref="PortName"/>) every port of <see cref="Protocol"/> is allowed.</summary>
        public int Port { get; set; }

        /// <summary>A named container port of the server's pods (an IANA service name such as "http"), instead of <see cref="Port"/>.</summary>
        public string? PortName { get; set; }

        /// <summary>Inclusive end of a port range that starts at <see cref="Port"/>.</summary>
        public int EndPort { get; set; }

        /// <summary>The protocol; TCP by default.</summary>
        public NetworkProtocol Protocol { get; set; }
    }
}
