using AiVideo.Webhooks.Application;
using AiVideo.Webhooks.Application.Inbound;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace AiVideo.Webhooks.Api.Endpoints;

public static class ProviderCallbackEndpoints
{
    public static RouteGroupBuilder MapProviderCallbacksApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/webhooks").WithTags("Provider callbacks").AllowAnonymous();
        var limit = app.ServiceProvider.GetRequiredService<IOptions<WebhooksOptions>>().Value.Inbound.MaxBodyBytes;
        group.MapPost("/{provider}", ReceiveAsync).WithName("ReceiveProviderCallback").WithMetadata(new CallbackSizeLimit(limit))
            .WithSummary("A provider's callback (Mux, Cloudflare Stream, Replicate, OpenAI, or one configured as Standard Webhooks), verified over the raw body; "
                + "a callback received before is answered 200 again and passed on once.")
            .Produces<CallbackReceipt>().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesValidationProblem();
        return group;
    }

    /// <summary>Tells the server to stop reading a callback's body past the limit (the handler checks it again, for servers that do not).</summary>
    private sealed record CallbackSizeLimit(long? MaxRequestBodySize) : IRequestSizeLimitMetadata;

    private static async Task<IResult> ReceiveAsync(string provider, HttpRequest request, ReceiveProviderCallback receive, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (!receive.Accepts(provider))
        {
            return ReceiveProviderCallback.UnknownProvider.ToHttp();
        }
        var body = await ReadBodyAsync(request, receive.MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return receive.TooLarge.ToHttp();
        }
        var headers = new CallbackHeaders(request.Headers.Select(h => KeyValuePair.Create(h.Key, h.Value.ToString())));
        var outcome = await receive.ExecuteAsync(provider, headers, body, cancellationToken);
        if (outcome.Rejection is { } rejection)
        {
            loggers.CreateLogger(typeof(ProviderCallbackEndpoints)).LogWarning("Refused a callback to /api/webhooks/{Provider}: {Rejection}", provider, rejection);
        }
        return outcome.Answer.ToHttp(receipt => TypedResults.Ok(receipt));
    }

    /// <summary>The raw body, or null when it is longer than <paramref name="limit"/> (read no further than that).</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }
        using var body = new MemoryStream(request.ContentLength is { } length ? (int)length : 4096);
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (body.Length + read > limit)
            {
                return null;
            }
            body.Write(buffer, 0, read);
        }
        return body.ToArray();
    }
}
