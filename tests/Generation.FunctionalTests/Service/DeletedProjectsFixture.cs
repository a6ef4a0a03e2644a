using AiVideo.MediaStorage.Application.Files;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace AiVideo.Generation.FunctionalTests.Service;

/// <summary>
/// The system with generation-api on a clock the tests can move and its consumed messages counted; deleted projects are
/// remembered for two days and the retention sweep runs every second.
/// </summary>
public sealed class DeletedProjectsFixture : GenerationFixture
{
    public TestClock Clock { get; } = new();

    /// <summary>Every message generation-api's consumers finished with (handled, or skipped as already handled).</summary>
    public DeliveryCounter Deliveries { get; } = new();

    protected override IReadOnlyDictionary<string, string?> ExtraSettings { get; } = new Dictionary<string, string?>
    {
        ["Retention:SweepInterval"] = "00:00:01",
        ["Retention:DeletedProjects"] = "2.00:00:00",
    };

    protected override void ConfigureGeneration(IServiceCollection services)
    {
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<IConsumeObserver>(Deliveries);
    }

    /// <summary>Publishes a message as another service would and waits until generation-api has consumed it.</summary>
    public async Task DeliverAsync<T>(T message) where T : class
    {
        var messageId = NewId.NextGuid();
        await PublishAsync(message, messageId);
        await Eventually.True(() => Deliveries.Of(messageId) == 1, $"generation-api consumed the {typeof(T).Name}");
    }

    /// <summary>projects-api deletes the project: both services hear of it; returns once generation has.</summary>
    public Task DeleteProjectAsync(Account account, Guid projectId) =>
        DeliverAsync(new ProjectDeleted(projectId, account.CompanyId, account.UserId, DateTimeOffset.UtcNow));

    /// <summary>media-api alone has handled the project's deletion so far (generation's copy of the event is still on its way).</summary>
    public async Task DeleteProjectInMediaAsync(Account account, Guid projectId)
    {
        await using var scope = Media.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DeleteProjectFiles>().ExecuteAsync(account.CompanyId, projectId, CancellationToken.None);
    }

    /// <summary>Whether media-api remembers the project as deleted.</summary>
    public async Task<bool> MediaRemembersAsync(Guid projectId)
    {
        await using var db = new MediaStorage.Infrastructure.Persistence.MediaContext(
            new DbContextOptionsBuilder<MediaStorage.Infrastructure.Persistence.MediaContext>().UseNpgsql(Media.DatabaseConnectionString).Options);
        return await db.DeletedProjects.AnyAsync(p => p.ProjectId == projectId);
    }

    /// <summary>Whether generation-api remembers the project as deleted.</summary>
    public async Task<bool> RememberedAsync(Guid projectId)
    {
        await using var db = OpenDatabase();
        return await db.DeletedProjects.AnyAsync(p => p.ProjectId == projectId);
    }
}
