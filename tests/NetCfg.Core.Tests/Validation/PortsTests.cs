using NetCfg.Core.Validation;
using Xunit;

namespace NetCfg.Core.Tests;

/// <summary>A NetworkPolicy port is 1-65535; endPort needs a port and may not be below it.</summary>
public sealed class PortsTests
{
    [Theory]
    [InlineData(null, null), InlineData(1, null), InlineData(65535, null), InlineData(1, 1), InlineData(1, 65535), InlineData(8080, 8081)]
    public void AcceptsEveryPortAndRangeTheApiServerAccepts(int? port, int? endPort) => Assert.Null(Ports.Error(port, endPort));

    [Theory]
    [InlineData(0, null, "port 0 is outside 1-65535")]
    [InlineData(65536, null, "port 65536 is outside 1-65535")]
    [InlineData(-1, 5, "port -1 is outside 1-65535")]
    [InlineData(null, 5, "EndPort needs a Port")]
    [InlineData(1, 0, "EndPort 0 is outside 1-65535")]
    [InlineData(1, 65536, "EndPort 65536 is outside 1-65535")]
    [InlineData(80, 79, "EndPort 79 is below Port 80")]
    public void RejectsTheRestWithTheReason(int? port, int? endPort, string reason) => Assert.StartsWith(reason, Ports.Error(port, endPort));
}
