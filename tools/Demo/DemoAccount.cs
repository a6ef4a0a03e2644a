using System.Security.Cryptography;

namespace AiVideo.Demo;

/// <summary>
/// The account the demo signs in with, generated once and kept on this machine (<see cref="AccountStore"/>): its
/// credentials, and its latest access token so that runs close together need no new sign-in (sign-ins are rate-limited
/// per address).
/// </summary>
internal sealed record DemoAccount(string Email, string Password, string Name, string? AccessToken = null, DateTimeOffset? AccessTokenExpiresAt = null)
{
    private const string DisplayName = "Demo";

    /// <summary>New credentials nobody else has: a random address and a random password that passes identity's rules.</summary>
    public static DemoAccount Generate()
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', 'x').Replace('/', 'y');
        return new DemoAccount($"demo-{id}@example.com", $"Demo-{secret}-7a", DisplayName);
    }

    /// <summary>The stored access token, if it is still good for a while (a run takes a minute or two; a 401 renews it anyway).</summary>
    public string? UsableToken(DateTimeOffset now) => AccessToken is not null && AccessTokenExpiresAt > now.AddMinutes(2) ? AccessToken : null;
}
