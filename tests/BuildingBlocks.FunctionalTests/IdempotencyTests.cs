using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using AiVideo.BuildingBlocks.Idempotency;
using AiVideo.BuildingBlocks.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;

namespace AiVideo.BuildingBlocks.FunctionalTests;

public sealed class IdempotencyTests : IAsyncLifetime
{
    private const string FingerprintKey = "the-fingerprint-key-of-the-idempotency-tests";
    private static readonly Caller Alice = new("alice", "company-1");

    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string _database = "";
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    private sealed record CreateNote(string Text, bool Wait = false);

    /// <summary>Who sends a request (the test host authenticates the headers); a null subject is anonymous.</summary>
    private sealed record Caller(string? Subject, string? Company = null, string? ApiKey = null);

    /// <summary>A note with a secret that is shown once: the shape of an API-key or a webhook-endpoint creation.</summary>
    private sealed record NoteWithSecret(Guid Id, string Text, string? Secret, string? Notice = null);

    public async Task InitializeAsync()
    {
        _database = await (await TestServers.GetAsync()).CreateDatabaseAsync("idempotency");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseTestServer();
        builder.Configuration[$"ConnectionStrings:{NotesContext.ConnectionName}"] = _database;
        builder.Configuration["Idempotency:FingerprintKey"] = FingerprintKey;
        builder.Services.AddProblemDetails();
        builder.Services.AddAuthentication(HeaderAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, HeaderAuthentication>(HeaderAuthentication.SchemeName, null);
        builder.AddServiceDatabase<NotesContext>(NotesContext.ConnectionName, typeof(NotesContext).Assembly, NotesContext.MigrationsSource);
        builder.AddIdempotency<NotesContext>();
        _app = builder.Build();
        _app.UseExceptionHandler();
        _app.UseAuthentication();
        _app.UseIdempotency();
        _app.MapPost("/notes", async (CreateNote request, NotesContext db) =>
        {
            if (request.Text.Length == 0)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["text"] = ["A note needs text."] });
            }
            var note = new Note { Text = request.Text };
            db.Notes.Add(note);
            await db.SaveChangesAsync();
            if (request.Wait)
            {
                _entered.TrySetResult();
                await _gate.Task;
            }
            if (request.Text == "explode")
            {
                throw new InvalidOperationException("The handler failed after saving.");
            }
            return Results.Created($"/notes/{note.Id}", new { note.Id, note.Text });
        }).WithIdempotency();
        _app.MapPost("/secret-notes", async (CreateNote request, NotesContext db, HttpContext http) =>
        {
            var note = new Note { Text = request.Text };
            db.Notes.Add(note);
            await db.SaveChangesAsync();
            http.SetIdempotentResource(note.Id);
            return Results.Created($"/secret-notes/{note.Id}", new NoteWithSecret(note.Id, note.Text, $"secret-{Guid.NewGuid():N}"));
        }).WithIdempotencyRebuiltBy<SecretNoteReplay>();
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    /// <summary>Answers a repeated secret-note creation from the stored note id: the note again, its secret not.</summary>
    private sealed class SecretNoteReplay(NotesContext db) : IIdempotentReplay
    {
        public async Task<IResult> ReplayAsync(HttpContext http, string resourceId, CancellationToken cancellationToken)
        {
            var note = await db.Notes.SingleAsync(n => n.Id == Guid.Parse(resourceId), cancellationToken);
            return Results.Created($"/secret-notes/{note.Id}", new NoteWithSecret(note.Id, note.Text, null, "The secret was shown once."));
        }
    }

    public async Task DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task The_same_key_and_body_answer_the_first_response_again_and_create_nothing_more()
    {
        var first = await PostAsync("key-1", new CreateNote("hello"));
        var second = await PostAsync("key-1", new CreateNote("hello"));

        first.StatusCode.Should().Be(HttpStatusCode.Created);
        second.StatusCode.Should().Be(HttpStatusCode.Created);
        (await second.Content.ReadAsStringAsync()).Should().Be(await first.Content.ReadAsStringAsync());
        second.Headers.Location.Should().Be(first.Headers.Location);
        second.Headers.GetValues("Idempotent-Replayed").Should().Equal("true");
        (await CountAsync("hello")).Should().Be(1);
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_a_conflict()
    {
        await PostAsync("key-2", new CreateNote("one"));

        var other = await PostAsync("key-2", new CreateNote("two"));

        other.StatusCode.Should().Be(HttpStatusCode.Conflict);
        other.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await other.Content.ReadAsStringAsync()).Should().Contain("Idempotency-Key was used for another request");
        (await CountAsync("two")).Should().Be(0);
    }

    [Fact]
    public async Task Concurrent_requests_with_one_key_create_one_note_and_both_get_its_response()
    {
        var first = PostAsync("key-3", new CreateNote("together", Wait: true));
        await _entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var second = PostAsync("key-3", new CreateNote("together", Wait: true));
        await Eventually.True(async () => await CountWaitingOnLocksAsync(), "the second request is blocked on the key row");
        _gate.SetResult();

        var responses = await Task.WhenAll(first, second);

        responses.Should().AllSatisfy(r => r.StatusCode.Should().Be(HttpStatusCode.Created));
        (await responses[1].Content.ReadAsStringAsync()).Should().Be(await responses[0].Content.ReadAsStringAsync());
        (await CountAsync("together")).Should().Be(1);
    }

    [Fact]
    public async Task A_refused_request_keeps_no_key_so_the_corrected_retry_succeeds()
    {
        var refused = await PostAsync("key-4", new CreateNote(""));
        var corrected = await PostAsync("key-4", new CreateNote("fixed"));

        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        corrected.StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_request_that_fails_after_saving_rolls_back_its_changes_and_its_key()
    {
        var failed = await PostAsync("key-5", new CreateNote("explode"));

        failed.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        (await CountAsync("explode")).Should().Be(0, "the note saved before the failure was rolled back with the key");
        await using var db = NotesHost.OpenContext(_database);
        (await db.Set<IdempotencyRecord>().CountAsync(r => r.Key == "key-5")).Should().Be(0);
    }

    [Fact]
    public async Task Requests_without_a_key_are_not_deduplicated()
    {
        await PostAsync(null, new CreateNote("plain"));
        await PostAsync(null, new CreateNote("plain"));

        (await CountAsync("plain")).Should().Be(2);
    }

    [Fact]
    public async Task An_overlong_key_is_refused()
    {
        var response = await PostAsync(new string('k', 256), new CreateNote("long key"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await CountAsync("long key")).Should().Be(0);
    }

    [Fact]
    public async Task A_key_lives_in_the_namespace_of_the_callers_user_company_and_api_key()
    {
        var callers = new[]
        {
            Alice, new Caller("alice", "company-2"), new Caller("alice", "company-1", "api-key-1"), new Caller("alice", "company-1", "api-key-2"),
            new Caller("bob", "company-1"),
        };

        var answers = new List<HttpResponseMessage>();
        foreach (var caller in callers)
        {
            answers.Add(await PostAsync("shared-key", new CreateNote("namespaced"), caller));
        }
        var again = await PostAsync("shared-key", new CreateNote("namespaced"), new Caller("alice", "company-1", "api-key-2"));

        answers.Should().AllSatisfy(a => a.Headers.Contains("Idempotent-Replayed").Should().BeFalse("another caller's answer is never replayed"));
        (await CountAsync("namespaced")).Should().Be(callers.Length, "each caller's first request ran");
        again.Headers.GetValues("Idempotent-Replayed").Should().Equal("true");
        (await again.Content.ReadAsStringAsync()).Should().Be(await answers[3].Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_anonymous_callers_key_is_not_honoured_so_no_anonymous_caller_gets_anothers_answer()
    {
        var first = await PostAsync("anonymous-key", new CreateNote("anonymous"), new Caller(null));
        var second = await PostAsync("anonymous-key", new CreateNote("anonymous"), new Caller(null));

        first.StatusCode.Should().Be(HttpStatusCode.Created);
        second.StatusCode.Should().Be(HttpStatusCode.Created);
        second.Headers.Contains("Idempotent-Replayed").Should().BeFalse();
        (await second.Content.ReadAsStringAsync()).Should().NotBe(await first.Content.ReadAsStringAsync());
        await using var db = NotesHost.OpenContext(_database);
        (await db.Set<IdempotencyRecord>().CountAsync(r => r.Key == "anonymous-key")).Should().Be(0, "no namespace is shared by anonymous callers");
    }

    [Fact]
    public async Task The_stored_fingerprint_is_a_keyed_hash_of_the_request_not_a_plain_sha_256()
    {
        var body = new CreateNote("fingerprinted");
        await PostAsync("key-6", body);

        await using var db = NotesHost.OpenContext(_database);
        var stored = (await db.Set<IdempotencyRecord>().SingleAsync(r => r.Key == "key-6")).RequestHash;
        var request = Encoding.UTF8.GetBytes("POST /notes\n").Concat(await JsonContent.Create(body).ReadAsByteArrayAsync()).ToArray();
        stored.Should().NotBe(Convert.ToHexStringLower(SHA256.HashData(request)), "a plain hash of a body can be tested against guesses of it");
        stored.Should().Be(Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(FingerprintKey), request)));
    }

    [Fact]
    public async Task An_answer_holding_a_credential_is_not_stored_and_its_replay_is_rebuilt_without_it()
    {
        var first = await PostAsync("key-7", new CreateNote("with a secret"), path: "/secret-notes");
        var again = await PostAsync("key-7", new CreateNote("with a secret"), path: "/secret-notes");

        var created = (await first.Content.ReadFromJsonAsync<NoteWithSecret>())!;
        var replayed = (await again.Content.ReadFromJsonAsync<NoteWithSecret>())!;
        created.Secret.Should().StartWith("secret-");
        again.StatusCode.Should().Be(HttpStatusCode.Created);
        again.Headers.GetValues("Idempotent-Replayed").Should().Equal("true");
        again.Headers.Location.Should().Be(first.Headers.Location);
        replayed.Should().Be(created with { Secret = null, Notice = "The secret was shown once." });
        (await CountAsync("with a secret")).Should().Be(1);
        await using var db = NotesHost.OpenContext(_database);
        var record = await db.Set<IdempotencyRecord>().SingleAsync(r => r.Key == "key-7");
        record.ResourceId.Should().Be(created.Id.ToString());
        record.ResponseBody.Should().BeEmpty();
        Encoding.UTF8.GetString(record.ResponseBody).Should().NotContain(created.Secret!);
    }

    [Fact]
    public async Task A_service_without_a_fingerprint_key_does_not_start()
    {
        var builder = NotesHost.CreateBuilder(_database);
        builder.AddIdempotency<NotesContext>();
        using var host = builder.Build();

        var start = () => host.StartAsync();

        (await start.Should().ThrowAsync<Microsoft.Extensions.Options.OptionsValidationException>()).Which.Message.Should().Contain("FingerprintKey");
    }

    private async Task<bool> CountWaitingOnLocksAsync()
    {
        await using var connection = new NpgsqlConnection(_database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", connection);
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }

    private Task<HttpResponseMessage> PostAsync(string? key, CreateNote body, Caller? caller = null, string path = "/notes")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }
        caller ??= Alice;
        foreach (var (header, value) in new[] { (HeaderAuthentication.Subject, caller.Subject), (HeaderAuthentication.Company, caller.Company), (HeaderAuthentication.ApiKey, caller.ApiKey) })
        {
            if (value is not null)
            {
                request.Headers.Add(header, value);
            }
        }
        return _client.SendAsync(request);
    }

    private async Task<int> CountAsync(string text)
    {
        await using var db = NotesHost.OpenContext(_database);
        return await db.Notes.CountAsync(n => n.Text == text);
    }
}
