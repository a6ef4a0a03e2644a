using AiVideo.Webhooks.Application.Destinations;

namespace AiVideo.Webhooks.FunctionalTests.Support;

/// <summary>webhooks-api configured as in production (https only, no loopback), resolving names from a <see cref="DnsTable"/>.</summary>
public sealed class ProductionDestinationsFixture : WebhooksFixture
{
    public DnsTable Dns { get; } = new DnsTable()
        .Add("loopback.attacker.test", "127.0.0.1")
        .Add("metadata.attacker.test", "169.254.169.254")
        .Add("ipv6-loopback.attacker.test", "::1")
        .Add("mapped.attacker.test", "::ffff:10.0.0.1")
        .Add("half-public.attacker.test", "93.184.216.34", "10.1.2.3")
        .Add("hooks.customer.test", "93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946");

    protected override IReadOnlyDictionary<string, string?> ExtraSettings { get; } = new Dictionary<string, string?>
    {
        ["Webhooks:Delivery:AllowHttp"] = "false",
        ["Webhooks:Delivery:AllowLoopback"] = "false",
    };

    private readonly Lazy<Task<Account>> _refusedAdmin;

    public ProductionDestinationsFixture() => _refusedAdmin = new(SignUpAsync);

    /// <summary>One admin for the refusal cases (signing up is the slow part of each): refused endpoints leave their list empty.</summary>
    public Task<Account> RefusedAdminAsync() => _refusedAdmin.Value;

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IHostResolver>(Dns);
}
