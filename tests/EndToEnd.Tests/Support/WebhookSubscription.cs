namespace AiVideo.EndToEnd.Tests.Support;

/// <summary>A company's webhook endpoint pointing at the test's receiver, and what that hook received.</summary>
public sealed class WebhookSubscription(WebhookReceiver receiver, string hook, Guid endpointId)
{
    public Guid EndpointId { get; } = endpointId;

    public IReadOnlyList<ReceivedWebhook> Received => receiver.For(hook);

    public IReadOnlyList<ReceivedWebhook> OfType(string type) => Received.Where(r => r.Type == type).ToList();

    /// <summary>Registers an endpoint for the account's company (through the gateway) at a new hook, trusting the secret it answers with.</summary>
    public static async Task<WebhookSubscription> CreateAsync(GatewayClient api, WebhookReceiver receiver, Account account, params string[] eventTypes)
    {
        var url = receiver.NewHookUrl(out var hook);
        var created = await GatewayClient.ExpectAsync(await api.PostAsync("/api/webhook-endpoints", account.Session, new { url, eventTypes }), HttpStatusCode.Created);
        receiver.Trust(hook, created.GetProperty("secret").GetString()!);
        return new WebhookSubscription(receiver, hook, created.GetProperty("endpoint").GetProperty("id").GetGuid());
    }

    /// <summary>Waits until the hook holds at least <paramref name="count"/> distinct messages of the type.</summary>
    public Task<IReadOnlyList<ReceivedWebhook>> WaitForAsync(string type, int count, TimeSpan timeout) =>
        Eventually.Until(() => Task.FromResult(OfType(type)), received => received.Select(r => r.Id).Distinct().Count() >= count,
            $"{count} {type} webhook(s) arrived", timeout);
}
