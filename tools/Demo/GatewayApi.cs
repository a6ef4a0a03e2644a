using System.Net.Http.Headers;

namespace AiVideo.Demo;

/// <summary>
/// The platform as the demo reaches it: through the gateway only, with the demo account's bearer token, renewed once
/// when the system answers 401 (an access token lives 15 minutes). Every failure becomes a <see cref="DemoFailure"/>
/// that says what the demo was doing; nothing answering at all says how to start the system.
/// </summary>
internal sealed class GatewayApi(HttpClient http, Uri gateway)
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(60);

    public Uri Gateway => gateway;

    /// <summary>The session's access token; requests go without one until it is set.</summary>
    public string? Token { get; set; }

    /// <summary>Signs in again and returns the new access token (used once per request that was answered 401).</summary>
    public Func<CancellationToken, Task<string>>? RenewToken { get; set; }

    /// <summary>A GET that must succeed, as JSON.</summary>
    public async Task<JsonElement> GetJsonAsync(string path, string doing, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Get, path, null, doing, cancellationToken);
        return await JsonOfAsync(response, doing, cancellationToken);
    }

    /// <summary>A POST of <paramref name="body"/> as JSON that must succeed; its answer as JSON (or nothing).</summary>
    public async Task<JsonElement> PostJsonAsync(string path, object body, string doing, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Post, path, body, doing, cancellationToken);
        return await JsonOfAsync(response, doing, cancellationToken);
    }

    /// <summary>
    /// Sends a request with the session (a 401 renews it once) and returns the answer, whatever its status. With
    /// <paramref name="streaming"/> it returns as soon as the headers arrived and sets no time limit on the body.
    /// </summary>
    public async Task<HttpResponseMessage> SendAsync(
        HttpMethod method, string path, object? body, string doing, CancellationToken cancellationToken, Action<HttpRequestMessage>? configure = null,
        bool streaming = false)
    {
        var token = Token;
        var response = await SendOnceAsync(method, path, body, token, doing, cancellationToken, configure, streaming);
        if (response.StatusCode != HttpStatusCode.Unauthorized || token is null || RenewToken is null)
        {
            return response;
        }
        response.Dispose();
        Token = await RenewToken(cancellationToken);
        return await SendOnceAsync(method, path, body, Token, doing, cancellationToken, configure, streaming);
    }

    /// <summary>A request without the session (signing in, registering), with <paramref name="token"/> if given; its answer, whatever its status.</summary>
    public Task<HttpResponseMessage> SendWithoutSessionAsync(HttpMethod method, string path, object? body, string? token, string doing, CancellationToken cancellationToken) =>
        SendOnceAsync(method, path, body, token, doing, cancellationToken, configure: null, streaming: false);

    /// <summary>Saves the bytes behind a signed link (the link is the credential: no token is sent) to <paramref name="path"/>.</summary>
    public async Task DownloadAsync(Uri link, string path, CancellationToken cancellationToken)
    {
        const string doing = "download the video";
        using var request = new HttpRequestMessage(HttpMethod.Get, link);
        using var response = await TransportAsync(request, doing, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw await Problem.OfAsync(response, doing, cancellationToken);
        }
        var partial = path + ".part";
        await using (var file = File.Create(partial))
        {
            await response.Content.CopyToAsync(file, cancellationToken);
        }
        File.Move(partial, path, overwrite: true);
    }

    /// <summary>The answer's JSON when it succeeded; its problem as a failure otherwise.</summary>
    public static async Task<JsonElement> JsonOfAsync(HttpResponseMessage response, string doing, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw await Problem.OfAsync(response, doing, cancellationToken);
        }
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    private async Task<HttpResponseMessage> SendOnceAsync(
        HttpMethod method, string path, object? body, string? token, string doing, CancellationToken cancellationToken, Action<HttpRequestMessage>? configure,
        bool streaming)
    {
        using var request = new HttpRequestMessage(method, new Uri(gateway, path.TrimStart('/')));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: JsonSerializerOptions.Web);
        }
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        configure?.Invoke(request);
        return await TransportAsync(request, doing, streaming ? HttpCompletionOption.ResponseHeadersRead : HttpCompletionOption.ResponseContentRead,
            cancellationToken);
    }

    /// <summary>Sends a request within <see cref="RequestTimeout"/> (for its headers, or its whole answer), turning transport errors into failures.</summary>
    private async Task<HttpResponseMessage> TransportAsync(
        HttpRequestMessage request, string doing, HttpCompletionOption completion, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(RequestTimeout);
        try
        {
            return await http.SendAsync(request, completion, deadline.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new DemoFailure($"Could not {doing}: {gateway} did not answer within {RequestTimeout.TotalSeconds:0} s.", transient: true);
        }
        catch (HttpRequestException exception) when (exception.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError)
        {
            throw NotRunning(request.RequestUri!);
        }
        catch (HttpRequestException exception)
        {
            throw new DemoFailure($"Could not {doing}: {exception.Message}", transient: true);
        }
    }

    /// <summary>Nothing answered at the address: the system is not running there (or the link points elsewhere).</summary>
    private DemoFailure NotRunning(Uri address) => address.GetLeftPart(UriPartial.Authority) == gateway.GetLeftPart(UriPartial.Authority)
        ? new DemoFailure(
            $"AiVideo is not running at {gateway.GetLeftPart(UriPartial.Authority)} (nothing answered there): start it with ./run.sh in another terminal " +
            $"and wait until it prints \"AiVideo is running at\", or point the demo at it with {DemoOptions.UrlVariable}=http://host:port.", transient: true)
        : new DemoFailure($"Nothing answered at {address.GetLeftPart(UriPartial.Authority)}, where the system's signed link points.", transient: true);
}
