using System.Collections.Concurrent;
using AiVideo.Generation.Application.Abstractions;
using AiVideo.Generation.Application.Jobs;
using AiVideo.Generation.Application.Providers;
using AiVideo.Generation.Application.Usage;
using AiVideo.Generation.Domain.Usage;
using AiVideo.Generation.Infrastructure.Local;
using AiVideo.Generation.Infrastructure.Providers;
using AiVideo.Generation.Infrastructure.Providers.Cloud;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AiVideo.Generation.FunctionalTests.CloudProviders;

/// <summary>
/// Cloud adapters as the service wires them (<c>AddCloudProviders</c> over the local tools, <see cref="ProviderMedia"/> and
/// the usage record), for providers configured in <c>Generation:Providers</c> by the test class, each at its fake's
/// address; the provider calls they record are kept here, and workspaces live under a folder of the fixture's own.
/// </summary>
public sealed class CloudAdapters : IDisposable, IProviderCalls
{
    private readonly ServiceProvider _services;
    private readonly ConcurrentQueue<ProviderCall> _calls = new();

    public CloudAdapters(IReadOnlyDictionary<string, string?> settings)
    {
        Root = Directory.CreateTempSubdirectory("aivideo-cloud-adapters-").FullName;
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Providers:Local:WorkspaceRoot"] = Path.Combine(Root, "workspaces") })
            .AddInMemoryCollection(settings)
            .Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddLocalMediaProviders(configuration);
        services.AddSingleton(new RegisteredProvider(LocalMediaProviders.Name));
        services.AddSingleton<IMediaProviders, KeyedMediaProviders>();
        services.AddOptions<ProviderOptions>().Bind(configuration.GetSection(ProviderOptions.SectionName));
        services.AddSingleton<ProviderCatalog>();
        services.AddSingleton<RecordProviderCall>();
        services.AddSingleton<IProviderCalls>(this);
        services.AddSingleton<ProviderMedia>();
        services.AddCloudProviders(configuration);
        _services = services.BuildServiceProvider();
    }

    public string Root { get; }

    /// <summary>A provider's implementation of a port, as a job would get it.</summary>
    public T Port<T>(string provider) where T : class => _services.GetRequiredService<IMediaProviders>().Get<T>(provider);

    public bool Serves<T>(string provider) => _services.GetRequiredService<IMediaProviders>().Serves(provider, typeof(T));

    public MediaWorkspace Workspace() => _services.GetRequiredService<IMediaWorkspaces>().Create("cloud-test");

    /// <summary>Runs what follows, until disposed, as a job of <paramref name="kind"/> on <paramref name="provider"/> (its provider calls are recorded against it).</summary>
    public RunningJob AsJob(string provider, string kind)
    {
        var job = new ClaimedJob(Guid.NewGuid(), Guid.NewGuid(), CompanyId, null, null, null, kind, provider, null, "{}", 1, "test-worker", null);
        return new RunningJob(job.JobId, CurrentJob.Enter(job));
    }

    /// <summary>The provider calls recorded for one job.</summary>
    public IReadOnlyList<ProviderCall> CallsOf(RunningJob job) => [.. _calls.Where(c => c.JobId == job.JobId)];

    public Guid CompanyId { get; } = Guid.NewGuid();

    /// <summary>A picture of the scene, as a PNG in the fixture's folder.</summary>
    public string Picture(int width, int height)
    {
        var path = Path.Combine(Root, $"picture-{Guid.NewGuid():N}.png");
        File.WriteAllBytes(path, Service.MediaUploads.Picture(width, height));
        return path;
    }

    public Task RecordAsync(ProviderCall call, CancellationToken cancellationToken)
    {
        _calls.Enqueue(call);
        return Task.CompletedTask;
    }

    public Task<decimal> CostAsync(Guid companyId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        Task.FromResult(_calls.Where(c => c.CompanyId == companyId).Sum(c => c.Cost));

    public Task<IReadOnlyList<UsageLine>> SummaryAsync(Guid companyId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<UsageLine>>([]);

    public void Dispose()
    {
        _services.Dispose();
        Directory.Delete(Root, recursive: true);
    }
}

/// <summary>A job the adapters' calls are recorded against while it is not disposed.</summary>
public sealed class RunningJob(Guid jobId, IDisposable scope) : IDisposable
{
    public Guid JobId { get; } = jobId;

    public void Dispose() => scope.Dispose();
}
