namespace AiVideo.Projects.FunctionalTests;

/// <summary>projects-api started once per test class (which migrates its own new database), and fresh contexts on that database.</summary>
public sealed class ProjectsDatabaseFixture : IAsyncLifetime
{
    public ServiceApp<ProjectsApi> App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        App = await ServiceApp<ProjectsApi>.CreateAsync(ResourceNames.ProjectsDatabase);
        App.CreateClient(); // starts the host, which migrates the database before it takes requests
    }

    public async Task DisposeAsync() => await App.DisposeAsync();

    public ProjectsContext OpenDatabase() =>
        new(new DbContextOptionsBuilder<ProjectsContext>().UseNpgsql(App.DatabaseConnectionString).Options);
}
