using System.Collections.Generic;
using NetCfg.Core.Model;
using NetCfg.Core.Yaml;

namespace NetCfg.Core.Profiles;

/// <summary>Reads NetworkProfile documents. Never throws: every problem becomes a <see cref="ProfileError"/>.</summary>
public static class ProfileParser
{
    public const string Kind = "NetworkProfile";
    public const int MaxLength = 1 << 20;

    /// <summary>Parses every document of a profile file. A file with any error yields no profiles.</summary>
    public static ProfileFile Parse(string path, string text)
    {
        var errors = new List<ProfileError>();
        var reader = new NodeReader(ReadMode.Strict, (line, column, message) => errors.Add(new ProfileError(message, line, column)));
        var profiles = new List<NetworkProfile>();
        foreach (var root in YamlDocuments.Load(text, "profiles", MaxLength, reader) ?? new List<YamlDotNet.RepresentationModel.YamlNode>())
        {
            if (ProfileReader.Read(reader, root) is { } profile) profiles.Add(profile);
        }

        return errors.Count > 0
            ? new ProfileFile(path, EquatableArray<NetworkProfile>.Empty, errors.ToEquatableArray())
            : new ProfileFile(path, profiles.ToEquatableArray(), EquatableArray<ProfileError>.Empty);
    }
}
