namespace AiVideo.ServiceDefaults.Authentication;

/// <summary>Where tokens come from: identity-api's URL (the authority, resolved by service discovery) and the audience every service accepts.</summary>
public sealed class IdentityClientOptions
{
    public const string SectionName = "Identity";

    /// <summary>The authority JwtBearer reads discovery and signing keys from, e.g. <c>http://identity-api</c>.</summary>
    public string? Url { get; set; }

    public string Audience { get; set; } = "aivideo";
}
