using AiVideo.SharedKernel.Paging;
using AiVideo.Webhooks.Application.Common;

namespace AiVideo.Webhooks.Application.WebhookEndpoints;

/// <summary>The company's endpoints, newest first.</summary>
public sealed class ListEndpoints(IWebhookEndpoints endpoints, TimeProvider time)
{
    public async Task<Result<CursorPage<EndpointView>>> ExecuteAsync(Caller caller, PageRequest page, CancellationToken cancellationToken)
    {
        if (caller.RequireAdmin() is { } denied)
        {
            return denied;
        }
        var now = time.GetUtcNow();
        return (await endpoints.ListAsync(caller.CompanyId, page, cancellationToken)).Map(e => EndpointView.Of(e, now));
    }
}
