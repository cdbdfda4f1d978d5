using System;
using System.Collections.Generic;
using System.Globalization;
using NetCfg.Core.Model;
using NetCfg.Core.Validation;

namespace NetCfg.Core.Rules;

/// <summary>NETCFG020: the MSBuild properties that shape the output, read strictly. An empty value means the default.</summary>
public static class OptionRules
{
    public const string Dns = "NetCfgDns";
    public const string AllowDns = "NetCfgAllowDns";
    public const string DnsNamespace = "NetCfgDnsNamespace";
    public const string DnsPodLabel = "NetCfgDnsPodLabel";
    public const string DnsPort = "NetCfgDnsPort";
    public const string EmitManifests = "NetCfgEmitManifests";
    public const string BaselineDir = "NetCfgBaselineDir";

    /// <summary>
    /// A switch property's value: "true" or "false" in any case, exactly (no blanks); null for anything else. The targets
    /// file checks NetCfgEmitManifests with the same rule before compile (a test holds them together).
    /// </summary>
    public static bool? Switch(string value) =>
        string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) ? true
        : string.Equals(value, "false", StringComparison.OrdinalIgnoreCase) ? false
        : null;

    /// <summary>NetCfgEmitManifests: empty is the default (true); otherwise a <see cref="Switch"/>, or null when invalid.</summary>
    public static bool? EmitManifestsValue(string? value) => string.IsNullOrEmpty(value) ? true : Switch(value!);

    /// <summary>The NETCFG020 message for an invalid NetCfgEmitManifests.</summary>
    public static string EmitManifestsError(string value) => $"{EmitManifests} must be 'true' or 'false', not '{value}'.";

    /// <summary>What a NetCfgBaselineDir may not hold: MSBuild reads these as wildcards and list separators in the targets' item globs.</summary>
    public static readonly char[] BaselineDirRefused = { '*', '?', ';' };

    /// <summary>
    /// The NETCFG020 message when NetCfgBaselineDir (trimmed) has a <see cref="BaselineDirRefused"/> character, or one of
    /// <paramref name="alsoRefused"/> (what the OS refuses in a path); null otherwise.
    /// </summary>
    public static string? BaselineDirError(string value, char[]? alsoRefused = null)
    {
        var text = value.Trim();
        var at = text.IndexOfAny(BaselineDirRefused);
        if (at < 0 && alsoRefused is not null) at = text.IndexOfAny(alsoRefused);
        return at < 0 ? null : $"{BaselineDir} must be a folder path, not '{value}': it has '{text[at]}'.";
    }

    /// <summary>The options, and one message per invalid property (then the defaults stand in for it).</summary>
    public static TranslationOptions Read(Func<string, string?> property, List<string> errors)
    {
        var options = TranslationOptions.Default;
        string? Value(string name) => property(name)?.Trim() is { Length: > 0 } value ? value : null;

        if (Value(Dns) is { } dns)
        {
            DnsMode? mode = dns.ToUpperInvariant() switch
            {
                "KUBEDNS" => DnsMode.KubeDns,
                "NODELOCAL" => DnsMode.NodeLocal,
                "NONE" => DnsMode.None,
                _ => null,
            };
            if (mode is { } known) options = options with { Dns = known };
            else errors.Add($"{Dns} must be KubeDns, NodeLocal or None, not '{dns}'.");
        }

        if (Value(AllowDns) is { } allow)
        {
            var value = Switch(allow);
            var isFalse = value == false;
            if (value is null) errors.Add($"{AllowDns} must be 'true' or 'false', not '{allow}'.");
            else if (isFalse && Value(Dns) is not null && options.Dns != DnsMode.None) errors.Add($"{AllowDns}=false contradicts {Dns}={options.Dns}; set {Dns}=None instead.");
            else if (isFalse) options = options with { Dns = DnsMode.None };
        }

        if (Value(DnsNamespace) is { } ns)
        {
            if (KubernetesNames.IsDns1123Label(ns)) options = options with { DnsNamespace = ns };
            else errors.Add($"{DnsNamespace} must be a namespace name (a DNS-1123 label), not '{ns}'.");
        }

        if (Value(DnsPodLabel) is { } label)
        {
            var equals = label.IndexOf('=');
            var key = equals < 0 ? label : label.Substring(0, equals);
            var value = equals < 0 ? string.Empty : label.Substring(equals + 1);
            var problem = equals < 0 ? "it has no '='" : KubernetesNames.LabelKeyError(key) ?? KubernetesNames.LabelValueError(value);
            if (problem is null) options = options with { DnsPodLabel = new Label(key, value) };
            else errors.Add($"{DnsPodLabel} must be one label as key=value, not '{label}': {problem}.");
        }

        if (Value(DnsPort) is { } port)
        {
            if (int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= Ports.Min and <= Ports.Max) options = options with { DnsPort = number };
            else errors.Add($"{DnsPort} must be a port number from 1 to 65535, not '{port}'.");
        }

        return options;
    }
}
