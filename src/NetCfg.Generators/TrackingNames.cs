namespace NetCfg.Generators;

/// <summary>Names of the generator's pipeline steps, for caching tests.</summary>
public static class TrackingNames
{
    public const string Assembly = nameof(Assembly);
    public const string Components = nameof(Components);
    public const string Configs = nameof(Configs);
    public const string Imports = nameof(Imports);
    public const string ProfileFiles = nameof(ProfileFiles);
    public const string Emit = nameof(Emit);
    public const string Declarations = nameof(Declarations);
    public const string Export = nameof(Export);
    public const string Carrier = nameof(Carrier);
    public const string LabelMembers = nameof(LabelMembers);
    public const string LabelFiles = nameof(LabelFiles);
    public const string LabelSets = nameof(LabelSets);
}
