namespace NetCfg.Core.Carrier;

/// <summary>
/// The contract between the generator and the MSBuild task: the generator compiles the checked input into the assembly
/// as class <see cref="Namespace"/>.<see cref="ClassName"/> with string constants, and the task reads it back.
/// </summary>
public static class CheckedInputCarrier
{
    public const string Namespace = "NetCfg.Generated";
    public const string ClassName = "NetCfgCheckedInput";
    public const string HintName = ClassName + ".g.cs";

    /// <summary>The version of this contract; the task refuses any other.</summary>
    public const string Format = "netcfg-checked-input/2";

    public const string FormatField = "Format";
    public const string StatusField = "Status";
    public const string ProblemsField = "Problems";
    public const string InputField = "Input";

    /// <summary>What the assembly's declarations are.</summary>
    public enum Status
    {
        /// <summary>A config with its components, checked: the task renders the manifests.</summary>
        Ok,

        /// <summary>Components without a config: a component library, whose components config projects pull in.</summary>
        Library,

        /// <summary>Neither components nor a config.</summary>
        Empty,

        /// <summary>A problem blocks the manifests; the input is not carried, the problems are.</summary>
        Error,
    }
}
