using System;
using System.Linq;
using NetCfg.Core.Model;
using Xunit;

namespace NetCfg.Generators.Tests;

/// <summary>
/// The generator carries the attributes' enums as numbers, and Core mirrors them. The mirrors must have the same names
/// and numbers, and Core's range checks (<see cref="MirroredEnums"/>) accept exactly the attributes' values.
/// </summary>
public sealed class MirroredEnumTests
{
    [Fact]
    public void ProtocolMirrorsNetworkProtocol()
    {
        AssertMirrors<NetworkProtocol, Protocol>();
        AssertRange<NetworkProtocol>(MirroredEnums.IsProtocol);
    }

    [Fact]
    public void LabelOperatorMirrorsTheAttributesLabelOperator()
    {
        AssertMirrors<NetCfg.LabelOperator, NetCfg.Core.Model.LabelOperator>();
        AssertRange<NetCfg.LabelOperator>(MirroredEnums.IsLabelOperator);
    }

    private static void AssertMirrors<TAttribute, TCore>()
        where TAttribute : struct, Enum
        where TCore : struct, Enum
    {
        Assert.Equal(Members<TAttribute>(), Members<TCore>());
    }

    private static (string Name, int Value)[] Members<T>()
        where T : struct, Enum => Enum.GetValues(typeof(T)).Cast<T>().Select(v => (v.ToString(), Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture))).ToArray();

    // Every number from one below the smallest to one above the largest: accepted exactly when the attribute's enum defines it.
    private static void AssertRange<TAttribute>(Func<int, bool> accepts)
        where TAttribute : struct, Enum
    {
        var values = Members<TAttribute>().Select(m => m.Value).ToList();
        for (var n = values.Min() - 1; n <= values.Max() + 1; n++)
        {
            Assert.True(accepts(n) == values.Contains(n), $"{typeof(TAttribute).Name} {n}: Core {(accepts(n) ? "accepts" : "refuses")} it");
        }
    }
}
