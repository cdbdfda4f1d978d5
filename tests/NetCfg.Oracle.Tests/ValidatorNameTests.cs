using Xunit;

namespace NetCfg.Oracle.Tests;

/// <summary>Building blocks against the examples in k8s-validation-rules.md §1–3, §5, §8.</summary>
public sealed class ValidatorNameTests
{
    private static readonly string S253 = "a." + new string('b', 251);

    [Theory]
    [InlineData("web-deny-all", true)]
    [InlineData("a", true)]
    [InlineData("1abc", true)]
    [InlineData("abc.1", true)]
    [InlineData("a.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", true)] // "a." + 70×b; label > 63 ok
    [InlineData("-a", false)]
    [InlineData("a-", false)]
    [InlineData("A", false)]
    [InlineData("a_b", false)]
    [InlineData("a..b", false)]
    [InlineData("", false)]
    [InlineData("abc\n", false)]
    public void Dns1123Subdomain(string value, bool valid) => Assert.Equal(valid, ApiValidator.IsDns1123Subdomain(value));

    [Fact]
    public void Dns1123SubdomainLengthLimitIs253Bytes()
    {
        Assert.True(ApiValidator.IsDns1123Subdomain(S253));
        Assert.True(ApiValidator.IsDns1123Subdomain(new string('x', 253)));
        Assert.False(ApiValidator.IsDns1123Subdomain(new string('x', 254)));
    }

    [Theory]
    [InlineData("x", true)]
    [InlineData("kube-system", true)]
    [InlineData("1abc", true)]
    [InlineData("abc.1", false)]
    [InlineData("-a", false)]
    [InlineData("A", false)]
    [InlineData("ns\n", false)]
    public void Dns1123Label(string value, bool valid) => Assert.Equal(valid, ApiValidator.IsDns1123Label(value));

    [Fact]
    public void Dns1123LabelLengthLimitIs63()
    {
        Assert.True(ApiValidator.IsDns1123Label(new string('a', 63)));
        Assert.False(ApiValidator.IsDns1123Label(new string('a', 64)));
    }

    [Theory]
    [InlineData("app", true)]
    [InlineData("k8s-app", true)]
    [InlineData("A_b.c", true)]
    [InlineData("my.name", true)]
    [InlineData("123-abc", true)]
    [InlineData("kubernetes.io/metadata.name", true)]
    [InlineData("app.kubernetes.io/name", true)]
    [InlineData("a/b/c", false)]
    [InlineData("/a", false)]
    [InlineData("example.com/", false)]
    [InlineData("Example.com/a", false)]
    [InlineData("_a", false)]
    [InlineData("a_", false)]
    [InlineData("", false)]
    [InlineData("app\n", false)]
    public void LabelKey(string value, bool valid) => Assert.Equal(valid, ApiValidator.IsLabelKey(value));

    [Fact]
    public void LabelKeyNamePartIsAtMost63AndPrefixAtMost253()
    {
        Assert.True(ApiValidator.IsLabelKey(new string('a', 63)));
        Assert.False(ApiValidator.IsLabelKey(new string('a', 64)));
        Assert.True(ApiValidator.IsLabelKey(S253 + "/" + new string('a', 63)));
        Assert.False(ApiValidator.IsLabelKey("b" + S253 + "/a"));
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("web", true)]
    [InlineData("A-b_c.d", true)]
    [InlineData("kube-system", true)]
    [InlineData("-a", false)]
    [InlineData("a-", false)]
    [InlineData("a b", false)]
    [InlineData("web\n", false)]
    public void LabelValue(string value, bool valid) => Assert.Equal(valid, ApiValidator.IsLabelValue(value));

    [Fact]
    public void LabelValueLengthLimitIs63Bytes()
    {
        Assert.True(ApiValidator.IsLabelValue(new string('v', 63)));
        Assert.False(ApiValidator.IsLabelValue(new string('v', 64)));
    }

    [Theory]
    [InlineData("http", true)]
    [InlineData("api-port", true)]
    [InlineData("serve-80-tcp", true)]
    [InlineData("abcdefghijklmno", true)]
    [InlineData("80", false)]
    [InlineData("HTTP", false)]
    [InlineData("a--b", false)]
    [InlineData("-http", false)]
    [InlineData("http-", false)]
    [InlineData("h_1", false)]
    [InlineData("abcdefghijklmnop", false)]
    [InlineData("", false)]
    [InlineData("http\n", false)]
    public void PortName(string value, bool valid) => Assert.Equal(valid, ApiValidator.IsPortName(value));

    [Theory]
    [InlineData("10.0.0.0/16", true)]
    [InlineData("2001:db8::/64", true)]
    [InlineData("0.0.0.0/0", true)]
    [InlineData("::/0", true)]
    [InlineData("10.0.0.5/32", true)]
    [InlineData("192.168.1.1/24", false)] // host bits
    [InlineData("010.0.0.0/8", false)]    // leading zero in octet
    [InlineData("10.0.0.0/08", false)]    // leading zero in prefix
    [InlineData("::ffff:10.0.0.0/104", false)] // IPv4-mapped
    [InlineData("2001:db8::1/64", false)]
    [InlineData("10.0.0.0", false)]
    [InlineData("garbage", false)]
    public void CanonicalCidr(string value, bool canonical) => Assert.Equal(canonical, ApiValidator.IsCanonicalCidr(value));
}
