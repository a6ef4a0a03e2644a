namespace AiVideo.Webhooks.Domain.Endpoints;

/// <summary>
/// The shape every endpoint URL must have: absolute http(s) with a host, no user information, no fragment, at most
/// <see cref="MaxLength"/> characters. Whether http is acceptable and where the host may point are the delivery
/// policy's to say (they depend on configuration and DNS).
/// </summary>
public static class EndpointUrl
{
    public const int MaxLength = 2048;

    public static Result<Uri> Parse(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || url.Length > MaxLength)
        {
            return Error.Validation("url", $"An endpoint URL is an absolute https URL of at most {MaxLength} characters.");
        }
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return Error.Validation("url", "An endpoint URL is an absolute https URL.");
        }
        if (string.IsNullOrEmpty(uri.Host))
        {
            return Error.Validation("url", "An endpoint URL names a host.");
        }
        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            return Error.Validation("url", "An endpoint URL carries no user name or password; authenticate requests by their signature.");
        }
        if (!string.IsNullOrEmpty(uri.Fragment))
        {
            return Error.Validation("url", "An endpoint URL has no fragment (#...).");
        }
        return uri;
    }
}
