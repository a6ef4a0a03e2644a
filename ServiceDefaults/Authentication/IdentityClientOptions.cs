using AiVideo.SharedKernel.Vocabulary;

namespace AiVideo.ServiceDefaults.Authentication;

/// <summary>Where tokens come from: identity-api's URL (the authority, resolved by service discovery) and the audience every service accepts.</summary>
public sealed class IdentityClientOptions
{
    public const string SectionName = "Identity";

    /// <summary>The authority JwtBearer reads discovery and signing keys from, e.g. <c>http://identity-api</c>.</summary>
    public string? Url { get; set; }

    public string Audience { get; set; } = Audiences.Api;

    /// <summary>
    /// How often the discovery document and keys are re-read even when every token validates; identity-api publishes a
    /// new key longer than this before it signs with it (Identity:SigningKeys:PublishBeforeUse).
    /// </summary>
    public TimeSpan KeysRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The least time between two re-reads caused by a token with an unknown key id.</summary>
    public TimeSpan KeysMinimumRefreshInterval { get; set; } = TimeSpan.FromSeconds(30);
}
