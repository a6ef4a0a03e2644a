namespace AiVideo.Webhooks.UnitTests;

public sealed class WebhookEndpointTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_endpoint_takes_an_absolute_url_known_event_types_and_a_short_description()
    {
        var endpoint = WebhookEndpoint.Create(Guid.CreateVersion7(Now), Guid.NewGuid(), " https://Hooks.Example.com/in ",
            [WebhookEventTypes.VideoReady, WebhookEventTypes.ProjectCompleted, WebhookEventTypes.VideoReady], "  CI receiver ", true, [1], Now);

        endpoint.IsSuccess.Should().BeTrue();
        endpoint.Value.Url.Should().Be("https://hooks.example.com/in");
        endpoint.Value.EventTypes.Should().Equal(WebhookEventTypes.ProjectCompleted, WebhookEventTypes.VideoReady);
        endpoint.Value.Description.Should().Be("CI receiver");
        endpoint.Value.IsEnabled.Should().BeTrue();
    }

    [Theory]
    [InlineData("")]
    [InlineData("hooks.example.com/in")]
    [InlineData("ftp://hooks.example.com/in")]
    [InlineData("https://user:pass@hooks.example.com/in")]
    [InlineData("https://hooks.example.com/in#part")]
    [InlineData("file:///etc/passwd")]
    public void A_url_that_is_not_absolute_http_without_credentials_or_fragment_is_refused(string url)
    {
        var result = WebhookEndpoint.Create(Guid.NewGuid(), Guid.NewGuid(), url, [WebhookEventTypes.VideoReady], null, true, [1], Now);

        result.Error!.Fields.Should().ContainKey("url");
    }

    [Fact]
    public void Unknown_or_no_event_types_and_long_descriptions_are_refused_field_by_field()
    {
        var result = WebhookEndpoint.Create(Guid.NewGuid(), Guid.NewGuid(), "https://hooks.example.com/in", ["video.ready", "video.deleted"], new string('x', 501), true, [1], Now);
        var none = WebhookEndpoint.Create(Guid.NewGuid(), Guid.NewGuid(), "https://hooks.example.com/in", [], null, true, [1], Now);

        result.Error!.Fields.Keys.Should().BeEquivalentTo("eventTypes", "description");
        none.Error!.Fields.Keys.Should().BeEquivalentTo("eventTypes");
    }

    [Fact]
    public void An_endpoint_receives_what_it_subscribed_to_and_every_ping()
    {
        var endpoint = Endpoints.Create(Now, WebhookEventTypes.VideoReady);

        endpoint.Subscribes(WebhookEventTypes.VideoReady).Should().BeTrue();
        endpoint.Subscribes(WebhookEventTypes.Ping).Should().BeTrue();
        endpoint.Subscribes(WebhookEventTypes.ProjectCompleted).Should().BeFalse();
    }

    [Fact]
    public void An_endpoint_created_disabled_says_a_user_disabled_it()
    {
        var endpoint = WebhookEndpoint.Create(Guid.NewGuid(), Guid.NewGuid(), "https://hooks.example.com/in", [WebhookEventTypes.Ping], null, false, [1], Now).Value;

        endpoint.IsEnabled.Should().BeFalse();
        endpoint.DisabledReason.Should().Be(EndpointDisabledReason.ByUser);
    }

    [Fact]
    public void After_a_rotation_the_previous_secret_signs_alongside_the_new_one_for_24_hours()
    {
        var endpoint = Endpoints.Create(Now);
        byte[] first = [1, 2, 3], second = [4, 5, 6];
        endpoint.SigningSecrets(Now).Should().BeEquivalentTo([first], o => o.WithStrictOrdering());

        endpoint.RotateSecret(second, Now.AddHours(1));

        endpoint.SigningSecrets(Now.AddHours(1)).Should().BeEquivalentTo([second, first], o => o.WithStrictOrdering());
        endpoint.SigningSecrets(Now.AddHours(25).AddSeconds(-1)).Should().BeEquivalentTo([second, first], o => o.WithStrictOrdering());
        endpoint.SigningSecrets(Now.AddHours(25)).Should().BeEquivalentTo([second], o => o.WithStrictOrdering());
        endpoint.SecretRotatedAt.Should().Be(Now.AddHours(1));
    }

    [Fact]
    public void Rotating_twice_within_a_day_keeps_only_the_two_newest_secrets()
    {
        var endpoint = Endpoints.Create(Now);
        byte[] second = [4], third = [5];

        endpoint.RotateSecret(second, Now.AddHours(1));
        endpoint.RotateSecret(third, Now.AddHours(2));

        endpoint.SigningSecrets(Now.AddHours(2)).Should().BeEquivalentTo([third, second], o => o.WithStrictOrdering());
        endpoint.SigningSecrets(Now.AddHours(26)).Should().BeEquivalentTo([third], o => o.WithStrictOrdering());
    }

    [Fact]
    public void An_endpoint_failing_for_five_days_is_disabled_and_not_a_moment_before()
    {
        var endpoint = Endpoints.Create(Now);

        endpoint.RecordFailure(Now).Should().BeFalse();
        endpoint.RecordFailure(Now.AddDays(2)).Should().BeFalse();
        endpoint.RecordFailure(Now.AddDays(5).AddSeconds(-1)).Should().BeFalse();
        endpoint.IsEnabled.Should().BeTrue();

        endpoint.RecordFailure(Now.AddDays(5)).Should().BeTrue();

        endpoint.IsEnabled.Should().BeFalse();
        endpoint.DisabledReason.Should().Be(EndpointDisabledReason.Failing);
        endpoint.DisabledAt.Should().Be(Now.AddDays(5));
        endpoint.ConsecutiveFailures.Should().Be(4);
        endpoint.RecordFailure(Now.AddDays(6)).Should().BeFalse("it is disabled already");
    }

    [Fact]
    public void A_success_ends_the_failure_run_so_the_five_days_start_again()
    {
        var endpoint = Endpoints.Create(Now);
        endpoint.RecordFailure(Now);
        endpoint.RecordFailure(Now.AddDays(4));

        endpoint.RecordSuccess(Now.AddDays(4).AddHours(1));

        endpoint.FailingSince.Should().BeNull();
        endpoint.ConsecutiveFailures.Should().Be(0);
        endpoint.LastSuccessAt.Should().Be(Now.AddDays(4).AddHours(1));
        endpoint.RecordFailure(Now.AddDays(6)).Should().BeFalse();
        endpoint.RecordFailure(Now.AddDays(10)).Should().BeFalse();
        endpoint.RecordFailure(Now.AddDays(11)).Should().BeTrue();
    }

    [Fact]
    public void Gone_disables_at_once_and_enabling_starts_afresh()
    {
        var endpoint = Endpoints.Create(Now);
        endpoint.RecordFailure(Now);

        endpoint.RecordGone(Now.AddMinutes(1)).Should().BeTrue();
        endpoint.DisabledReason.Should().Be(EndpointDisabledReason.Gone);

        endpoint.Enable(Now.AddDays(1));

        endpoint.IsEnabled.Should().BeTrue();
        endpoint.DisabledReason.Should().BeNull();
        endpoint.FailingSince.Should().BeNull();
        endpoint.ConsecutiveFailures.Should().Be(0);
    }

    [Fact]
    public void An_update_replaces_url_types_and_description_or_changes_nothing_when_invalid()
    {
        var endpoint = Endpoints.Create(Now);

        endpoint.Update("https://new.example.com/hook", [WebhookEventTypes.GenerationFailed], null, Now.AddMinutes(1)).IsSuccess.Should().BeTrue();
        var refused = endpoint.Update("http//broken", [WebhookEventTypes.VideoReady], "x", Now.AddMinutes(2));

        refused.Error!.Fields.Should().ContainKey("url");
        endpoint.Url.Should().Be("https://new.example.com/hook");
        endpoint.EventTypes.Should().Equal(WebhookEventTypes.GenerationFailed);
        endpoint.UpdatedAt.Should().Be(Now.AddMinutes(1));
    }
}
