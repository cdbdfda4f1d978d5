using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NetCfg.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace NetCfg.Core.Profiles;

/// <summary>Reads NetworkProfile documents. Never throws: every problem becomes a <see cref="ProfileError"/>.</summary>
public static class ProfileParser
{
    public const string ApiVersion = "networking.tcs.trifork.com/v1alpha1";
    public const string Kind = "NetworkProfile";
    public const int MaxDepth = 32;
    public const int MaxLength = 1 << 20;

    /// <summary>Parses every document of a profile file. A file with any error yields no profiles.</summary>
    public static ProfileFile Parse(string path, string text)
    {
        var errors = new List<ProfileError>();
        var profiles = new List<NetworkProfile>();
        try
        {
            if (text.Length > MaxLength)
            {
                errors.Add(new ProfileError($"the file is larger than {MaxLength} characters", 1, 1));
            }
            else if (CheckShape(text, errors))
            {
                var stream = new YamlStream();
                stream.Load(new StringReader(text));
                foreach (var document in stream.Documents)
                {
                    var profile = ProfileReader.Read(document.RootNode, errors);
                    if (profile is not null) profiles.Add(profile);
                }
            }
        }
        catch (YamlException e)
        {
            errors.Add(At("invalid YAML: " + Describe(e), e.Start));
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or OverflowException)
        {
            errors.Add(new ProfileError("invalid YAML: " + e.Message, 1, 1));
        }

        return errors.Count > 0
            ? new ProfileFile(path, EquatableArray<NetworkProfile>.Empty, errors.ToEquatableArray())
            : new ProfileFile(path, profiles.ToEquatableArray(), EquatableArray<ProfileError>.Empty);
    }

    // One iterative pass over the events, so hostile input (deep nesting, alias bombs) is refused before the recursive loader sees it.
    private static bool CheckShape(string text, List<ProfileError> errors)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case AnchorAlias alias:
                    errors.Add(At("YAML aliases are not supported in profiles", alias.Start));
                    return false;
                case NodeEvent { Anchor.IsEmpty: false } node:
                    errors.Add(At("YAML anchors are not supported in profiles", node.Start));
                    return false;
                case MappingStart or SequenceStart when ++depth > MaxDepth:
                    errors.Add(At($"nesting deeper than {MaxDepth} levels", parser.Current.Start));
                    return false;
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
            }
        }

        return true;
    }

    private static ProfileError At(string message, Mark mark) =>
        new(message, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    private static string Describe(YamlException e)
    {
        var message = e.InnerException is YamlException inner ? inner.Message : e.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(", StringComparison.Ordinal) && close > 0 ? message.Substring(close + 3) : message;
    }
}
