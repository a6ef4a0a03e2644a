using System.Net.Http.Headers;
using System.Text;

namespace AiVideo.Testing;

/// <summary>
/// The real servers the tests run against. <c>./test.sh</c> starts them once and passes their addresses in
/// <c>AIVIDEO_POSTGRES</c>, <c>AIVIDEO_RABBITMQ</c>, <c>AIVIDEO_RABBITMQ_MANAGEMENT</c> and <c>AIVIDEO_REDIS</c>; a test run
/// without them (<c>dotnet test</c> alone) starts its own throwaway servers through AppHost, which stops them when the
/// test process exits (AppHost's infrastructure-only mode: the same servers, started the same way, as <c>./run.sh</c> runs).
/// Each test class takes its own database and virtual host, so classes never see each other's data or messages.
/// </summary>
public sealed class TestServers
{
    private static readonly Lazy<Task<TestServers>> Shared = new(StartAsync);
    private static readonly HttpClient Management = new();

    private TestServers(string postgres, string rabbitMq, Uri rabbitMqManagement, string redis, string? s3)
    {
        Postgres = postgres;
        RabbitMq = rabbitMq;
        RabbitMqManagement = rabbitMqManagement;
        Redis = redis;
        _s3 = s3;
    }

    private readonly string? _s3;

    /// <summary>s3rver's fixed credentials.</summary>
    public const string S3AccessKey = "S3RVER";

    public const string S3SecretKey = "S3RVER";

    /// <summary>The S3-compatible server (s3rver) for the S3 storage backend's tests.</summary>
    public string S3 => _s3 ?? throw new InvalidOperationException(
        "No S3-compatible server: ./test.sh installs and starts s3rver (or set AIVIDEO_S3 to one that is running).");

    /// <summary>A connection string to the server's <c>postgres</c> database (for creating others).</summary>
    public string Postgres { get; }

    /// <summary>The broker's default virtual host: <c>amqp://guest:guest@127.0.0.1:port/</c>.</summary>
    public string RabbitMq { get; }

    public Uri RabbitMqManagement { get; }

    public string Redis { get; }

    public static Task<TestServers> GetAsync() => Shared.Value;

    /// <summary>A new empty database; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string purpose = "test")
    {
        var name = $"{Sanitize(purpose)}_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(Postgres);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(Postgres) { Database = name }.ConnectionString;
    }

    /// <summary>A new RabbitMQ virtual host; returns the <c>amqp://</c> connection string to it.</summary>
    public async Task<string> CreateVirtualHostAsync(string purpose = "test")
    {
        var name = $"{Sanitize(purpose)}-{Guid.NewGuid():N}";
        await ManagementPutAsync($"api/vhosts/{name}", "{}");
        await ManagementPutAsync($"api/permissions/{name}/guest", """{"configure":".*","write":".*","read":".*"}""");
        return $"{RabbitMq.TrimEnd('/')}/{name}";
    }

    private async Task ManagementPutAsync(string path, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri(RabbitMqManagement, path))
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String("guest:guest"u8.ToArray()));
        using var response = await Management.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    private static string Sanitize(string purpose) =>
        new string(purpose.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray()).Trim('_') is { Length: > 0 } s
            ? s[..Math.Min(s.Length, 24)]
            : "test";

    private static async Task<TestServers> StartAsync()
    {
        var postgres = Environment.GetEnvironmentVariable("AIVIDEO_POSTGRES");
        var rabbitMq = Environment.GetEnvironmentVariable("AIVIDEO_RABBITMQ");
        var management = Environment.GetEnvironmentVariable("AIVIDEO_RABBITMQ_MANAGEMENT");
        var redis = Environment.GetEnvironmentVariable("AIVIDEO_REDIS");
        if (postgres is not null && rabbitMq is not null && management is not null && redis is not null)
        {
            return new TestServers(postgres, rabbitMq, new Uri(management), redis, Environment.GetEnvironmentVariable("AIVIDEO_S3"));
        }

        // AppHost runs the servers and watches this process: when the test run ends, however it ends, it stops them
        // and deletes their throwaway data.
        var s3rverInstalled = File.Exists(Path.Combine(Repository.Root, ".tools", "s3rver", "node_modules", "s3rver", "package.json"));
        var servers = await InfrastructureProcess.StartAsync(new InfrastructureProcess.Options(StartS3rver: s3rverInstalled));
        var variables = servers.Addresses;
        return new TestServers(variables["AIVIDEO_POSTGRES"], variables["AIVIDEO_RABBITMQ"], new Uri(variables["AIVIDEO_RABBITMQ_MANAGEMENT"]),
            variables["AIVIDEO_REDIS"], variables.GetValueOrDefault("AIVIDEO_S3"));
    }
}
