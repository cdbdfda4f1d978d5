using System.Collections.Generic;
using System.Linq;
using NetCfg.Core.Carrier;
using Xunit;

namespace NetCfg.Core.Tests;

/// <summary>Reading a carrier back is the inverse of writing it; anything that is not this version's carrier is refused, with a clear reason.</summary>
public sealed class CheckedInputTests
{
    private static Dictionary<string, string> Constants(string format = CheckedInputCarrier.Format, string status = "Ok", string problems = "1:0", string input = "") => new()
    {
        [CheckedInputCarrier.FormatField] = format,
        [CheckedInputCarrier.StatusField] = status,
        [CheckedInputCarrier.ProblemsField] = problems,
        [CheckedInputCarrier.InputField] = input,
    };

    [Fact]
    public void ReadIsTheInverseOfConstants()
    {
        var written = CheckedInput.From(Fixtures.MyWorker());
        var read = CheckedInput.Read(written.Constants().ToDictionary(c => c.Key, c => c.Value));
        Assert.Equal(CheckedInputCarrier.Status.Ok, read.Status);
        Assert.Equal(written, read);
        Assert.Equal(Fixtures.MyWorker(), read.DecodeInput());
    }

    [Fact]
    public void ProblemsTravelBack()
    {
        var written = new CheckedInput(CheckedInputCarrier.Status.Error, new[] { new CarriedProblem("NETCFG001", "m", "w", true) }.ToEquatableArray(), string.Empty);
        Assert.Equal(written, CheckedInput.Read(written.Constants().ToDictionary(c => c.Key, c => c.Value)));
    }

    [Fact]
    public void AnotherFormatIsRefused() =>
        Assert.Contains("different package versions", Assert.Throws<UnreadableCarrierException>(() => CheckedInput.Read(Constants(format: "netcfg-checked-input/0"))).Message);

    [Theory]
    [InlineData("ok")]
    [InlineData("7")]
    [InlineData("")]
    public void AnUnknownStatusIsRefused(string status) => Assert.Throws<UnreadableCarrierException>(() => CheckedInput.Read(Constants(status: status)));

    [Fact]
    public void UnreadableProblemsAreRefused() => Assert.Throws<UnreadableCarrierException>(() => CheckedInput.Read(Constants(problems: "3:ab")));

    [Fact]
    public void AnUnreadableInputIsRefusedWhenItIsDecoded()
    {
        var carried = CheckedInput.Read(Constants(input: "garbage"));
        Assert.StartsWith("the compiled NetCfg input is unreadable: ", Assert.Throws<UnreadableCarrierException>(carried.DecodeInput).Message);
    }
}
