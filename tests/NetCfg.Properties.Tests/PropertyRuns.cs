using System;
using System.Globalization;

namespace NetCfg.Properties.Tests;

/// <summary>
/// Iteration counts. NETCFG_PROPERTY_ITERATIONS scales every property: it is the count for the main properties, and
/// the others take a fixed share of it. The defaults keep the whole project to a few seconds in CI.
/// </summary>
internal static class PropertyRuns
{
    public const string Variable = "NETCFG_PROPERTY_ITERATIONS";
    public const int DefaultIterations = 200;

    /// <summary>The base count: NETCFG_PROPERTY_ITERATIONS when set to a positive integer, else 200.</summary>
    public static int Base =>
        int.TryParse(Environment.GetEnvironmentVariable(Variable), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : DefaultIterations;

    /// <summary>A share of the base count (at least 1): e.g. Scaled(0.5) is 100 by default.</summary>
    public static int Scaled(double share) => Math.Max(1, (int)Math.Round(Base * share));
}
