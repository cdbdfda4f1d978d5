using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NetCfg.Core.Model;

namespace NetCfg.Core.Rules;

/// <summary>NETCFG009 (a malformed profile file), NETCFG012 (a profile name declared twice), NETCFG001 (an unknown profile).</summary>
internal static class ProfileRules
{
    public static void Files(DeclarationIndex index, List<Problem> problems)
    {
        foreach (var file in index.Input.ProfileFiles)
        {
            foreach (var error in file.Errors)
            {
                problems.Add(RuleIds.MalformedProfile, ProblemSite.InFile(file.Path, error.Line, error.Column), "Malformed NetworkProfile file: " + error.Message);
            }
        }

        foreach (var group in index.Profiles.Where(g => g.Count() > 1))
        {
            var declarations = group.ToList();
            foreach (var declaration in declarations)
            {
                var others = declarations.Where(d => !ReferenceEquals(d.Profile, declaration.Profile)).ToList();
                problems.Add(new Problem(
                    RuleIds.DuplicateProfile,
                    $"The profile name '{group.Key}' is also declared at {Text.List(others.Select(o => Position(o.File, o.Profile)))}",
                    ProblemSite.InFile(declaration.File.Path, declaration.Profile.Line, declaration.Profile.Column),
                    others.Select(o => ProblemSite.InFile(o.File.Path, o.Profile.Line, o.Profile.Column)).ToEquatableArray()));
            }
        }
    }

    public static void References(ComponentDeclaration component, DeclarationIndex index, string where, List<Problem> problems)
    {
        // A component library may leave its profiles to the config projects that use it; with profile files it checks them.
        if (!index.IsConfigProject && index.Input.ProfileFiles.IsEmpty) return;
        for (var i = 0; i < component.Profiles.Count; i++)
        {
            var reference = component.Profiles[i];
            if (!reference.Complete || (reference.Name is { } name && index.Profiles.Contains(name))) continue;
            var suggestions = reference.Name is null ? new List<string>() : ClosestNames.Find(reference.Name, index.Profiles.Select(g => g.Key)).ToList();
            problems.Add(new Problem(
                RuleIds.UnknownProfile,
                $"No NetworkProfile file declares profile '{reference.Name ?? "null"}'{Hint(suggestions, index)}{where}",
                index.SiteOf(component, AttributeKind.DependsOnProfile, i, Arguments.First),
                Suggestions: suggestions.ToEquatableArray()));
        }
    }

    private static string Hint(IReadOnlyList<string> suggestions, DeclarationIndex index)
    {
        var hint = suggestions.Count > 0 ? "; did you mean " + Text.Alternatives(suggestions.Select(Text.Quote)) + "?"
            : index.Input.ProfileFiles.IsEmpty ? "; the project lists no NetworkProfile files (add them with <NetworkProfile Include=\"profiles/*.yaml\" />)"
            : string.Empty;
        var malformed = index.Input.ProfileFiles.Count(f => !f.Errors.IsEmpty);
        return malformed == 0 ? hint
            : hint + $" ({malformed.ToString(CultureInfo.InvariantCulture)} profile {(malformed == 1 ? "file" : "files")} could not be read: see NETCFG009)";
    }

    private static string Position(ProfileFile file, NetworkProfile profile) =>
        $"{file.Path}({profile.Line.ToString(CultureInfo.InvariantCulture)},{profile.Column.ToString(CultureInfo.InvariantCulture)})";
}
