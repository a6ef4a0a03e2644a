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
/// The provider adapters as generation-api wires them (<c>AddLocalMediaProviders</c>, <c>AddCloudProviders</c>, the
/// catalog), configured by a test's settings, with the calls they record kept in memory and the running job set around
/// each call, and a workspace of their own.
/// </summary>
public sealed class ProviderHarness : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly string _root = Directory.CreateTempSubdirectory("provider-harness-").FullName;

    public ProviderHarness(IDictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Providers:Local:WorkspaceRoot"] = Path.Combine(_root, "workspaces") })
            .AddInMemoryCollection(settings)
            .Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(TimeProvider.System);
        services.AddLocalMediaProviders(configuration);
        services.AddSingleton(new RegisteredProvider(LocalMediaProviders.Name));
        services.AddSingleton<ProviderMedia>();
        services.AddCloudProviders(configuration);
        services.AddOptions<ProviderOptions>().Bind(configuration.GetSection(ProviderOptions.SectionName));
        services.AddSingleton<IMediaProviders, KeyedMediaProviders>();
        services.AddSingleton<ProviderCatalog>();
        services.AddSingleton<RecordProviderCall>();
        services.AddSingleton<IProviderCalls>(Calls);
        _services = services.BuildServiceProvider();
    }

    public RecordedCalls Calls { get; } = new();

    public ClaimedJob Job { get; } = new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), null, null, null, JobKinds.Image, "openai", null, "{}", 1, "test", null);

    public T Port<T>(string provider) where T : class => _services.GetRequiredService<IMediaProviders>().Get<T>(provider);

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public MediaWorkspace NewWorkspace() => MediaWorkspace.Create(Path.Combine(_root, "workspaces"));

    /// <summary>Runs <paramref name="work"/> as the harness's job runs it (its calls recorded against <see cref="Job"/>).</summary>
    public async Task<T> AsJobAsync<T>(Func<Task<T>> work)
    {
        using var running = CurrentJob.Enter(Job);
        return await work();
    }

    public void Dispose()
    {
        _services.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    /// <summary>The provider calls recorded, kept in memory (generation-api's table is tested through the service).</summary>
    public sealed class RecordedCalls : IProviderCalls
    {
        private readonly List<ProviderCall> _calls = [];

        public IReadOnlyList<ProviderCall> All
        {
            get
            {
                lock (_calls)
                {
                    return [.. _calls];
                }
            }
        }

        public Task RecordAsync(ProviderCall call, CancellationToken cancellationToken)
        {
            lock (_calls)
            {
                _calls.Add(call);
            }
            return Task.CompletedTask;
        }

        public Task<decimal> CostAsync(Guid companyId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
            Task.FromResult(All.Where(c => c.CompanyId == companyId).Sum(c => c.Cost));

        public Task<IReadOnlyList<UsageLine>> SummaryAsync(Guid companyId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<UsageLine>>([]);
    }
}
