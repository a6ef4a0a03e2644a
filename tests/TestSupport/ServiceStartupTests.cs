using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace AiVideo.Testing;

/// <summary>What every service must show on start-up: its database migrated, its broker connected, both in /health, and its EF model matching its SQL migrations.</summary>
public abstract class ServiceStartupTests<TEntryPoint, TContext>(string databaseName) : IAsyncLifetime
    where TEntryPoint : class
    where TContext : DbContext
{
    private ServiceApp<TEntryPoint> _app = null!;

    /// <summary>Settings the service cannot start without (beyond its database and broker).</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>();

    public async Task InitializeAsync() => _app = await ServiceApp<TEntryPoint>.CreateAsync(databaseName, Settings);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Health_reports_the_migrated_database_and_the_connected_broker()
    {
        var client = _app.CreateClient();

        var report = await Eventually.Until(async () =>
        {
            var response = await client.GetAsync("/health");
            return (response.StatusCode, Body: await response.Content.ReadFromJsonAsync<JsonElement>());
        }, r => r.StatusCode == HttpStatusCode.OK, "the service reports healthy");

        var checks = report.Body.GetProperty("checks");
        checks.GetProperty("database").GetProperty("status").GetString().Should().Be("Healthy");
        checks.GetProperty("masstransit-bus").GetProperty("status").GetString().Should().Be("Healthy");
        (await client.GetAsync("/alive")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_ef_model_matches_the_schema_the_sql_migrations_create()
    {
        _app.CreateClient(); // starts the host, which migrates the database before it takes requests
        await using var scope = _app.Services.CreateAsyncScope();

        await SchemaAssert.ModelMatchesDatabaseAsync(scope.ServiceProvider.GetRequiredService<TContext>());
    }
}
