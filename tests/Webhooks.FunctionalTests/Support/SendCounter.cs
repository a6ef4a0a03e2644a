using AiVideo.Webhooks.Application.Outbound;
using AiVideo.Webhooks.Infrastructure.Delivery;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AiVideo.Webhooks.FunctionalTests.Support;

/// <summary>Counts the attempts one replica sends through its own <see cref="HttpWebhookSender"/> (to see that several replicas shared the work).</summary>
public sealed class SendCounter
{
    private int _sent;

    public int Sent => Volatile.Read(ref _sent);

    /// <summary>Configures a replica to send through a counting wrapper around its real sender.</summary>
    public void Install(IServiceCollection services) => services.Replace(ServiceDescriptor.Singleton<IWebhookSender>(provider =>
        new Counting(ActivatorUtilities.CreateInstance<HttpWebhookSender>(provider), this)));

    private sealed class Counting(IWebhookSender sender, SendCounter counter) : IWebhookSender
    {
        public async Task<AttemptResult> SendAsync(WebhookRequest request, CancellationToken cancellationToken)
        {
            var result = await sender.SendAsync(request, cancellationToken);
            Interlocked.Increment(ref counter._sent);
            return result;
        }
    }
}
