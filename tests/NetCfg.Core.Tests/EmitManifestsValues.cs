using Xunit;

namespace NetCfg.Core.Tests;

/// <summary>
/// NetCfgEmitManifests values and what they mean (null: NETCFG020). Core is tested with this table, and the
/// integration tests run the targets file over the same one (the file is linked there).
/// </summary>
public static class EmitManifestsValues
{
    public static TheoryData<string, bool?> All() => new()
    {
        { "", true },
        { "true", true },
        { "false", false },
        { "TRUE", true },
        { "False", false },
        { "tRuE", true },
        { " true", null },
        { "false ", null },
        { "true\n", null },
        { "yes", null },
        { "no", null },
        { "1", null },
        { "0", null },
        { "tru", null },
        { "truefalse", null },
        { "true;false", null },
    };
}
