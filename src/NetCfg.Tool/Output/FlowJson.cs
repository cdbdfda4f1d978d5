using System.Linq;
using System.Text.Json;
using NetCfg.Core.Model;
using NetCfg.Core.Review.Evaluation;

namespace NetCfg.Tool.Output;

/// <summary>
/// The JSON of flows and endpoints, shared by `flows`, `diff` and `explain`:
/// a flow is { from, to, ports, portRanges }, an endpoint { kind, key, label }.
/// </summary>
internal static class FlowJson
{
    public static void Flow(Utf8JsonWriter json, NetworkFlow flow)
    {
        json.WriteStartObject();
        json.WritePropertyName("from");
        Endpoint(json, flow.From);
        json.WritePropertyName("to");
        Endpoint(json, flow.To);
        Ports(json, flow.Ports);
        json.WriteEndObject();
    }

    public static void Endpoint(Utf8JsonWriter json, FlowEndpoint endpoint)
    {
        json.WriteStartObject();
        json.WriteString("kind", Kind(endpoint.Kind));
        json.WriteString("key", endpoint.Key);
        if (endpoint.Label is { } label) json.WriteString("label", label);
        else json.WriteNull("label");
        json.WriteEndObject();
    }

    /// <summary>"ports": the review's text; "portRanges": one entry per protocol and range or name.</summary>
    public static void Ports(Utf8JsonWriter json, PortSet ports)
    {
        json.WriteString("ports", ports.ToString());
        json.WriteStartArray("portRanges");
        foreach (var protocol in new[] { Protocol.Tcp, Protocol.Udp, Protocol.Sctp })
        {
            var set = ports.For(protocol);
            foreach (var range in set.Ranges)
            {
                json.WriteStartObject();
                json.WriteString("protocol", protocol.ToString().ToUpperInvariant());
                json.WriteNumber("first", range.First);
                json.WriteNumber("last", range.Last);
                json.WriteEndObject();
            }

            foreach (var name in set.Names)
            {
                json.WriteStartObject();
                json.WriteString("protocol", protocol.ToString().ToUpperInvariant());
                json.WriteString("name", name);
                json.WriteEndObject();
            }
        }

        json.WriteEndArray();
    }

    public static string Kind(EndpointKind kind) => kind switch
    {
        EndpointKind.Component => "component",
        EndpointKind.Pods => "pods",
        EndpointKind.Addresses => "addresses",
        _ => "anywhere",
    };

    public static Utf8JsonWriter Writer(System.IO.Stream stream) =>
        new(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>Writes a JSON document built by <paramref name="write"/> as text, with a final newline.</summary>
    public static string Document(System.Action<Utf8JsonWriter> write)
    {
        using var stream = new System.IO.MemoryStream();
        using (var json = Writer(stream)) write(json);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n") + "\n";
    }

    public static string[] Names(System.Collections.Generic.IEnumerable<string> names) => names.ToArray();
}
