using System.Text.Json;
using Microsoft.IdentityModel.Protocols;

namespace AiVideo.ServiceDefaults.Authentication;

/// <summary>
/// Reads identity-api's discovery document and signing keys from where this service reaches identity-api
/// (<c>Identity:Url</c>, e.g. <c>http://identity-api</c>). The document names the configured issuer's public addresses
/// (the gateway's), which a service inside the platform need not reach: an address under the issuer is fetched at the
/// same path from identity-api, and an address anywhere else is refused, so a document can never send a service to
/// another host for its keys.
/// </summary>
internal sealed class AuthorityDocumentRetriever(string authority, HttpClient http, bool requireHttps) : IDocumentRetriever
{
    private readonly HttpDocumentRetriever _inner = new(http) { RequireHttps = requireHttps };
    private readonly Uri _authority = new(authority.TrimEnd('/') + "/");
    private volatile string? _issuer;

    public async Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        var document = await _inner.GetDocumentAsync(Map(address), cancel);
        if (address.EndsWith("/.well-known/openid-configuration", StringComparison.Ordinal) && IssuerOf(document) is { } issuer)
        {
            _issuer = issuer.TrimEnd('/') + "/";
        }
        return document;
    }

    private string Map(string address)
    {
        var uri = new Uri(address, UriKind.Absolute);
        if (_authority.IsBaseOf(uri))
        {
            return address;
        }
        if (_issuer is { } issuer && address.StartsWith(issuer, StringComparison.Ordinal))
        {
            return new Uri(_authority, address[issuer.Length..]).ToString();
        }
        throw new InvalidOperationException(
            $"identity-api's discovery document names {uri.GetLeftPart(UriPartial.Path)}, outside both its issuer and Identity:Url ({_authority}); it is not fetched.");
    }

    private static string? IssuerOf(string document)
    {
        try
        {
            using var json = JsonDocument.Parse(document);
            return json.RootElement.TryGetProperty("issuer", out var issuer) && issuer.ValueKind == JsonValueKind.String ? issuer.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
