namespace NetCfg
{
    /// <summary>The conditional symbol that would keep the NetCfg attributes in compiled metadata.</summary>
    internal static class Usages
    {
        /// <summary>Define NETCFG_USAGES to keep the attributes in the compiled assembly.</summary>
        public const string Symbol = "NETCFG_USAGES";
    }
}
