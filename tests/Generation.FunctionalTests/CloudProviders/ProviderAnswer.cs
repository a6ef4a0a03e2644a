using WireMock.ResponseBuilders;

namespace AiVideo.Generation.FunctionalTests.CloudProviders;

/// <summary>One answer of a fake provider: a status, headers, a JSON or binary body, and an optional delay.</summary>
public sealed record ProviderAnswer(int Status, object? Json = null, byte[]? Bytes = null, string? ContentType = null, TimeSpan? Delay = null,
    IReadOnlyDictionary<string, string>? Headers = null)
{
    public static ProviderAnswer Ok(object json) => new(200, json);

    public static ProviderAnswer File(byte[] bytes, string contentType) => new(200, Bytes: bytes, ContentType: contentType);

    public static ProviderAnswer Error(int status, object json, string? retryAfter = null) =>
        new(status, json, Headers: retryAfter is null ? null : new Dictionary<string, string> { ["Retry-After"] = retryAfter });

    internal IResponseBuilder Response()
    {
        var response = WireMock.ResponseBuilders.Response.Create().WithStatusCode(Status);
        foreach (var (name, value) in Headers ?? new Dictionary<string, string>())
        {
            response = response.WithHeader(name, value);
        }
        if (Json is not null)
        {
            response = response.WithHeader("Content-Type", "application/json").WithBody(JsonSerializer.Serialize(Json));
        }
        else if (Bytes is not null)
        {
            response = response.WithHeader("Content-Type", ContentType ?? "application/octet-stream").WithBody(Bytes);
        }
        return Delay is { } delay ? response.WithDelay(delay) : response;
    }
}
