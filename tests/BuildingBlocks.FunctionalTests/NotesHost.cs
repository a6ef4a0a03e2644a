using AiVideo.BuildingBlocks.Persistence;

namespace AiVideo.BuildingBlocks.FunctionalTests;

/// <summary>Builds in-process hosts of the notes test service against a test database (and event bus).</summary>
internal static class NotesHost
{
    public static HostApplicationBuilder CreateBuilder(string database, string? eventBus = null, IDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing", DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{NotesContext.ConnectionName}"] = database,
            ["ConnectionStrings:eventbus"] = eventBus,
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }
        builder.AddServiceDatabase<NotesContext>(NotesContext.ConnectionName, typeof(NotesContext).Assembly, NotesContext.MigrationsSource);
        return builder;
    }

    public static async Task<T> WithContextAsync<T>(this IHost host, Func<NotesContext, Task<T>> work)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<NotesContext>());
    }

    /// <summary>A context on the database outside any host (for assertions).</summary>
    public static NotesContext OpenContext(string database) =>
        new(new DbContextOptionsBuilder<NotesContext>().UseNpgsql(database).Options);
}
