namespace AiVideo.Identity.Domain.ApiKeys;

/// <summary>
/// A company's API key: a name, scopes and rate limits, found by a non-secret prefix and checked against a hash of its
/// secret (the secret itself is shown once, at creation, and never stored). Revoked or expired keys are refused.
/// </summary>
public sealed class ApiKey
{
    public const int MaxNameLength = 100;

    /// <summary>Writing the last-used time at most this often keeps busy keys from writing on every exchange.</summary>
    public static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    private ApiKey()
    {
    }

    public Guid Id { get; private set; }

    public Guid CompanyId { get; private set; }

    public Guid CreatedBy { get; private set; }

    public string Name { get; private set; } = "";

    public string Prefix { get; private set; } = "";

    public string SecretHash { get; private set; } = "";

    public string[] Scopes { get; private set; } = [];

    public int RateLimitPerMinute { get; private set; }

    public int RateLimitPerHour { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ExpiresAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public DateTimeOffset? LastUsedAt { get; private set; }

    public static Result<ApiKey> Create(
        Guid companyId, Guid createdBy, string name, IEnumerable<string> scopes, int perMinute, int perHour, DateTimeOffset? expiresAt,
        string prefix, string secretHash, DateTimeOffset now)
    {
        var fields = new Dictionary<string, string[]>();
        var scopeList = scopes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > MaxNameLength)
        {
            fields["name"] = [$"A key name has 1 to {MaxNameLength} characters."];
        }
        if (scopeList.Length == 0 || scopeList.Any(s => !SharedKernel.Vocabulary.Scopes.ApiKeyScopes.Contains(s)))
        {
            fields["scopes"] = [$"Scopes must be one or more of: {string.Join(", ", SharedKernel.Vocabulary.Scopes.ApiKeyScopes.Order())}."];
        }
        if (perMinute < 1 || perHour < 1 || perMinute > perHour)
        {
            fields["rateLimitPerMinute"] = ["Rate limits are positive, and the per-minute limit is at most the per-hour limit."];
        }
        if (expiresAt is { } expiry && expiry <= now)
        {
            fields["expiresAt"] = ["An expiry lies in the future."];
        }
        if (fields.Count > 0)
        {
            return Error.Validation(fields);
        }

        return new ApiKey
        {
            Id = Guid.CreateVersion7(now),
            CompanyId = companyId,
            CreatedBy = createdBy,
            Name = name.Trim(),
            Prefix = prefix,
            SecretHash = secretHash,
            Scopes = scopeList,
            RateLimitPerMinute = perMinute,
            RateLimitPerHour = perHour,
            CreatedAt = now,
            ExpiresAt = expiresAt,
        };
    }

    public bool IsActive(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;

    /// <summary>Records a use; true when the stored time changed (at most once per <see cref="LastUsedResolution"/>).</summary>
    public bool RecordUse(DateTimeOffset now)
    {
        if (LastUsedAt is { } last && now - last < LastUsedResolution)
        {
            return false;
        }
        LastUsedAt = now;
        return true;
    }
}
