using System;
using System.Collections.Generic;
using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace NetCfg.Core.Review.Reading;

/// <summary>
/// Reads a NetCfg manifests folder (paths relative to it): the LocalNetworkConfig in platform/ and every NetworkPolicy in
/// networkpolicy/. Never throws: files that are not NetCfg manifests give errors and no view. Other folders are ignored.
/// </summary>
public static class ManifestReader
{
    public const string ConfigPath = "platform/local-network-config.yaml";
    public const string PolicyFolder = "networkpolicy/";
    public const string Kustomization = "kustomization.yaml";
    public const int MaxLength = 1 << 25;

    public static NetworkReadResult Read(IReadOnlyList<ManifestFile>? files)
    {
        var errors = new List<string>();
        var byPath = new Dictionary<string, ManifestFile>(StringComparer.Ordinal);
        foreach (var file in files ?? Array.Empty<ManifestFile>())
        {
            if (file?.Path is not { } path) continue;
            var normalized = path.Replace('\\', '/');
            if (byPath.ContainsKey(normalized)) errors.Add($"{normalized}: listed more than once");
            else byPath[normalized] = new ManifestFile(normalized, file.Content ?? string.Empty);
        }

        var config = byPath.TryGetValue(ConfigPath, out var configFile) ? ReadConfig(configFile, errors) : null;
        if (configFile is null) errors.Add($"{ConfigPath} is missing: this folder does not hold NetCfg manifests");
        var policyFiles = byPath.Values.Where(IsPolicyFile).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        if (policyFiles.Count == 0) errors.Add($"{PolicyFolder} holds no NetworkPolicy files: this folder does not hold NetCfg manifests");
        // Files read independently: on every core, kept in path order.
        var read = policyFiles.AsParallel().AsOrdered().Select(ReadPolicy).ToList();
        errors.AddRange(read.SelectMany(r => r.Errors));
        var policies = read.Where(r => r.Policy is not null).Select(r => r.Policy!).ToList();

        return errors.Count > 0 || config is not { } c
            ? new NetworkReadResult(null, errors.ToEquatableArray())
            : new NetworkReadResult(new NetworkView(c.Namespace, c.Components.Select(x => new ComponentView(x.Name, x.Selector)).ToEquatableArray(), policies.ToEquatableArray(), c), EquatableArray<string>.Empty);
    }

    private static (PolicyView? Policy, List<string> Errors) ReadPolicy(ManifestFile file)
    {
        var errors = new List<string>();
        var reader = Reader(file, errors);
        var policy = Document(file, reader, errors) is { } root ? PolicyReader.Read(file.Path, root, reader) : null;
        return (policy, errors);
    }

    private static ConfigDocument? ReadConfig(ManifestFile file, List<string> errors)
    {
        var reader = Reader(file, errors);
        return Document(file, reader, errors) is { } root ? ConfigReader.ReadDocument(root, reader) : null;
    }

    private static NodeReader Reader(ManifestFile file, List<string> errors) =>
        new(ReadMode.Manifest, (line, column, message) => errors.Add($"{file.Path}({line},{column}): {message}"));

    // The single document of a manifest file.
    private static YamlNode? Document(ManifestFile file, NodeReader reader, List<string> errors)
    {
        if (YamlDocuments.Load(file.Content ?? string.Empty, "NetCfg manifests", MaxLength, reader) is not { } documents) return null;
        if (documents.Count == 1) return documents[0];
        errors.Add($"{file.Path}: expected one YAML document, found {documents.Count}");
        return null;
    }

    // YAML files directly in networkpolicy/, except its kustomization.
    private static bool IsPolicyFile(ManifestFile file) =>
        file.Path.StartsWith(PolicyFolder, StringComparison.Ordinal)
        && file.Path.IndexOf('/', PolicyFolder.Length) < 0
        && (file.Path.EndsWith(".yaml", StringComparison.Ordinal) || file.Path.EndsWith(".yml", StringComparison.Ordinal))
        && file.Path != PolicyFolder + Kustomization;
}
