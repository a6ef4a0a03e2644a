using AiVideo.BuildingBlocks.Paging;
using AiVideo.SharedKernel.Paging;

namespace AiVideo.BuildingBlocks.FunctionalTests;

public sealed class PagingTests
{
    [Fact]
    public async Task Pages_walk_the_whole_list_newest_first_without_gaps_or_repeats()
    {
        var database = await (await TestServers.GetAsync()).CreateDatabaseAsync("paging");
        using var host = NotesHost.CreateBuilder(database).Build();
        await host.StartAsync();
        await using var db = NotesHost.OpenContext(database);
        var created = new List<Guid>();
        for (var i = 0; i < 45; i++)
        {
            var note = new Note { Id = Guid.CreateVersion7(DateTimeOffset.UtcNow.AddMilliseconds(i)), Text = $"note {i}" };
            db.Notes.Add(note);
            created.Add(note.Id);
        }
        await db.SaveChangesAsync();

        var pages = new List<CursorPage<Note>>();
        var page = PageRequest.First(20);
        while (true)
        {
            var result = await db.Notes.AsNoTracking().ToCursorPageAsync(n => n.Id, page, CancellationToken.None);
            pages.Add(result);
            if (result.NextCursor is null)
            {
                break;
            }
            PageRequest.TryCreate(result.NextCursor, 20, out page, out _).Should().BeTrue();
        }

        pages.Select(p => p.Items.Count).Should().Equal(20, 20, 5);
        pages.SelectMany(p => p.Items).Select(n => n.Id).Should().Equal(created.AsEnumerable().Reverse());
        await host.StopAsync();
    }

    [Theory]
    [InlineData("not-a-cursor", 10, "cursor")]
    [InlineData(null, 0, "limit")]
    [InlineData(null, 101, "limit")]
    public void A_page_request_says_which_parameter_is_wrong(string? cursor, int limit, string field)
    {
        PageRequest.TryCreate(cursor, limit, out _, out var errors).Should().BeFalse();

        errors.Should().ContainKey(field);
    }

    [Fact]
    public void A_cursor_round_trips_the_id_it_encodes()
    {
        var id = Guid.CreateVersion7();

        var cursor = Cursor.Encode(id);

        cursor.Should().MatchRegex("^[A-Za-z0-9_-]{22}$");
        Cursor.TryDecode(cursor, out var decoded).Should().BeTrue();
        decoded.Should().Be(id);
    }
}
