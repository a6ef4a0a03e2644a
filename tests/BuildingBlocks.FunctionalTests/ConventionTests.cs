using AiVideo.BuildingBlocks.Messaging;
using AiVideo.BuildingBlocks.Persistence;

namespace AiVideo.BuildingBlocks.FunctionalTests;

public sealed class ConventionTests
{
    [Theory]
    [InlineData("OutboxMessages", "outbox_messages")]
    [InlineData("NextAttemptAt", "next_attempt_at")]
    [InlineData("PK_OutboxMessages", "pk_outbox_messages")]
    [InlineData("IX_Notes_CreatedAt", "ix_notes_created_at")]
    [InlineData("HTTPStatus", "http_status")]
    [InlineData("AspNetUsers", "asp_net_users")]
    [InlineData("already_snake", "already_snake")]
    public void Names_become_snake_case(string name, string expected) => SnakeCaseNames.ToSnakeCase(name).Should().Be(expected);

    [Fact]
    public void An_event_bus_connection_string_gives_host_port_virtual_host_and_credentials()
    {
        var connection = EventBusConnection.Parse("amqp://app:s%40cret@rabbit.internal:5673/aivideo");

        connection.Should().Be(new EventBusConnection("rabbit.internal", 5673, "aivideo", "app", "s@cret", UseTls: false));
        EventBusConnection.Parse("amqps://rabbit/").Should().Be(new EventBusConnection("rabbit", 5671, "/", "guest", "guest", UseTls: true));
    }

    [Fact]
    public void A_connection_string_that_is_not_amqp_is_refused_with_its_expected_shape()
    {
        var parse = () => EventBusConnection.Parse("Host=rabbit;Port=5672");

        parse.Should().Throw<InvalidOperationException>().WithMessage("*amqp://user:password@host:port/vhost*");
    }
}
