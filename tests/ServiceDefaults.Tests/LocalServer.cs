using Microsoft.Extensions.Logging;

namespace AiVideo.ServiceDefaults.Tests;

/// <summary>A small real HTTP server on a loopback port, for clients under test to call.</summary>
public sealed class LocalServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LocalServer(WebApplication app) => _app = app;

    public Uri Address => new(_app.Urls.Single());

    public static async Task<LocalServer> StartAsync(Action<WebApplication> map)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        return new LocalServer(app);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
