using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace AiVideo.Benchmarks.Webhooks;

/// <summary>
/// Provider callbacks as OpenAI sends them (Standard Webhooks): <c>POST /api/webhooks/openai</c> with a new
/// <c>webhook-id</c> each, so none is a replay, signed with the provider secret webhooks-api is configured with.
/// <paramref name="connections"/> senders each send one callback after another until <c>count</c> are answered; every
/// answer must be 200 and not a duplicate.
/// </summary>
public sealed class CallbackLoad(Uri webhooks, string secret, int connections)
{
    private readonly byte[] _key = Signing.KeyOf(secret);
    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = connections, UseProxy = false })
    {
        BaseAddress = webhooks,
    };

    /// <summary>Sends <paramref name="count"/> callbacks; returns the wall time of the whole run and each answer's time in milliseconds.</summary>
    public async Task<(double Seconds, double[] Milliseconds)> RunAsync(int count)
    {
        var times = new double[count];
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                times[i] = await SendOneAsync();
            }
        }));
        return (clock.Elapsed.TotalSeconds, times);
    }

    private async Task<double> SendOneAsync()
    {
        var id = $"wh_{Guid.NewGuid():N}";
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var timestamp = now.ToString(CultureInfo.InvariantCulture);
        var body = Encoding.UTF8.GetBytes(
            $$$"""{"id":"evt_{{{Guid.NewGuid():N}}}","object":"event","created_at":{{{now}}},"type":"video.completed","data":{"id":"video_{{{Guid.NewGuid():N}}}"}}""");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/webhooks/openai") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("webhook-id", id);
        request.Headers.Add("webhook-timestamp", timestamp);
        request.Headers.Add("webhook-signature", "v1," + Convert.ToBase64String(Signing.Sign(_key, id, timestamp, body)));

        var started = Stopwatch.GetTimestamp();
        using var response = await _http.SendAsync(request);
        var answer = await response.Content.ReadAsStringAsync();
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (response.StatusCode != HttpStatusCode.OK || JsonDocument.Parse(answer).RootElement.GetProperty("duplicate").GetBoolean())
        {
            throw new InvalidOperationException($"Callback {id} was answered {(int)response.StatusCode}: {answer}");
        }
        return elapsed;
    }
}
