using System.Security.Cryptography;
using System.Text.Json;

namespace AiVideo.Webhooks.Application.Inbound;

/// <summary>
/// Reads the event id, event type and job id out of a verified callback, as each provider writes them:
/// <list type="bullet">
/// <item>Mux: <c>id</c>, <c>type</c>, <c>data.id</c>.</item>
/// <item>Cloudflare Stream: no event id (the body's SHA-256 stands in), <c>status.state</c>, <c>uid</c>.</item>
/// <item>Replicate: the <c>webhook-id</c> header, the prediction's <c>status</c> and <c>id</c>.</item>
/// <item>OpenAI and other Standard Webhooks providers: <c>webhook-id</c>, <c>type</c>, <c>data.id</c> (else <c>id</c>).</item>
/// </list>
/// Providers configured by another name are read as their format's provider is.
/// </summary>
public static class CallbackEventReader
{
    /// <summary>The event, or null when the body is not a JSON object carrying what the provider always sends.</summary>
    public static VerifiedCallback? Read(string provider, SignatureFormat format, CallbackHeaders headers, ReadOnlySpan<byte> body)
    {
        JsonDocument document;
        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 64 });
            if (!JsonDocument.TryParseValue(ref reader, out var parsed) || parsed is null)
            {
                return null;
            }
            document = parsed;
            if (reader.Read())
            {
                // Something follows the JSON value (the reader throws for most of it; this catches the rest).
                document.Dispose();
                return null;
            }
        }
        catch (JsonException)
        {
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }
            var (eventId, eventType, jobId) = (provider.ToLowerInvariant(), format) switch
            {
                (KnownProviders.Replicate, _) => (headers[StandardWebhooksVerifier.IdHeader], Text(root, "status"), Text(root, "id")),
                (KnownProviders.OpenAi, _) => (headers[StandardWebhooksVerifier.IdHeader], Text(root, "type"), Text(root, "data", "id")),
                (_, SignatureFormat.Mux) => (Text(root, "id"), Text(root, "type"), Text(root, "data", "id")),
                (_, SignatureFormat.Cloudflare) => (BodyHash(body), Text(root, "status", "state"), Text(root, "uid")),
                _ => (headers[StandardWebhooksVerifier.IdHeader], Text(root, "type"), Text(root, "data", "id") ?? Text(root, "id")),
            };
            if (eventId is null || eventId.Length > InboundReceipt.MaxEventIdLength
                || eventType is null || eventType.Length > InboundReceipt.MaxEventTypeLength
                || jobId?.Length > InboundReceipt.MaxProviderJobIdLength)
            {
                return null;
            }
            return new VerifiedCallback(provider.ToLowerInvariant(), eventId, eventType, jobId, System.Text.Encoding.UTF8.GetString(body));
        }
    }

    /// <summary>The dedupe key of a callback without an event id: <c>sha256:</c> and the hex of the body's hash.</summary>
    public static string BodyHash(ReadOnlySpan<byte> body) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(body));

    private static string? Text(JsonElement element, params string[] path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return null;
            }
        }
        return element.ValueKind == JsonValueKind.String && element.GetString() is { Length: > 0 } text ? text : null;
    }
}
