using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading;
using Json.Schema;
using YamlDotNet.Core;

namespace NetCfg.Oracle;

/// <summary>One way an object breaks the schema: where (a field path such as <c>spec.egress[0].ports[1].endPort</c>, and the same place as a JSON pointer), which keyword, and why.</summary>
public sealed record SchemaError(string Path, string Pointer, string Keyword, string Message)
{
    public override string ToString() => $"{Path}: {Keyword}: {Message}";
}

/// <summary>
/// The upstream JSON Schema of <c>networking.k8s.io/v1</c> NetworkPolicy, Kubernetes v1.30, standalone and strict
/// (<c>Schemas/networkpolicy-schema.json</c>: every field typed, no unknown field anywhere, <c>apiVersion</c> and
/// <c>kind</c> fixed). It checks shape and types only; <see cref="ApiValidator"/> checks what the API server checks
/// beyond them. Built once, on first use; safe to call from any number of threads (JsonSchema.Net 8 evaluates a built
/// schema with a fresh context per call, and the options here are never changed).
/// </summary>
public static class NetworkPolicySchemaValidator
{
    private const string ResourceName = "NetCfg.Oracle.Schemas.networkpolicy-schema.json";

    /// <summary>
    /// The URI the schema's <c>$schema</c> names ("the latest draft"), which JsonSchema.Net does not know: read as Draft
    /// 2020-12. The keywords the schema uses (type, enum, properties, additionalProperties, required, items, oneOf, and
    /// format as an annotation) mean the same in every draft since 6.
    /// </summary>
    private static readonly Uri LatestDraft = new("http://json-schema.org/schema#");

    private static readonly Lazy<JsonSchema> Schema = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    // A pass/fail evaluation first (about a fifth of the cost); the detailed one only for an object that fails.
    private static readonly EvaluationOptions Quick = new() { OutputFormat = OutputFormat.Flag, Culture = CultureInfo.InvariantCulture };

    private static readonly EvaluationOptions Detailed = new() { OutputFormat = OutputFormat.Hierarchical, Culture = CultureInfo.InvariantCulture };

    private static readonly Regex OneOfBranch = new(@"/oneOf/([0-9]+)\z", RegexOptions.CultureInvariant);

    private static readonly Regex Identifier = new(@"^[A-Za-z_][A-Za-z0-9_]*\z", RegexOptions.CultureInvariant);

    /// <summary>The schema's text, as embedded in this assembly.</summary>
    public static string SchemaText()
    {
        using var stream = typeof(NetworkPolicySchemaValidator).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the embedded resource {ResourceName} is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>The schema errors of a JSON object (empty when it is valid).</summary>
    public static IReadOnlyList<SchemaError> Validate(JsonNode? instance) =>
        Validate(JsonSerializer.SerializeToElement(instance));

    /// <summary>The schema errors of a JSON object (empty when it is valid).</summary>
    public static IReadOnlyList<SchemaError> Validate(JsonElement instance)
    {
        if (Schema.Value.Evaluate(instance, Quick).IsValid) return [];
        var errors = new List<SchemaError>();
        var results = Schema.Value.Evaluate(instance, Detailed);
        if (!results.IsValid) Collect(results, instance, errors);
        else errors.Add(new SchemaError(PathOf("", instance), "", "schema", "fails a pass/fail evaluation but passes a detailed one"));
        return errors;
    }

    /// <summary>
    /// The schema errors of one YAML document, read as JSON by <see cref="YamlJson"/> (strict YAML 1.2 core typing). A text
    /// that is not YAML, that holds other than one document, or that has no faithful JSON form, is an error at the root
    /// (or at the node that has no JSON form), with the keyword "yaml".
    /// </summary>
    public static IReadOnlyList<SchemaError> ValidateYaml(string yaml)
    {
        IReadOnlyList<JsonNode?> documents;
        try
        {
            documents = YamlJson.ParseDocuments(yaml);
        }
        catch (YamlJsonException e)
        {
            return [new SchemaError(PathOf(e.Pointer, null), e.Pointer, "yaml", e.Message)];
        }
        catch (YamlException e)
        {
            return [new SchemaError(PathOf("", null), "", "yaml", e.Message)];
        }

        return documents.Count == 1
            ? Validate(documents[0])
            : [new SchemaError(PathOf("", null), "", "yaml", $"expected one YAML document, found {documents.Count}")];
    }

    private static JsonSchema Build()
    {
        // $schema names no particular draft; map it to 2020-12 in a registry of our own (nothing global is touched).
        var dialects = new DialectRegistry();
        dialects.Register(Dialect.Draft202012.With([], LatestDraft));
        var options = new BuildOptions { Dialect = Dialect.Draft202012, DialectRegistry = dialects, SchemaRegistry = new SchemaRegistry() };
        return JsonSchema.FromText(SchemaText(), options, new Uri("https://netcfg.invalid/schemas/networkpolicy-v1.30.json"));
    }

    // Hierarchical output: a failing node's errors, and its failing children's. A passing node is not descended into, so
    // the branch of a oneOf that did not match (say, port: 80 against the string branch) is not reported. JsonSchema.Net
    // 8.0.5 gives a failing oneOf no message of its own; when a failing node explains nothing, say what failed here.
    private static bool Collect(EvaluationResults node, JsonElement instance, List<SchemaError> errors)
    {
        if (node.IsValid) return false;
        var pointer = node.InstanceLocation.ToString();
        var schemaPath = node.EvaluationPath.ToString();
        var reported = false;
        foreach (var (keyword, message) in node.Errors ?? [])
        {
            var additional = keyword.Length == 0 && LastSegment(schemaPath) == "additionalProperties";
            errors.Add(new SchemaError(
                PathOf(pointer, instance),
                pointer,
                additional ? "additionalProperties" : Branch(schemaPath) + (keyword.Length == 0 ? LastSegment(schemaPath) : keyword),
                additional ? $"unknown field \"{LastSegment(pointer)}\""
                : keyword == "enum" && At(instance, pointer) is { } value ? $"{message}; got {value.GetRawText()}"
                : message));
            reported = true;
        }

        var children = node.Details ?? [];
        foreach (var child in children)
        {
            reported |= Collect(child, instance, errors);
        }

        if (!reported)
        {
            var branches = children.Where(c => OneOfBranch.IsMatch(c.EvaluationPath.ToString())).ToList();
            errors.Add(branches.Count > 0
                ? new SchemaError(PathOf(pointer, instance), pointer, Branch(schemaPath) + "oneOf", $"matches {branches.Count(b => b.IsValid)} of its {branches.Count} oneOf branches; exactly one must match")
                : new SchemaError(PathOf(pointer, instance), pointer, "schema", $"fails the schema at {schemaPath} (the validator gave no reason)"));
        }

        return true;
    }

    /// <summary>"oneOf[1]." when the node is a oneOf branch, so that the two branches' errors read apart.</summary>
    private static string Branch(string schemaPath) =>
        OneOfBranch.Match(schemaPath) is { Success: true } m ? $"oneOf[{m.Groups[1].Value}]." : "";

    private static JsonElement? At(JsonElement instance, string pointer)
    {
        JsonElement? current = instance;
        foreach (var segment in pointer.Length == 0 ? [] : pointer[1..].Split('/').Select(Unescape))
        {
            current = current switch
            {
                { ValueKind: JsonValueKind.Object } obj when obj.TryGetProperty(segment, out var child) => child,
                { ValueKind: JsonValueKind.Array } array when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < array.GetArrayLength() => array[i],
                _ => null,
            };
        }

        return current;
    }

    private static string LastSegment(string pointer) => Unescape(pointer[(pointer.LastIndexOf('/') + 1)..]);

    private static string Unescape(string segment) => segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);

    /// <summary>A JSON pointer as a field path: <c>spec.egress[0].to</c>, <c>metadata.labels[app.kubernetes.io/name]</c>; the root is <c>&lt;root&gt;</c>.</summary>
    private static string PathOf(string pointer, JsonElement? instance)
    {
        if (pointer.Length == 0) return "<root>";
        var path = new StringBuilder();
        var current = instance;
        foreach (var segment in pointer[1..].Split('/').Select(Unescape))
        {
            if (current is { ValueKind: JsonValueKind.Array } array && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                path.Append('[').Append(segment).Append(']');
                current = index < array.GetArrayLength() ? array[index] : null;
                continue;
            }

            if (Identifier.IsMatch(segment)) path.Append(path.Length == 0 ? "" : ".").Append(segment);
            else path.Append('[').Append(segment).Append(']');
            current = current is { ValueKind: JsonValueKind.Object } obj && obj.TryGetProperty(segment, out var child) ? child : null;
        }

        return path.ToString();
    }
}
