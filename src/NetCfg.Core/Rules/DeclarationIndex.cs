using System.Collections.Generic;
using System.Linq;
using NetCfg.Core.Model;

namespace NetCfg.Core.Rules;

/// <summary>
/// What the rules look things up in: the components of the network (this assembly's, plus in a config project those
/// that referenced component libraries export), targets by key and by name, and the declared profiles.
/// </summary>
internal sealed class DeclarationIndex
{
    private readonly Dictionary<string, ComponentDeclaration> _byType = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, ComponentExport> _separate = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, ComponentExport> _exports = new(System.StringComparer.Ordinal);

    public DeclarationIndex(TranslationInput input)
    {
        Input = input;
        IsConfigProject = !input.Configs.IsEmpty;
        foreach (var export in input.Imports)
        {
            _exports[export.Assembly] = export;
            foreach (var component in export.Components)
            {
                if (export.Config is not null) _separate[Id(component)] = export;
                else _byType[Id(component)] = component;
            }
        }

        foreach (var component in input.Components.Where(c => c.IsComponent)) _byType[Id(component)] = component;
        Network = input.Components
            .Where(c => c.IsComponent)
            .Concat(IsConfigProject ? input.Imports.Where(e => e.Config is null && e.Problem is null).SelectMany(e => e.Components) : Enumerable.Empty<ComponentDeclaration>())
            .GroupBy(Id, System.StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderBy(c => c.Type, System.StringComparer.Ordinal)
            .ThenBy(c => c.Assembly, System.StringComparer.Ordinal)
            .ToList();
        ByName = Network.Where(c => c.Name is not null).ToLookup(c => c.Name!, System.StringComparer.Ordinal);
        Profiles = input.ProfileFiles
            .SelectMany(f => f.Profiles.Select(p => (File: f, Profile: p)))
            .ToLookup(p => p.Profile.Name, System.StringComparer.Ordinal);
    }

    public TranslationInput Input { get; }

    /// <summary>True when the assembly has a config: it assembles a network and writes manifests.</summary>
    public bool IsConfigProject { get; }

    /// <summary>The components whose flows the config holds, ordered by key.</summary>
    public IReadOnlyList<ComponentDeclaration> Network { get; }

    public ILookup<string, ComponentDeclaration> ByName { get; }

    /// <summary>Declared profiles by name, with their files, in file order.</summary>
    public ILookup<string, (ProfileFile File, NetworkProfile Profile)> Profiles { get; }

    public bool IsLocal(ComponentDeclaration component) => component.Assembly == Input.Assembly;

    /// <summary>A component's identity: its assembly and its class (two libraries may have classes of the same name).</summary>
    public static string Id(ComponentDeclaration component) => Id(component.Assembly, component.Type);

    private static string Id(string? assembly, string? type) => assembly + "\n" + type;

    /// <summary>The component a typed target names, or null.</summary>
    public ComponentDeclaration? Component(TargetRef target) => target.Type is not null && _byType.TryGetValue(Id(target.Assembly, target.Type), out var found) ? found : null;

    /// <summary>The export of another config that declares the target's class, or null.</summary>
    public ComponentExport? SeparateNetwork(TargetRef target) => _separate.TryGetValue(Id(target.Assembly, target.Type), out var found) ? found : null;

    /// <summary>The export read from an assembly, or null when it exported nothing.</summary>
    public ComponentExport? Export(string? assembly) => assembly is not null && _exports.TryGetValue(assembly, out var found) ? found : null;

    /// <summary>The component a dependency resolves to: by key, or by name when exactly one component has it.</summary>
    public ComponentDeclaration? Resolve(TargetRef target) => target.Shape switch
    {
        TargetShape.Class => Component(target),
        TargetShape.Name when target.Name is { } name && ByName[name].Take(2).Count() == 1 => ByName[name].First(),
        _ => null,
    };

    /// <summary>How messages name a component: by name, plus its class and assembly when it is not in this assembly.</summary>
    public string Describe(ComponentDeclaration component)
    {
        var name = string.IsNullOrEmpty(component.Name) ? component.Display : component.Name!;
        return IsLocal(component) ? name : $"{name} ({component.Display} in {component.Assembly})";
    }

    /// <summary>The site of a component attribute, or, for a component of another assembly, the config it is pulled into.</summary>
    public ProblemSite SiteOf(ComponentDeclaration component, AttributeKind attribute, int index, string? argument = null) =>
        IsLocal(component) ? ProblemSite.On(component.Type, attribute, index, argument) : ConfigSite;

    public ProblemSite ConfigSite => IsConfigProject ? ProblemSite.OnConfig(0) : ProblemSite.None;
}
