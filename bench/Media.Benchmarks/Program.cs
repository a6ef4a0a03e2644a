// A client of media-api moving one large video: sign up at identity-api, ask media-api for an upload, PUT the parts
// to the presigned URLs, complete, then download it by signed URL and through GET /api/files/{id}/content.
// media-api's resident memory is sampled per phase (its high-water mark reset first through /proc/<pid>/clear_refs).
// Usage: Media.Benchmarks <identity-url> <media-url> <media-pid> <label> <megabytes>
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AiVideo.Benchmarks.Media;

var identity = new Uri(args[0]);
var media = new Uri(args[1]);
var mediaPid = int.Parse(args[2], CultureInfo.InvariantCulture);
var label = args[3];
var size = long.Parse(args[4], CultureInfo.InvariantCulture) * 1024 * 1024;

using var http = new HttpClient { Timeout = TimeSpan.FromHours(1) };
// Presigned URLs carry their own credentials: they are sent without the API token, as a browser or player would.
using var storage = new HttpClient { Timeout = TimeSpan.FromHours(1) };
var registered = await Json(await http.PostAsJsonAsync(new Uri(identity, "/api/auth/register"),
    new { email = $"bench-{Guid.NewGuid():N}@example.com", password = "Correct-Horse-42", name = "Bench" }));
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", registered.GetProperty("accessToken").GetString());
var memory = new ProcessMemory(mediaPid);
var idle = memory.ResidentMegabytes();

// Upload: one presigned PUT per 64 MB part, in order, as a browser or the CLI would send them.
var ticket = await Json(await http.PostAsJsonAsync(new Uri(media, "/api/uploads"),
    new { fileName = "bench.mp4", contentType = "video/mp4", size, purpose = "video-upload" }));
var partSize = ticket.GetProperty("partSize").GetInt64();
memory.ResetPeak();
var clock = Stopwatch.StartNew();
var parts = new List<object>();
foreach (var part in ticket.GetProperty("parts").EnumerateArray())
{
    var number = part.GetProperty("partNumber").GetInt32();
    var offset = (number - 1) * partSize;
    var length = Math.Min(partSize, size - offset);
    using var content = new StreamContent(new PatternStream(offset, length), 256 * 1024);
    content.Headers.ContentLength = length;
    using var response = await storage.SendAsync(new HttpRequestMessage(HttpMethod.Put, part.GetProperty("url").GetString()) { Content = content });
    await Ensure(response);
    parts.Add(new { partNumber = number, etag = response.Headers.ETag!.Tag });
}
var uploadSeconds = clock.Elapsed.TotalSeconds;
var uploadPeak = memory.PeakMegabytes();

memory.ResetPeak();
clock.Restart();
var file = await Json(await http.PostAsJsonAsync(new Uri(media, $"/api/uploads/{ticket.GetProperty("uploadId").GetGuid()}/complete"), new { parts }));
var completeSeconds = clock.Elapsed.TotalSeconds;
var completePeak = memory.PeakMegabytes();
var fileId = file.GetProperty("id").GetGuid();

var details = await Json(await http.GetAsync(new Uri(media, $"/api/files/{fileId}?expiresIn=3600")));
var (signedSeconds, signedPeak) = await DownloadAsync(new Uri(details.GetProperty("downloadUrl").GetString()!), authorised: false);
var (contentSeconds, contentPeak) = await DownloadAsync(new Uri(media, $"/api/files/{fileId}/content"), authorised: true);
await Ensure(await http.DeleteAsync(new Uri(media, $"/api/files/{fileId}")));

string Rate(double seconds) => (size / 1024.0 / 1024.0 / seconds).ToString("0", CultureInfo.InvariantCulture);
string Mb(double megabytes) => megabytes.ToString("0", CultureInfo.InvariantCulture);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"| {label} | {size / 1024 / 1024} | {Rate(uploadSeconds)} | {completeSeconds:0.0} | {Rate(signedSeconds)} | {Rate(contentSeconds)} | {Mb(idle)} | {Mb(uploadPeak)} / {Mb(completePeak)} / {Mb(signedPeak)} / {Mb(contentPeak)} |"));

async Task<(double Seconds, double PeakMegabytes)> DownloadAsync(Uri url, bool authorised)
{
    memory.ResetPeak();
    var watch = Stopwatch.StartNew();
    using var request = new HttpRequestMessage(HttpMethod.Get, url);
    using var response = await (authorised ? http : storage).SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    await Ensure(response);
    await using var body = await response.Content.ReadAsStreamAsync();
    var buffer = new byte[256 * 1024];
    long received = 0;
    int read;
    while ((read = await body.ReadAsync(buffer)) > 0)
    {
        received += read;
    }
    if (received != size)
    {
        throw new InvalidOperationException($"Downloaded {received} bytes of {size} from {url}.");
    }
    return (watch.Elapsed.TotalSeconds, memory.PeakMegabytes());
}

static async Task<JsonElement> Json(HttpResponseMessage response)
{
    await Ensure(response);
    return await response.Content.ReadFromJsonAsync<JsonElement>();
}

static async Task Ensure(HttpResponseMessage response)
{
    if (!response.IsSuccessStatusCode)
    {
        throw new InvalidOperationException($"{(int)response.StatusCode} from {response.RequestMessage?.RequestUri}: {await response.Content.ReadAsStringAsync()}");
    }
}
