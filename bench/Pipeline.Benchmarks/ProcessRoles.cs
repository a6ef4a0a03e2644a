namespace AiVideo.Benchmarks.Pipeline;

/// <summary>
/// Which part of the system a process is, from its command line (as bench/platform.sh names them). DCP starts each
/// service through <c>dotnet run</c>, whose host stays beside the service: both count as the service. The tools a
/// service runs (ffmpeg, ffprobe, espeak-ng) are counted apart, under the service that started them.
/// </summary>
public static class ProcessRoles
{
    private static readonly string[] Tools = ["ffmpeg", "ffprobe", "espeak-ng", "espeak"];

    public static bool IsTool(string program) => Tools.Contains(program);

    /// <summary>The role of a process with this command line (arguments joined by spaces) and program name (argv[0]'s file name).</summary>
    public static string Of(string commandLine, string program) => commandLine switch
    {
        _ when commandLine.Contains("AppHost.dll", StringComparison.Ordinal) => "AppHost",
        _ when program is "dcp" or "dcpctrl" or "dcpproc" => "DCP",
        _ when commandLine.Contains("Aspire.Dashboard", StringComparison.Ordinal) => "Aspire dashboard",
        _ when commandLine.Contains("Identity.Api", StringComparison.Ordinal) => "identity-api",
        _ when commandLine.Contains("Projects.Api", StringComparison.Ordinal) => "projects-api",
        _ when commandLine.Contains("MediaStorage.Api", StringComparison.Ordinal) => "media-api",
        _ when commandLine.Contains("Generation.Api", StringComparison.Ordinal) => "generation-api",
        _ when commandLine.Contains("Webhooks.Api", StringComparison.Ordinal) => "webhooks-api",
        _ when commandLine.Contains("Gateway", StringComparison.Ordinal) => "gateway",
        _ when commandLine.Contains("postgres", StringComparison.Ordinal) => "PostgreSQL",
        _ when program is "beam.smp" or "erl_child_setup" or "epmd" or "inet_gethost" || commandLine.Contains("rabbitmq", StringComparison.Ordinal) => "RabbitMQ",
        _ when commandLine.Contains("redis-server", StringComparison.Ordinal) => "Redis",
        _ => $"other ({program})",
    };

    /// <summary>Whether the role is one of the services (identity-api, …), whose children are tools they run.</summary>
    public static bool IsService(string role) => role.EndsWith("-api", StringComparison.Ordinal);

    /// <summary>Whether the command line named no known part (such a process counts as its parent's part when that is known).</summary>
    public static bool IsOther(string role) => role.StartsWith("other (", StringComparison.Ordinal);

    /// <summary>The role of tools run by a process of <paramref name="parentRole"/>.</summary>
    public static string ToolsOf(string parentRole) => $"{parentRole}: its ffmpeg, ffprobe, espeak-ng";
}
