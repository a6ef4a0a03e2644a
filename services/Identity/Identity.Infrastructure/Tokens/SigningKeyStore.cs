using System.Security.Cryptography;
using Microsoft.Extensions.Primitives;
using Microsoft.IdentityModel.Tokens;

namespace AiVideo.Identity.Infrastructure.Tokens;

/// <summary>
/// The signing keys, shared by every replica through the database and cached in memory. The newest active key signs;
/// every unexpired key is published and validates. Rotation adds a key published <see cref="SigningKeyOptions.PublishBeforeUse"/>
/// before it signs, and gives the previous key an expiry one access-token lifetime (plus margin) after the new one takes over.
/// Creating keys happens under an advisory lock, so replicas starting together make one key, not several.
/// <see cref="GetChangeToken"/> fires whenever the published keys or the signing key change, so the token server (its
/// JWKS) follows a rotation without a restart.
/// </summary>
public sealed class SigningKeyStore(
    IServiceScopeFactory scopes, PrivateKeyProtector protector, IOptions<TokenIssuerOptions> options,
    IOptions<IdentityTokenOptions> tokens, TimeProvider time, ILogger<SigningKeyStore> logger) : ISigningKeys
{
    private const long RotationLock = 0x4169_5669_6465_6f02;
    private volatile IReadOnlyList<LoadedKey> _keys = [];
    private CancellationTokenSource _changed = new();
    private readonly Lock _gate = new();
    private string _published = "";

    /// <summary>The key new tokens are signed with.</summary>
    public LoadedKey Current
    {
        get
        {
            var now = time.GetUtcNow();
            return _keys.Where(k => k.ActivatesAt <= now && (k.ExpiresAt is null || k.ExpiresAt > now)).MaxBy(k => k.ActivatesAt)
                ?? throw new InvalidOperationException("No signing key is loaded yet.");
        }
    }

    /// <summary>Every key a token may still carry (published in the JWKS).</summary>
    public IReadOnlyList<LoadedKey> Published
    {
        get
        {
            var now = time.GetUtcNow();
            return _keys.Where(k => k.ExpiresAt is null || k.ExpiresAt > now).ToList();
        }
    }

    public bool IsLoaded => _keys.Count > 0;

    /// <summary>Fires once the published keys or the signing key differ from what they were when it was taken.</summary>
    public IChangeToken GetChangeToken() => new CancellationChangeToken(Volatile.Read(ref _changed).Token);

    /// <summary>Loads the keys, creating the first one (or the next, when the current is due for rotation).</summary>
    public async Task EnsureCurrentAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        var now = time.GetUtcNow();
        var newest = _keys.MaxBy(k => k.ActivatesAt);
        if (newest is null || newest.ActivatesAt + options.Value.SigningKeys.RotationInterval <= now)
        {
            await CreateAsync(newest is null ? TimeSpan.Zero : options.Value.SigningKeys.PublishBeforeUse, onlyIfDue: true, cancellationToken);
        }
    }

    public async Task<string> RotateAsync(CancellationToken cancellationToken) =>
        await CreateAsync(options.Value.SigningKeys.PublishBeforeUse, onlyIfDue: false, cancellationToken);

    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityContext>();
        var now = time.GetUtcNow();
        var rows = await db.SigningKeys.AsNoTracking().Where(k => k.ExpiresAt == null || k.ExpiresAt > now).ToListAsync(cancellationToken);
        _keys = rows.Select(Load).ToList();
        SignalIfChanged();
    }

    private void SignalIfChanged()
    {
        var now = time.GetUtcNow();
        var current = _keys.Where(k => k.ActivatesAt <= now && (k.ExpiresAt is null || k.ExpiresAt > now)).MaxBy(k => k.ActivatesAt)?.KeyId;
        var published = $"{current}|{string.Join(',', Published.Select(k => k.KeyId).Order(StringComparer.Ordinal))}";
        lock (_gate)
        {
            if (published == _published)
            {
                return;
            }
            _published = published;
        }
        var previous = Interlocked.Exchange(ref _changed, new CancellationTokenSource());
        previous.Cancel();
    }

    private async Task<string> CreateAsync(TimeSpan publishBeforeUse, bool onlyIfDue, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({RotationLock})", cancellationToken);

        var now = time.GetUtcNow();
        var live = await db.SigningKeys.Where(k => k.ExpiresAt == null).ToListAsync(cancellationToken);
        var newest = live.MaxBy(k => k.ActivatesAt);
        if (onlyIfDue && newest is not null && newest.ActivatesAt + options.Value.SigningKeys.RotationInterval > now)
        {
            await transaction.CommitAsync(cancellationToken); // another replica rotated meanwhile
            await ReloadAsync(cancellationToken);
            return newest.KeyId;
        }

        using var rsa = RSA.Create(2048);
        var securityKey = new RsaSecurityKey(rsa.ExportParameters(includePrivateParameters: false));
        var keyId = Base64UrlEncoder.Encode(JsonWebKeyConverter.ConvertFromRSASecurityKey(securityKey).ComputeJwkThumbprint());
        var activatesAt = now + publishBeforeUse;
        // The keys signing until now stop once the new one signs, and are unpublished when their last tokens have expired.
        foreach (var previous in live)
        {
            previous.ExpiresAt = activatesAt + tokens.Value.AccessTokenLifetime + TimeSpan.FromMinutes(5);
        }
        db.SigningKeys.Add(new SigningKey
        {
            KeyId = keyId,
            EncryptedPrivateKey = protector.Protect(rsa.ExportPkcs8PrivateKey()),
            CreatedAt = now,
            ActivatesAt = activatesAt,
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Created signing key {KeyId}; it signs from {ActivatesAt:O}", keyId, activatesAt);
        await ReloadAsync(cancellationToken);
        return keyId;
    }

    private LoadedKey Load(SigningKey row)
    {
        byte[] privateKey;
        try
        {
            privateKey = protector.Unprotect(row.EncryptedPrivateKey);
        }
        catch (AuthenticationTagMismatchException exception)
        {
            throw new InvalidOperationException(
                $"Signing key {row.KeyId} cannot be decrypted: Identity:SigningKeys:EncryptionKey is not the key it was stored with. " +
                "Configure the original key (tokens already issued depend on it).", exception);
        }
        var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(privateKey, out _);
        return new LoadedKey(row.KeyId, new RsaSecurityKey(rsa) { KeyId = row.KeyId }, row.ActivatesAt, row.ExpiresAt);
    }
}
