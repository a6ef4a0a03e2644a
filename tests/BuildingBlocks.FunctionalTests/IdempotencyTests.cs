using System.Net;
using System.Net.Http.Json;
using AiVideo.BuildingBlocks.Idempotency;
using AiVideo.BuildingBlocks.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;

namespace AiVideo.BuildingBlocks.FunctionalTests;

public sealed class IdempotencyTests : IAsyncLifetime
{
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string _database = "";
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    private sealed record CreateNote(string Text, bool Wait = false);

    public async Task InitializeAsync()
    {
        _database = await (await TestServers.GetAsync()).CreateDatabaseAsync("idempotency");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseTestServer();
        builder.Configuration[$"ConnectionStrings:{NotesContext.ConnectionName}"] = _database;
        builder.Services.AddProblemDetails();
        builder.AddServiceDatabase<NotesContext>(NotesContext.ConnectionName, typeof(NotesContext).Assembly, NotesContext.MigrationsSource);
        builder.AddIdempotency<NotesContext>();
        _app = builder.Build();
        _app.UseExceptionHandler();
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
        await _app.StartAsync();
        _client = _app.GetTestClient();
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
        await _client.PostAsJsonAsync("/notes", new CreateNote("plain"));
        await _client.PostAsJsonAsync("/notes", new CreateNote("plain"));

        (await CountAsync("plain")).Should().Be(2);
    }

    [Fact]
    public async Task An_overlong_key_is_refused()
    {
        var response = await PostAsync(new string('k', 256), new CreateNote("long key"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await CountAsync("long key")).Should().Be(0);
    }

    private async Task<bool> CountWaitingOnLocksAsync()
    {
        await using var connection = new NpgsqlConnection(_database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", connection);
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }

    private Task<HttpResponseMessage> PostAsync(string key, CreateNote body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/notes") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return _client.SendAsync(request);
    }

    private async Task<int> CountAsync(string text)
    {
        await using var db = NotesHost.OpenContext(_database);
        return await db.Notes.CountAsync(n => n.Text == text);
    }
}
