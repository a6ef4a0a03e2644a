using AiVideo.Generation.Application.Media;
using AiVideo.Generation.Infrastructure.Local;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AiVideo.Generation.FunctionalTests.LocalProviders;

/// <summary>
/// The local media providers as the service wires them (<c>AddLocalMediaProviders</c>), with real ffmpeg, ffprobe and
/// espeak-ng, their workspaces under a folder of the fixture's own that is removed afterwards.
/// </summary>
public sealed class LocalMediaFixture : IDisposable
{
    private readonly ServiceProvider _services;

    public LocalMediaFixture()
        : this(new Dictionary<string, string?>())
    {
    }

    private LocalMediaFixture(IDictionary<string, string?> settings)
    {
        Root = Path.Combine(Path.GetTempPath(), $"aivideo-media-tests-{Guid.NewGuid():N}");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Providers:Local:WorkspaceRoot"] = Path.Combine(Root, "workspaces") })
            .AddInMemoryCollection(settings)
            .Build();
        _services = new ServiceCollection().AddLogging().AddLocalMediaProviders(configuration).BuildServiceProvider();
        Directory.CreateDirectory(Path.Combine(Root, "inputs"));
    }

    /// <summary>Providers with settings of their own (e.g. a short timeout), for a test that disposes them.</summary>
    public static LocalMediaFixture With(IDictionary<string, string?> settings) => new(settings);

    /// <summary>The fixture's own folder: workspaces under <c>workspaces/</c>, test inputs under <c>inputs/</c>.</summary>
    public string Root { get; }

    public string WorkspaceRoot => Path.Combine(Root, "workspaces");

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public MediaWorkspace Workspace() => Get<IMediaWorkspaces>().Create("test");

    /// <summary>A path for a test input file that outlives workspaces.</summary>
    public string Input(string name) => Path.Combine(Root, "inputs", $"{Guid.NewGuid():N}-{name}");

    public void Dispose()
    {
        _services.Dispose();
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
