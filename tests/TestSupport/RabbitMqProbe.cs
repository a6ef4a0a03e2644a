using RabbitMQ.Client;

namespace AiVideo.Testing;

/// <summary>
/// A queue bound to a MassTransit message exchange, read with the plain RabbitMQ client: it shows exactly what reached
/// the broker (how many messages, with which message ids), independent of any consumer.
/// </summary>
public sealed class RabbitMqProbe : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private readonly string _queue;

    private RabbitMqProbe(IConnection connection, IChannel channel, string queue)
    {
        _connection = connection;
        _channel = channel;
        _queue = queue;
    }

    /// <summary>Binds a new queue to the exchange MassTransit publishes <typeparamref name="TMessage"/> to.</summary>
    public static async Task<RabbitMqProbe> BindAsync<TMessage>(string amqpUri)
    {
        var connection = await new ConnectionFactory { Uri = new Uri(amqpUri) }.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync();
        var exchange = $"{typeof(TMessage).Namespace}:{typeof(TMessage).Name}";
        var queue = $"probe-{typeof(TMessage).Name}-{Guid.NewGuid():N}";
        await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false);
        await channel.QueueDeclareAsync(queue, durable: false, exclusive: false, autoDelete: false);
        await channel.QueueBindAsync(queue, exchange, routingKey: "");
        return new RabbitMqProbe(connection, channel, queue);
    }

    public async Task<uint> CountAsync() => (await _channel.QueueDeclarePassiveAsync(_queue)).MessageCount;

    /// <summary>Takes every message now in the queue and returns their message ids.</summary>
    public async Task<IReadOnlyList<string>> DrainMessageIdsAsync()
    {
        var ids = new List<string>();
        while (await _channel.BasicGetAsync(_queue, autoAck: true) is { } message)
        {
            ids.Add(message.BasicProperties.MessageId ?? "");
        }
        return ids;
    }

    /// <summary>Takes every message now in the queue and returns its message (the payload inside MassTransit's envelope).</summary>
    public async Task<IReadOnlyList<System.Text.Json.JsonElement>> DrainMessagesAsync()
    {
        var messages = new List<System.Text.Json.JsonElement>();
        while (await _channel.BasicGetAsync(_queue, autoAck: true) is { } delivery)
        {
            using var envelope = System.Text.Json.JsonDocument.Parse(delivery.Body);
            messages.Add(envelope.RootElement.GetProperty("message").Clone());
        }
        return messages;
    }

    public async ValueTask DisposeAsync()
    {
        await _channel.CloseAsync();
        await _connection.CloseAsync();
        _channel.Dispose();
        _connection.Dispose();
    }
}
