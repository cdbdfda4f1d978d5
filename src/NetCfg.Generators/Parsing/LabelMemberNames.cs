namespace NetCfg.Generators.Parsing;

/// <summary>The members the generator adds to every partial component class.</summary>
public static class LabelMemberNames
{
    public const string ComponentName = nameof(ComponentName);
    public const string PodLabels = nameof(PodLabels);
    public const string LabelSelector = nameof(LabelSelector);

    public static readonly string[] All = { ComponentName, PodLabels, LabelSelector };
}
