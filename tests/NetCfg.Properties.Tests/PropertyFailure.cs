using System;

namespace NetCfg.Properties.Tests;

/// <summary>A property that does not hold; the message says which probe or object and why.</summary>
internal sealed class PropertyFailure : Exception
{
    public PropertyFailure(string message)
        : base(message)
    {
    }
}
