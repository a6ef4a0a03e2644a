using System.Text;

namespace AiVideo.Demo;

/// <summary>
/// What a newcomer's first video takes, through the gateway as any client: check that the system is up, sign in as the
/// demo account, create a small project from the prompt (narration, burned-in captions), start <c>generate</c>, follow its
/// events with a progress bar, then download the final MP4 through its signed link and say how to play and stream it.
/// </summary>
internal sealed class DemoRun(DemoOptions options, GatewayApi api, DemoSignIn signIn, ProgressView view, TimeProvider time)
{
    public const string OutputFolder = "demo-output";
    private const int MaxTitleLength = 80;

    public async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        view.Line($"AiVideo demo: {api.Gateway.ToString().TrimEnd('/')}");
        await CheckHealthAsync(cancellationToken);
        var account = await signIn.ExecuteAsync(cancellationToken);
        view.Line($"Account:  {account.Account.Email} ({account.How})");

        var title = Title(options.Prompt);
        var project = await api.PostJsonAsync("/api/projects", new
        {
            title,
            prompt = options.Prompt,
            targetDuration = options.Seconds,
            aspectRatio = options.Aspect,
            sceneCount = options.Scenes,
            narration = new { enabled = true },
            captions = new { enabled = true, burned = true },
        }, "create the project", cancellationToken);
        var projectId = project.GetProperty("id").GetGuid();
        view.Line($"Project:  {projectId} \"{title}\": {options.Scenes} scene(s), {options.Seconds} s, {options.Aspect} " +
            $"({project.GetProperty("width").GetInt32()}×{project.GetProperty("height").GetInt32()}), narration and captions");
        try
        {
            await MakeAsync(projectId, title, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            view.Finish();
            throw new DemoFailure($"Stopped. Project {projectId} goes on on the server; GET /api/projects/{projectId} shows where it is.", 130);
        }
    }

    private async Task MakeAsync(Guid projectId, string title, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        await api.PostJsonAsync($"/api/projects/{projectId}/generate", new { }, "start generating the video", cancellationToken);
        var settled = await new ProjectEventsFollower(api, projectId).FollowAsync(async activity =>
        {
            if (activity.Type == ActivityEvent.StoryboardApplied)
            {
                await ShowStoryboardAsync(projectId, cancellationToken);
            }
            view.Apply(activity);
        }, notice => view.Line($"  {notice}"), time, cancellationToken);
        view.Finish();

        var finished = await api.GetJsonAsync($"/api/projects/{projectId}", "read the project", cancellationToken);
        if (settled != ActivityEvent.Completed || finished.GetProperty("status").GetString() != ActivityEvent.Completed
            || finished.GetProperty("finalVideo").ValueKind != JsonValueKind.Object)
        {
            throw Failed(finished);
        }
        var final = finished.GetProperty("finalVideo");
        var fileId = final.GetProperty("fileId").GetGuid();
        var file = await api.GetJsonAsync($"/api/files/{fileId}", "read the final video's file", cancellationToken);
        var path = Path.GetFullPath(Path.Combine(OutputFolder, $"{Slug(title)}-{projectId.ToString("N")[..8]}.mp4"));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await api.DownloadAsync(new Uri(file.GetProperty("downloadUrl").GetString()!), path, cancellationToken);

        var elapsed = time.GetElapsedTime(started);
        view.Line($"Done in {elapsed.TotalSeconds:0} s: \"{finished.GetProperty("storyboardTitle").GetString() ?? title}\", " +
            $"{final.GetProperty("durationSeconds").GetDouble():0.0} s, {final.GetProperty("width").GetInt32()}×{final.GetProperty("height").GetInt32()}, " +
            $"{new FileInfo(path).Length / 1024.0 / 1024.0:0.0} MB");
        view.Line($"  MP4:     {path}");
        view.Line($"  Play it: ffplay '{path}'   (or open it in VLC or any video player)");
        ShowStreaming(file);
    }

    /// <summary>The storyboard, once generation wrote it: its title and each scene (which numbers the scenes for the bar).</summary>
    private async Task ShowStoryboardAsync(Guid projectId, CancellationToken cancellationToken)
    {
        var project = await api.GetJsonAsync($"/api/projects/{projectId}", "read the storyboard", cancellationToken);
        var scenes = project.GetProperty("scenes").EnumerateArray().OrderBy(s => s.GetProperty("position").GetInt32()).ToList();
        view.NumberScenes(scenes.Select(s => s.GetProperty("id").GetGuid()));
        view.Line($"Storyboard: \"{project.GetProperty("storyboardTitle").GetString()}\"");
        foreach (var (scene, number) in scenes.Select((s, i) => (s, i + 1)))
        {
            view.Line($"  {number}. {scene.GetProperty("title").GetString()} ({scene.GetProperty("duration").GetDouble():0.0} s)");
        }
    }

    /// <summary>
    /// How to stream the video: its HLS master playlist when media-api made one (it does for uploaded videos), else the
    /// MP4 itself over HTTP (a signed link that players read with Range requests).
    /// </summary>
    private void ShowStreaming(JsonElement file)
    {
        var playback = file.TryGetProperty("playback", out var links) && links.ValueKind == JsonValueKind.Object ? links : default;
        var expiresAt = playback.ValueKind == JsonValueKind.Object && playback.TryGetProperty("expiresAt", out var expiry) && expiry.ValueKind == JsonValueKind.String
            ? expiry.GetDateTimeOffset()
            : file.GetProperty("downloadUrlExpiresAt").GetDateTimeOffset();
        var valid = $"the link is signed and valid until {expiresAt.ToUniversalTime():yyyy-MM-dd HH:mm} UTC";
        var hls = Link(playback, "hls");
        var stream = hls ?? Link(playback, "mp4") ?? file.GetProperty("downloadUrl").GetString()!;
        if (hls is not null)
        {
            view.Line($"  HLS:     {hls}");
        }
        else
        {
            view.Line("  HLS:     none: media-api makes HLS playlists for uploaded videos (purpose video-upload); a generated video is an MP4, streamed over HTTP");
            view.Line($"  Stream:  {stream}");
        }
        view.Line($"           ({valid}) play it with ffplay or VLC (Media > Open Network Stream):");
        view.Line($"           ffplay '{stream}'");
    }

    private async Task CheckHealthAsync(CancellationToken cancellationToken)
    {
        const string doing = "reach the gateway";
        using var response = await api.SendWithoutSessionAsync(HttpMethod.Get, "/health", null, null, doing, cancellationToken);
        if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
        {
            var report = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new DemoFailure($"AiVideo at {api.Gateway} is not healthy yet ({Unhealthy(report)}): wait until ./run.sh prints \"AiVideo is running at\", then try again.");
        }
        if (!response.IsSuccessStatusCode)
        {
            throw await Problem.OfAsync(response, doing, cancellationToken);
        }
    }

    private static DemoFailure Failed(JsonElement project)
    {
        var message = new StringBuilder($"The video could not be made: project {project.GetProperty("id").GetGuid()} is {project.GetProperty("status").GetString()}");
        if (project.TryGetProperty("failure", out var failure) && failure.ValueKind == JsonValueKind.Object)
        {
            message.Append(CultureInfo.InvariantCulture, $": {failure.GetProperty("message").GetString()}");
            message.Append(CultureInfo.InvariantCulture, $"\n  (stage {failure.GetProperty("stage").GetString()}, code {failure.GetProperty("code").GetString()}");
            if (failure.TryGetProperty("sceneId", out var scene) && scene.ValueKind == JsonValueKind.String)
            {
                var scenes = project.GetProperty("scenes").EnumerateArray().OrderBy(s => s.GetProperty("position").GetInt32()).ToList();
                var number = scenes.FindIndex(s => s.GetProperty("id").GetGuid() == scene.GetGuid()) + 1;
                message.Append(CultureInfo.InvariantCulture, $", scene {number} of {scenes.Count}");
            }
            message.Append(')');
        }
        return new DemoFailure(message.ToString());
    }

    /// <summary>The checks a 503 health report names as not healthy.</summary>
    private static string Unhealthy(string report)
    {
        try
        {
            using var document = JsonDocument.Parse(report);
            var failing = document.RootElement.GetProperty("checks").EnumerateObject()
                .Where(c => c.Value.GetProperty("status").GetString() != "Healthy").Select(c => $"{c.Name} is {c.Value.GetProperty("status").GetString()}").ToList();
            return failing.Count > 0 ? string.Join(", ", failing) : "unhealthy";
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return "unhealthy";
        }
    }

    private static string? Link(JsonElement playback, string name) =>
        playback.ValueKind == JsonValueKind.Object && playback.TryGetProperty(name, out var link) && link.ValueKind == JsonValueKind.String ? link.GetString() : null;

    /// <summary>The project's title: the prompt, shortened at a word when it is long.</summary>
    private static string Title(string prompt)
    {
        if (prompt.Length <= MaxTitleLength)
        {
            return prompt;
        }
        var cut = prompt.LastIndexOf(' ', MaxTitleLength - 1);
        return prompt[..(cut > MaxTitleLength / 2 ? cut : MaxTitleLength - 1)].TrimEnd() + "…";
    }

    /// <summary>A file name made of the title's letters and digits, lower case, words joined by dashes.</summary>
    private static string Slug(string title)
    {
        var slug = new StringBuilder();
        foreach (var c in title.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }
        var text = slug.ToString().Trim('-');
        text = text.Length > 48 ? text[..48].TrimEnd('-') : text;
        return text.Length > 0 ? text : "video";
    }
}
