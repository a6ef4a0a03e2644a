namespace AiVideo.Demo;

/// <summary>
/// Signs the demo in as its own account: with the stored access token while it is good, else with the stored password;
/// an account the system no longer knows (its data was wiped) is registered again with the same credentials; the first
/// run registers a new one. Whatever it signed in with is stored, and the API is told how to sign in again should the
/// token expire during the run.
/// </summary>
internal sealed class DemoSignIn(GatewayApi api, AccountStore store, TimeProvider time)
{
    /// <summary>The account signed in with, and how it came to be (for the person watching).</summary>
    public sealed record Result(DemoAccount Account, string How);

    public async Task<Result> ExecuteAsync(CancellationToken cancellationToken)
    {
        var stored = store.Load();
        var where = AccountStore.RelativePath;
        Result signedIn;
        if (stored is null)
        {
            signedIn = new Result(await RegisterAsync(DemoAccount.Generate(), cancellationToken) ?? throw Taken(), $"new, registered now and kept in {where}");
        }
        else if (stored.UsableToken(time.GetUtcNow()) is { } token && await IsSignedInAsync(token, cancellationToken))
        {
            signedIn = new Result(stored, $"from {where}");
        }
        else if (await LogInAsync(stored, cancellationToken) is { } loggedIn)
        {
            signedIn = new Result(loggedIn, $"from {where}, signed in");
        }
        else if (await RegisterAsync(stored, cancellationToken) is { } registeredAgain)
        {
            signedIn = new Result(registeredAgain, $"from {where}, registered again: the system no longer knew it (its data was wiped)");
        }
        else
        {
            signedIn = new Result(await RegisterAsync(DemoAccount.Generate(), cancellationToken) ?? throw Taken(),
                $"new: the stored account's password no longer worked, so another was registered and kept in {where}");
        }
        store.Save(signedIn.Account);
        var current = signedIn.Account;
        api.Token = current.AccessToken;
        api.RenewToken = async renewing =>
        {
            current = await LogInAsync(current, renewing) ?? throw new DemoFailure("The demo account's session ended and signing in again was refused.");
            store.Save(current);
            return current.AccessToken!;
        };
        return signedIn;
    }

    private async Task<bool> IsSignedInAsync(string token, CancellationToken cancellationToken)
    {
        const string doing = "read the demo account";
        using var response = await api.SendWithoutSessionAsync(HttpMethod.Get, "/api/auth/profile", null, token, doing, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            return false;
        }
        await GatewayApi.JsonOfAsync(response, doing, cancellationToken);
        return true;
    }

    /// <summary>The account with a new token, or null when the system refuses its credentials.</summary>
    private async Task<DemoAccount?> LogInAsync(DemoAccount account, CancellationToken cancellationToken)
    {
        const string doing = "sign in the demo account";
        using var response = await api.SendWithoutSessionAsync(HttpMethod.Post, "/api/auth/login",
            new { email = account.Email, password = account.Password }, null, doing, cancellationToken);
        return response.StatusCode == HttpStatusCode.Unauthorized ? null : WithTokens(account, await GatewayApi.JsonOfAsync(response, doing, cancellationToken));
    }

    /// <summary>The account registered (with its first token), or null when its email is taken.</summary>
    private async Task<DemoAccount?> RegisterAsync(DemoAccount account, CancellationToken cancellationToken)
    {
        const string doing = "register the demo account";
        using var response = await api.SendWithoutSessionAsync(HttpMethod.Post, "/api/auth/register",
            new { email = account.Email, password = account.Password, name = account.Name, companyName = "AiVideo demo" }, null, doing, cancellationToken);
        return response.StatusCode == HttpStatusCode.Conflict ? null : WithTokens(account, await GatewayApi.JsonOfAsync(response, doing, cancellationToken));
    }

    private DemoAccount WithTokens(DemoAccount account, JsonElement tokens) => account with
    {
        AccessToken = tokens.GetProperty("accessToken").GetString(),
        AccessTokenExpiresAt = time.GetUtcNow().AddSeconds(tokens.GetProperty("expiresIn").GetDouble()),
    };

    private static DemoFailure Taken() => new("Registering a new demo account failed: its generated email address is taken. Run the demo again.");
}
