using AiVideo.Webhooks.Application.Inbound;

namespace AiVideo.Webhooks.UnitTests;

/// <summary>Options as the host would bind them, changeable between calls like reloaded configuration.</summary>
internal sealed class TestOptions(WebhooksOptions value) : IOptionsMonitor<WebhooksOptions>
{
    public WebhooksOptions CurrentValue { get; set; } = value;

    public WebhooksOptions Get(string? name) => CurrentValue;

    public IDisposable? OnChange(Action<WebhooksOptions, string?> listener) => null;

    public static TestOptions With(params (string Name, string Secret, SignatureFormat? Format)[] providers)
    {
        var options = new WebhooksOptions();
        foreach (var (name, secret, format) in providers)
        {
            options.Providers[name] = new ProviderOptions { Secret = secret, Format = format };
        }
        return new TestOptions(options);
    }

    public static TestOptions Delivery(bool allowHttp = false, bool allowLoopback = false) =>
        new(new WebhooksOptions { Delivery = { AllowHttp = allowHttp, AllowLoopback = allowLoopback } });
}
