using AiVideo.Webhooks.Application.Destinations;

namespace AiVideo.Webhooks.UnitTests;

public sealed class DestinationTests
{
    private static WebhookUrlGuard Guard(TableResolver resolver, bool allowHttp = false, bool allowLoopback = false) =>
        new(new DestinationPolicy(TestOptions.Delivery(allowHttp, allowLoopback)), resolver);

    [Theory]
    [InlineData("127.0.0.1", AddressCategory.Loopback)]
    [InlineData("127.255.0.9", AddressCategory.Loopback)]
    [InlineData("10.0.0.1", AddressCategory.Private)]
    [InlineData("10.255.255.255", AddressCategory.Private)]
    [InlineData("172.16.0.1", AddressCategory.Private)]
    [InlineData("172.31.255.254", AddressCategory.Private)]
    [InlineData("192.168.1.1", AddressCategory.Private)]
    [InlineData("100.64.0.1", AddressCategory.CarrierGradeNat)]
    [InlineData("100.127.255.255", AddressCategory.CarrierGradeNat)]
    [InlineData("169.254.1.1", AddressCategory.LinkLocal)]
    [InlineData("169.254.169.254", AddressCategory.Metadata)]
    [InlineData("169.254.170.2", AddressCategory.Metadata)]
    [InlineData("100.100.100.200", AddressCategory.Metadata)]
    [InlineData("0.0.0.0", AddressCategory.Unspecified)]
    [InlineData("0.1.2.3", AddressCategory.Unspecified)]
    [InlineData("255.255.255.255", AddressCategory.Broadcast)]
    [InlineData("224.0.0.1", AddressCategory.Multicast)]
    [InlineData("239.255.255.250", AddressCategory.Multicast)]
    [InlineData("240.0.0.1", AddressCategory.Reserved)]
    [InlineData("192.0.0.192", AddressCategory.Reserved)]
    [InlineData("192.0.2.10", AddressCategory.Documentation)]
    [InlineData("198.51.100.7", AddressCategory.Documentation)]
    [InlineData("203.0.113.200", AddressCategory.Documentation)]
    [InlineData("198.18.0.1", AddressCategory.Benchmarking)]
    [InlineData("198.19.255.255", AddressCategory.Benchmarking)]
    [InlineData("::1", AddressCategory.Loopback)]
    [InlineData("::", AddressCategory.Unspecified)]
    [InlineData("fe80::1", AddressCategory.LinkLocal)]
    [InlineData("fe80::1%2", AddressCategory.LinkLocal)]
    [InlineData("febf::1", AddressCategory.LinkLocal)]
    [InlineData("fec0::1", AddressCategory.Private)]
    [InlineData("fc00::1", AddressCategory.UniqueLocal)]
    [InlineData("fd12:3456::1", AddressCategory.UniqueLocal)]
    [InlineData("fd00:ec2::254", AddressCategory.Metadata)]
    [InlineData("ff02::1", AddressCategory.Multicast)]
    [InlineData("2001:db8::1", AddressCategory.Documentation)]
    [InlineData("3fff::1", AddressCategory.Documentation)]
    [InlineData("2001:2::1", AddressCategory.Benchmarking)]
    [InlineData("2001:0:4136:e378:8000:63bf:3fff:fdd2", AddressCategory.Reserved)]
    [InlineData("100::1", AddressCategory.Reserved)]
    [InlineData("64:ff9b:1::a00:1", AddressCategory.Private)]
    [InlineData("::ffff:10.0.0.1", AddressCategory.Private)]
    [InlineData("::ffff:127.0.0.1", AddressCategory.Loopback)]
    [InlineData("::ffff:169.254.169.254", AddressCategory.Metadata)]
    [InlineData("::127.0.0.1", AddressCategory.Loopback)]
    [InlineData("64:ff9b::10.0.0.1", AddressCategory.Private)]
    [InlineData("64:ff9b::a9fe:a9fe", AddressCategory.Metadata)]
    [InlineData("2002:c0a8:0101::1", AddressCategory.Private)]
    [InlineData("2002:7f00:0001::1", AddressCategory.Loopback)]
    [InlineData("8.8.8.8", AddressCategory.Public)]
    [InlineData("1.1.1.1", AddressCategory.Public)]
    [InlineData("172.32.0.1", AddressCategory.Public)]
    [InlineData("100.128.0.1", AddressCategory.Public)]
    [InlineData("2606:4700:4700::1111", AddressCategory.Public)]
    [InlineData("2a00:1450:4001:80b::200e", AddressCategory.Public)]
    [InlineData("::ffff:8.8.8.8", AddressCategory.Public)]
    [InlineData("64:ff9b::8.8.8.8", AddressCategory.Public)]
    [InlineData("2002:0808:0808::1", AddressCategory.Public)]
    public void Addresses_are_classified_ipv4_ipv6_and_embedded_forms_by_what_they_reach(string address, AddressCategory expected) =>
        AddressClassifier.Classify(IPAddress.Parse(address)).Should().Be(expected);

    [Theory]
    [InlineData("https://127.0.0.1/hook")]
    [InlineData("https://10.1.2.3/hook")]
    [InlineData("https://172.16.5.4/hook")]
    [InlineData("https://192.168.0.10:8443/hook")]
    [InlineData("https://169.254.169.254/latest/meta-data/")]
    [InlineData("https://[::1]/hook")]
    [InlineData("https://[fe80::1]/hook")]
    [InlineData("https://[fc00::1]/hook")]
    [InlineData("https://[::ffff:10.0.0.1]/hook")]
    [InlineData("https://[::ffff:127.0.0.1]/hook")]
    [InlineData("https://[fd00:ec2::254]/hook")]
    [InlineData("https://0.0.0.0/hook")]
    [InlineData("https://2130706433/hook")]
    [InlineData("https://0x7f.1/hook")]
    public async Task Literal_addresses_that_are_not_public_are_refused_without_asking_dns(string url)
    {
        var resolver = new TableResolver();

        var result = await Guard(resolver).CheckAsync(url, default);

        result.Error!.Fields["url"].Single().Should().Contain("public addresses only");
        resolver.Lookups.Should().Be(0);
    }

    [Fact]
    public async Task A_host_name_that_resolves_to_loopback_is_refused()
    {
        var resolver = new TableResolver().Add("innocent.example.com", "127.0.0.1");

        var result = await Guard(resolver).CheckAsync("https://innocent.example.com/hook", default);

        result.Error!.Fields["url"].Single().Should().Be("The endpoint's host is a loopback address; webhooks go to public addresses only.");
    }

    [Fact]
    public async Task A_host_name_with_any_forbidden_address_among_public_ones_is_refused()
    {
        var resolver = new TableResolver().Add("mixed.example.com", "93.184.216.34", "10.0.0.5");

        (await Guard(resolver).CheckAsync("https://mixed.example.com/hook", default)).Error!.Fields["url"].Single().Should().Contain("private");
    }

    [Fact]
    public async Task Public_addresses_and_names_that_resolve_only_to_them_are_allowed()
    {
        var resolver = new TableResolver().Add("hooks.example.com", "93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946");
        var guard = Guard(resolver);

        (await guard.CheckAsync("https://hooks.example.com/in?token=1", default)).Value.Should().Be(new Uri("https://hooks.example.com/in?token=1"));
        (await guard.CheckAsync("https://8.8.8.8/hook", default)).IsSuccess.Should().BeTrue();
        (await guard.CheckAsync("https://[2606:4700:4700::1111]/hook", default)).IsSuccess.Should().BeTrue();
    }

    [Fact]
    public async Task A_name_that_does_not_resolve_is_refused()
    {
        (await Guard(new TableResolver()).CheckAsync("https://nowhere.invalid/hook", default)).Error!.Fields["url"].Single()
            .Should().Be("The endpoint's host name does not resolve.");
    }

    [Fact]
    public async Task Http_is_refused_unless_configuration_allows_it()
    {
        var resolver = new TableResolver().Add("hooks.example.com", "93.184.216.34");

        (await Guard(resolver).CheckAsync("http://hooks.example.com/hook", default)).Error!.Fields["url"].Single().Should().Be("An endpoint URL must use https.");
        (await Guard(resolver, allowHttp: true).CheckAsync("http://hooks.example.com/hook", default)).IsSuccess.Should().BeTrue();
    }

    [Fact]
    public async Task Loopback_is_allowed_only_by_configuration_and_private_never()
    {
        var resolver = new TableResolver().Add("localhost", "127.0.0.1", "::1");
        var local = Guard(resolver, allowHttp: true, allowLoopback: true);

        (await local.CheckAsync("http://localhost:5000/hook", default)).IsSuccess.Should().BeTrue();
        (await local.CheckAsync("http://[::ffff:127.0.0.1]:5000/hook", default)).IsSuccess.Should().BeTrue();
        (await local.CheckAsync("http://10.0.0.1/hook", default)).IsSuccess.Should().BeFalse();
        (await local.CheckAsync("http://169.254.169.254/hook", default)).IsSuccess.Should().BeFalse();
        (await Guard(resolver, allowHttp: true).CheckAsync("http://localhost:5000/hook", default)).IsSuccess.Should().BeFalse();
    }
}
