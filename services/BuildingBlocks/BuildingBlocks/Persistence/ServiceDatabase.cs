namespace AiVideo.BuildingBlocks.Persistence;

/// <summary>The database a service owns: its connection name and a data source for work outside EF (migrations, health).</summary>
public sealed class ServiceDatabase(string name, NpgsqlDataSource dataSource) : IAsyncDisposable
{
    public string Name { get; } = name;

    public NpgsqlDataSource DataSource { get; } = dataSource;

    public string ConnectionString => DataSource.ConnectionString;

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
