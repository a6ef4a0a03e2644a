using AiVideo.Identity.Infrastructure.Accounts;
using Microsoft.AspNetCore.Identity;

namespace AiVideo.Identity.FunctionalTests;

/// <summary>
/// identity-api whose password hasher counts its checks (the real ASP.NET Core Identity hasher underneath), and whose
/// sweep runs every second, so the tests see when a password is hashed and when throttle rows are pruned.
/// </summary>
public sealed class ThrottleFixture : IdentityFixture
{
    public CountingPasswordHasher Hasher { get; } = new();

    protected override IReadOnlyDictionary<string, string?> ExtraSettings { get; } = new Dictionary<string, string?>
    {
        ["Identity:SignIn:SweepInterval"] = "00:00:01",
    };

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IPasswordHasher<UserAccount>>(Hasher);

    /// <summary>Logs in from a client address (as the gateway forwards it in <c>X-Forwarded-For</c>).</summary>
    public Task<HttpResponseMessage> LoginFromAsync(string client, string email, string password = IdentityClient.Password)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login") { Content = JsonContent.Create(new { email, password }) };
        request.Headers.Add("X-Forwarded-For", client);
        return Client.Http.SendAsync(request);
    }

    /// <summary>ASP.NET Core Identity's password hasher, counting how many passwords it verified.</summary>
    public sealed class CountingPasswordHasher : IPasswordHasher<UserAccount>
    {
        private readonly PasswordHasher<UserAccount> _inner = new();
        private int _verified;

        public int Verified => Volatile.Read(ref _verified);

        public string HashPassword(UserAccount user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(UserAccount user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verified);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
