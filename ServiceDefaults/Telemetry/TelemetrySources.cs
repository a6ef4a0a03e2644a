namespace AiVideo.ServiceDefaults.Telemetry;

/// <summary>The activity sources and meters the services listen to (the instrumentation packages are not available).</summary>
public static class TelemetrySources
{
    /// <summary>The prefix of the project's own sources and meters (e.g. <c>AiVideo.Outbox</c>).</summary>
    public const string ProjectPrefix = "AiVideo";

    public static readonly string[] ActivitySources =
    [
        "Microsoft.AspNetCore",
        "System.Net.Http",
        "Npgsql",
        "MassTransit",
        ProjectPrefix + ".*",
    ];

    public static readonly string[] Meters =
    [
        "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Server.Kestrel",
        "Microsoft.AspNetCore.Http.Connections",
        "System.Net.Http",
        "System.Runtime",
        "Npgsql",
        "MassTransit",
        ProjectPrefix + ".*",
    ];
}
