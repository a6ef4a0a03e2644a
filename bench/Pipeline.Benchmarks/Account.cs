namespace AiVideo.Benchmarks.Pipeline;

/// <summary>
/// A company's administrator as the benchmark plays them: their sign-in and their current access token, signed in again
/// before it gets old (access tokens last 15 minutes, a whole run longer).
/// </summary>
public sealed class Account(string email, string password, Guid companyId, string token)
{
    private static readonly TimeSpan TokenAge = TimeSpan.FromMinutes(10);

    private readonly SemaphoreSlim _signIn = new(1, 1);
    private string _token = token;
    private double _issuedAt = Clock.Now;

    public string Email => email;

    public string Password => password;

    public Guid CompanyId => companyId;

    /// <summary>A token with at least five minutes left.</summary>
    public async Task<string> TokenAsync(GatewayApi api)
    {
        if (Clock.Now - _issuedAt < TokenAge.TotalSeconds)
        {
            return _token;
        }
        await _signIn.WaitAsync();
        try
        {
            if (Clock.Now - _issuedAt >= TokenAge.TotalSeconds)
            {
                _token = await api.LoginAsync(email, password);
                _issuedAt = Clock.Now;
            }
            return _token;
        }
        finally
        {
            _signIn.Release();
        }
    }
}
