namespace AiVideo.Webhooks.FunctionalTests;

/// <summary><c>/api/webhook-endpoints</c> and <c>/api/webhook-deliveries</c> as a company's admins, members, API keys and other companies use them.</summary>
public sealed class EndpointApiTests(WebhooksFixture service) : IClassFixture<WebhooksFixture>
{
    private Task<HttpResponseMessage> Send(HttpMethod method, string path, string? token, object? body = null) => service.SendAsync(method, path, token, body);

    [Fact]
    public async Task An_admin_creates_an_endpoint_whose_secret_is_shown_once()
    {
        var admin = await service.SignUpAsync();
        var hook = service.Receiver.NewHook();

        var response = await Send(HttpMethod.Post, "/api/webhook-endpoints", admin.Token,
            new { url = hook.Url, eventTypes = new[] { "video.ready", "project.completed", "video.ready" }, description = "  Render farm  " });

        var created = await Http.JsonAsync(response, HttpStatusCode.Created);
        var endpoint = created.GetProperty("endpoint");
        var id = endpoint.GetProperty("id").GetGuid();
        response.Headers.Location!.ToString().Should().Be($"/api/webhook-endpoints/{id}");
        var secret = created.GetProperty("secret").GetString()!;
        secret.Should().StartWith("whsec_");
        Convert.FromBase64String(secret["whsec_".Length..]).Should().HaveCount(32);
        endpoint.GetProperty("url").GetString().Should().Be(hook.Url);
        endpoint.GetProperty("eventTypes").EnumerateArray().Select(e => e.GetString()).Should().Equal("project.completed", "video.ready");
        endpoint.GetProperty("description").GetString().Should().Be("Render farm");
        endpoint.GetProperty("enabled").GetBoolean().Should().BeTrue();

        var fetched = await service.GetEndpointAsync(admin, id);
        var listed = await Http.JsonAsync(await Send(HttpMethod.Get, "/api/webhook-endpoints", admin.Token), HttpStatusCode.OK);
        fetched.TryGetProperty("secret", out _).Should().BeFalse("the secret is shown once");
        fetched.GetRawText().Should().NotContain(secret["whsec_".Length..]);
        listed.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetGuid()).Should().Equal(id);
    }

    [Fact]
    public async Task A_patch_changes_only_what_it_names_and_disabling_and_enabling_say_why()
    {
        var admin = await service.SignUpAsync();
        var endpoint = await service.CreateEndpointAsync(admin, service.Receiver.NewHook(), WebhookEventTypes.VideoReady);
        var other = service.Receiver.NewHook();

        var retyped = await Http.JsonAsync(await Send(HttpMethod.Patch, $"/api/webhook-endpoints/{endpoint.Id}", admin.Token,
            new { eventTypes = new[] { "generation.failed" } }), HttpStatusCode.OK);
        var moved = await Http.JsonAsync(await Send(HttpMethod.Patch, $"/api/webhook-endpoints/{endpoint.Id}", admin.Token,
            new { url = other.Url, description = "" }), HttpStatusCode.OK);
        var disabled = await Http.JsonAsync(await Send(HttpMethod.Patch, $"/api/webhook-endpoints/{endpoint.Id}", admin.Token, new { enabled = false }), HttpStatusCode.OK);
        var enabled = await Http.JsonAsync(await Send(HttpMethod.Patch, $"/api/webhook-endpoints/{endpoint.Id}", admin.Token, new { enabled = true }), HttpStatusCode.OK);

        retyped.GetProperty("eventTypes").EnumerateArray().Select(e => e.GetString()).Should().Equal("generation.failed");
        retyped.GetProperty("url").GetString().Should().Be(endpoint.Hook.Url);
        retyped.GetProperty("description").GetString().Should().Be("tests");
        moved.GetProperty("url").GetString().Should().Be(other.Url);
        moved.GetProperty("description").ValueKind.Should().Be(JsonValueKind.Null);
        moved.GetProperty("eventTypes").EnumerateArray().Select(e => e.GetString()).Should().Equal("generation.failed");
        disabled.GetProperty("enabled").GetBoolean().Should().BeFalse();
        disabled.GetProperty("disabledReason").GetString().Should().Be("by_user");
        enabled.GetProperty("enabled").GetBoolean().Should().BeTrue();
        enabled.GetProperty("disabledReason").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task Rotating_gives_a_new_secret_once_and_says_until_when_the_old_one_still_signs()
    {
        var admin = await service.SignUpAsync();
        var endpoint = await service.CreateEndpointAsync(admin, service.Receiver.NewHook());
        var before = service.Clock.GetUtcNow();

        var rotated = await Http.JsonAsync(await Send(HttpMethod.Post, $"/api/webhook-endpoints/{endpoint.Id}/rotate-secret", admin.Token), HttpStatusCode.OK);

        var secret = rotated.GetProperty("secret").GetString()!;
        secret.Should().StartWith("whsec_").And.NotBe(endpoint.Secret);
        var view = rotated.GetProperty("endpoint");
        view.GetProperty("secretRotatedAt").GetDateTimeOffset().Should().BeOnOrAfter(before.AddSeconds(-1));
        view.GetProperty("previousSecretExpiresAt").GetDateTimeOffset().Should().BeCloseTo(before.AddHours(24), TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task Deleting_an_endpoint_takes_its_deliveries_with_it()
    {
        var admin = await service.SignUpAsync();
        var endpoint = await service.CreateEndpointAsync(admin, service.Receiver.NewHook());
        var ping = await Http.JsonAsync(await Send(HttpMethod.Post, $"/api/webhook-endpoints/{endpoint.Id}/test", admin.Token), HttpStatusCode.Accepted);
        var deliveryId = ping.GetProperty("id").GetGuid();

        await Http.Expect(await Send(HttpMethod.Delete, $"/api/webhook-endpoints/{endpoint.Id}", admin.Token), HttpStatusCode.NoContent);

        await Http.Expect(await Send(HttpMethod.Get, $"/api/webhook-endpoints/{endpoint.Id}", admin.Token), HttpStatusCode.NotFound);
        await Http.Expect(await Send(HttpMethod.Get, $"/api/webhook-endpoints/{endpoint.Id}/deliveries", admin.Token), HttpStatusCode.NotFound);
        await Http.Expect(await Send(HttpMethod.Get, $"/api/webhook-deliveries/{deliveryId}", admin.Token), HttpStatusCode.NotFound);
        await Http.Expect(await Send(HttpMethod.Delete, $"/api/webhook-endpoints/{endpoint.Id}", admin.Token), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Members_are_refused_and_another_companys_endpoints_and_deliveries_do_not_exist()
    {
        var admin = await service.SignUpAsync();
        var member = await service.InviteMemberAsync(admin);
        var stranger = await service.SignUpAsync();
        var endpoint = await service.CreateEndpointAsync(admin, service.Receiver.NewHook());
        var ping = await Http.JsonAsync(await Send(HttpMethod.Post, $"/api/webhook-endpoints/{endpoint.Id}/test", admin.Token), HttpStatusCode.Accepted);
        var deliveryId = ping.GetProperty("id").GetGuid();

        var asMember = new[]
        {
            await Send(HttpMethod.Get, "/api/webhook-endpoints", member.Token),
            await Send(HttpMethod.Post, "/api/webhook-endpoints", member.Token, new { url = service.Receiver.NewHook().Url, eventTypes = new[] { "video.ready" } }),
            await Send(HttpMethod.Get, $"/api/webhook-endpoints/{endpoint.Id}", member.Token),
            await Send(HttpMethod.Get, $"/api/webhook-deliveries/{deliveryId}", member.Token),
        };
        var asStranger = new[]
        {
            await Send(HttpMethod.Get, $"/api/webhook-endpoints/{endpoint.Id}", stranger.Token),
            await Send(HttpMethod.Patch, $"/api/webhook-endpoints/{endpoint.Id}", stranger.Token, new { enabled = false }),
            await Send(HttpMethod.Delete, $"/api/webhook-endpoints/{endpoint.Id}", stranger.Token),
            await Send(HttpMethod.Post, $"/api/webhook-endpoints/{endpoint.Id}/rotate-secret", stranger.Token),
            await Send(HttpMethod.Post, $"/api/webhook-endpoints/{endpoint.Id}/test", stranger.Token),
            await Send(HttpMethod.Get, $"/api/webhook-endpoints/{endpoint.Id}/deliveries", stranger.Token),
            await Send(HttpMethod.Get, $"/api/webhook-deliveries/{deliveryId}", stranger.Token),
            await Send(HttpMethod.Post, $"/api/webhook-deliveries/{deliveryId}/retry", stranger.Token),
        };

        asMember.Select(r => r.StatusCode).Should().AllBeEquivalentTo(HttpStatusCode.Forbidden);
        asStranger.Select(r => r.StatusCode).Should().AllBeEquivalentTo(HttpStatusCode.NotFound);
        (await Send(HttpMethod.Get, "/api/webhook-endpoints", null)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var strangersOwn = await Http.JsonAsync(await Send(HttpMethod.Get, "/api/webhook-endpoints", stranger.Token), HttpStatusCode.OK);
        strangersOwn.GetProperty("items").EnumerateArray().Should().BeEmpty();
        (await service.GetEndpointAsync(admin, endpoint.Id)).GetProperty("enabled").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task An_api_key_with_webhooks_manage_manages_endpoints_and_a_key_without_it_is_refused()
    {
        var admin = await service.SignUpAsync();
        var manager = await service.ApiKeyTokenAsync(admin, Scopes.WebhooksManage);
        var reader = await service.ApiKeyTokenAsync(admin, Scopes.ProjectsRead);

        var created = await Send(HttpMethod.Post, "/api/webhook-endpoints", manager, new { url = service.Receiver.NewHook().Url, eventTypes = new[] { "video.ready" } });
        var refused = await Send(HttpMethod.Get, "/api/webhook-endpoints", reader);

        await Http.Expect(created, HttpStatusCode.Created);
        await Http.Expect(refused, HttpStatusCode.Forbidden);
        var listed = await Http.JsonAsync(await Send(HttpMethod.Get, "/api/webhook-endpoints", admin.Token), HttpStatusCode.OK);
        listed.GetProperty("items").EnumerateArray().Should().ContainSingle();
    }

    [Fact]
    public async Task Bad_input_is_a_400_that_names_each_wrong_field()
    {
        var admin = await service.SignUpAsync();

        var response = await Send(HttpMethod.Post, "/api/webhook-endpoints", admin.Token,
            new { url = "not a url", eventTypes = new[] { "video.ready", "video.exploded" }, description = new string('d', 501) });
        var noTypes = await Send(HttpMethod.Post, "/api/webhook-endpoints", admin.Token, new { url = service.Receiver.NewHook().Url, eventTypes = Array.Empty<string>() });
        var notJson = await service.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/webhook-endpoints")
        {
            Content = new StringContent("{\"url\":", Encoding.UTF8, "application/json"),
            Headers = { Authorization = new AuthenticationHeaderValue("Bearer", admin.Token) },
        });
        var badPage = await Send(HttpMethod.Get, "/api/webhook-endpoints?limit=1000&cursor=nope", admin.Token);

        var errors = (await Http.JsonAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        errors.EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo(["url", "eventTypes", "description"]);
        (await Http.JsonAsync(noTypes, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("eventTypes", out _).Should().BeTrue();
        await Http.Expect(notJson, HttpStatusCode.BadRequest);
        (await Http.JsonAsync(badPage, HttpStatusCode.BadRequest)).GetProperty("errors").EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo(["limit", "cursor"]);
    }

    [Fact]
    public async Task Endpoints_page_newest_first()
    {
        var admin = await service.SignUpAsync();
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await service.CreateEndpointAsync(admin, service.Receiver.NewHook())).Id);
        }

        var first = await Http.JsonAsync(await Send(HttpMethod.Get, "/api/webhook-endpoints?limit=2", admin.Token), HttpStatusCode.OK);
        var cursor = first.GetProperty("nextCursor").GetString();
        var second = await Http.JsonAsync(await Send(HttpMethod.Get, $"/api/webhook-endpoints?limit=2&cursor={cursor}", admin.Token), HttpStatusCode.OK);

        first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(e => e.GetProperty("id").GetGuid())
            .Should().Equal(Enumerable.Reverse(ids));
        second.GetProperty("nextCursor").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task Creating_again_with_the_same_idempotency_key_answers_the_first_endpoint_again_without_its_secret()
    {
        var admin = await service.SignUpAsync();
        var body = new { url = service.Receiver.NewHook().Url, eventTypes = new[] { "video.ready" } };
        HttpRequestMessage Request()
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/webhook-endpoints") { Content = JsonContent.Create(body) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", admin.Token);
            request.Headers.Add("Idempotency-Key", $"create-{Guid.NewGuid():N}");
            return request;
        }
        var first = Request();
        var again = Request();
        again.Headers.Remove("Idempotency-Key");
        again.Headers.Add("Idempotency-Key", first.Headers.GetValues("Idempotency-Key").Single());

        var one = await Http.JsonAsync(await service.SendAsync(first), HttpStatusCode.Created);
        var two = await Http.JsonAsync(await service.SendAsync(again), HttpStatusCode.Created);

        two.GetProperty("endpoint").GetProperty("id").GetGuid().Should().Be(one.GetProperty("endpoint").GetProperty("id").GetGuid());
        var listed = await Http.JsonAsync(await Send(HttpMethod.Get, "/api/webhook-endpoints", admin.Token), HttpStatusCode.OK);
        listed.GetProperty("items").EnumerateArray().Should().ContainSingle();
        var secret = one.GetProperty("secret").GetString()!;
        two.GetProperty("secret").ValueKind.Should().Be(JsonValueKind.Null, "the secret is shown once, a repeated creation included");
        two.GetProperty("secretNotice").GetString().Should().Contain("rotate");
        await using var db = service.OpenDatabase();
        var stored = await db.Set<AiVideo.BuildingBlocks.Idempotency.IdempotencyRecord>().AsNoTracking().ToListAsync();
        stored.Should().NotBeEmpty();
        var secretPart = secret["whsec_".Length..];
        stored.Select(r => System.Text.Encoding.UTF8.GetString(r.ResponseBody)).Should().NotContain(body => body.Contains(secretPart),
            "the idempotency store never keeps a secret");
    }
}
