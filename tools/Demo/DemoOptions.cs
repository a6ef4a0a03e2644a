namespace AiVideo.Demo;

/// <summary>
/// What the demo was asked for: the prompt, the project's length, scene count and aspect ratio, and where the running
/// system is (<c>--url</c>, else <c>AIVIDEO_URL</c>, else the gateway <c>./run.sh</c> starts). The values are checked by
/// projects-api, as any client's would be; here only their form is.
/// </summary>
internal sealed record DemoOptions(string Prompt, int Seconds, int Scenes, string Aspect, Uri Gateway)
{
    public const string UrlVariable = "AIVIDEO_URL";
    public const string DefaultUrl = "http://127.0.0.1:8080";
    public const int DefaultSeconds = 12;
    public const int DefaultScenes = 3;
    public const string DefaultAspect = "16:9";

    public static readonly string Usage = $"""
        Usage: ./run.sh demo "a prompt" [--seconds {DefaultSeconds}] [--scenes {DefaultScenes}] [--aspect {DefaultAspect}|9:16|1:1|4:5] [--url {DefaultUrl}]

        Makes a short video from the prompt on the running AiVideo (start it with ./run.sh in another terminal), with
        narration and captions, shows its progress, and downloads the MP4 to demo-output/. The demo account it uses is
        kept in .apphost/demo-account.json. The system's address: --url, else ${UrlVariable}, else {DefaultUrl}.
        Example: ./run.sh demo "a red fox running through snow at dawn"
        """;

    /// <summary>The options of a command line; a malformed one is a <see cref="DemoFailure"/> with the usage (exit code 2).</summary>
    public static DemoOptions Parse(IReadOnlyList<string> args, string? environmentUrl)
    {
        string? prompt = null;
        var (seconds, scenes, aspect, url) = (DefaultSeconds, DefaultScenes, DefaultAspect, string.IsNullOrWhiteSpace(environmentUrl) ? DefaultUrl : environmentUrl);
        for (var i = 0; i < args.Count; i++)
        {
            var argument = args[i];
            if (!argument.StartsWith("--", StringComparison.Ordinal))
            {
                prompt = prompt is null ? argument : throw Malformed($"Give the prompt as one argument, in quotes (\"{prompt} {argument}\").");
                continue;
            }
            var (name, value) = argument.IndexOf('=') is var equals and > 0
                ? (argument[..equals], argument[(equals + 1)..])
                : (argument, i + 1 < args.Count ? args[++i] : throw Malformed($"{argument} needs a value."));
            switch (name)
            {
                case "--seconds":
                    seconds = Number(name, value);
                    break;
                case "--scenes":
                    scenes = Number(name, value);
                    break;
                case "--aspect":
                    aspect = value;
                    break;
                case "--url":
                    url = value;
                    break;
                default:
                    throw Malformed($"Unknown option {name}.");
            }
        }
        if (string.IsNullOrWhiteSpace(prompt))
        {
            throw Malformed("Say what the video shows, e.g. ./run.sh demo \"a red fox running through snow at dawn\".");
        }
        if (!Uri.TryCreate(url.TrimEnd('/') + "/", UriKind.Absolute, out var gateway) || gateway.Scheme is not ("http" or "https"))
        {
            throw Malformed($"'{url}' is not an http(s) address of the gateway.");
        }
        return new DemoOptions(prompt.Trim(), seconds, scenes, aspect, gateway);
    }

    /// <summary>Whether the command line asks only for the usage.</summary>
    public static bool AsksForHelp(IReadOnlyList<string> args) => args.Any(a => a is "--help" or "-h");

    private static int Number(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : throw Malformed($"{name} takes a whole number, not '{value}'.");

    private static DemoFailure Malformed(string problem) => new($"{problem}\n\n{Usage}", DemoFailure.UsageExitCode);
}
