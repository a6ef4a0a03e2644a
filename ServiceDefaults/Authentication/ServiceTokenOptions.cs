using AiVideo.SharedKernel.Vocabulary;

namespace AiVideo.ServiceDefaults.Authentication;

/// <summary>How this service identifies itself to identity-api (section <c>ServiceAuth</c>; the secret from a secret store).</summary>
public sealed class ServiceTokenOptions
{
    public const string SectionName = "ServiceAuth";

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    public string Scope { get; set; } = Scopes.Internal;

    /// <summary>A cached token is replaced this long before it expires.</summary>
    public TimeSpan RenewBeforeExpiry { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long one token request may take before it counts as failed (identity-api answers in milliseconds when it is
    /// up). It is not retried itself: the call that needed the token fails as "not sent", and that call's resilience
    /// pipeline retries it.
    /// </summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(3);
}
