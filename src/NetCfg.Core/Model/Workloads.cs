using System.Globalization;

namespace NetCfg.Core.Model;

/// <summary>One port a container declares: its number, its protocol and its name (null when it has none).</summary>
public sealed record ContainerPort(string? Name, int Number, Protocol Protocol)
{
    /// <summary>How messages show it: <c>http 8080/TCP</c>.</summary>
    public override string ToString() =>
        (Name is null ? string.Empty : Name + " ") + Number.ToString(CultureInfo.InvariantCulture) + "/" + Validation.Ports.ToKubernetes(Protocol);
}

/// <summary>
/// The pods one workload object runs, as far as the network checks need them: the namespace (null: none written), the pod
/// template's labels and every port its containers and sidecar init containers declare, with where the object is written.
/// </summary>
public sealed record Workload(
    string Kind,
    string Name,
    string? Namespace,
    EquatableArray<Label> Labels,
    EquatableArray<ContainerPort> Ports,
    int Line,
    int Column)
{
    /// <summary>How messages name it: <c>Deployment/backend</c>.</summary>
    public string Display => Kind + "/" + Name;
}

/// <summary>A problem in a workload file, at a 1-based line and column.</summary>
public sealed record WorkloadError(string Message, int Line, int Column);

/// <summary>Everything read from one workload file. A document with errors contributes no workload.</summary>
public sealed record WorkloadFile(string Path, EquatableArray<Workload> Workloads, EquatableArray<WorkloadError> Errors);
