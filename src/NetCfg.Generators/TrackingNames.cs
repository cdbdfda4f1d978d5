namespace NetCfg.Generators;

/// <summary>Names of the generator's pipeline steps, for caching tests.</summary>
public static class TrackingNames
{
    public const string Components = nameof(Components);
    public const string Configs = nameof(Configs);
    public const string Options = nameof(Options);
    public const string Emit = nameof(Emit);
    public const string ProfileFiles = nameof(ProfileFiles);
    public const string Input = nameof(Input);
    public const string Carrier = nameof(Carrier);
}
