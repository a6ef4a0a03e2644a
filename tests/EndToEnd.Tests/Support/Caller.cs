using System.Net.Http.Headers;

namespace AiVideo.EndToEnd.Tests.Support;

/// <summary>How a request proves who sends it: a bearer token (a session) or an API key in <c>X-API-Key</c>.</summary>
public abstract record Caller
{
    public static Caller Bearer(string token) => new BearerCaller(token);

    public static Caller ApiKey(string key) => new ApiKeyCaller(key);

    public abstract void Sign(HttpRequestMessage request);

    private sealed record BearerCaller(string Token) : Caller
    {
        public override void Sign(HttpRequestMessage request) => request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
    }

    private sealed record ApiKeyCaller(string Key) : Caller
    {
        public override void Sign(HttpRequestMessage request) => request.Headers.Add("X-API-Key", Key);
    }
}
