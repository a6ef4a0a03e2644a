using System.Text.Json;
using System.Threading.Channels;
using AiVideo.Projects.Application.Activity;
using StackExchange.Redis;

namespace AiVideo.Projects.Infrastructure.Activity;

/// <summary>
/// Live activity from Redis pub/sub: one Redis subscription per project that has subscribers on this replica, shared by
/// them and dropped with the last one. Each subscriber gets its own bounded queue; a slow one loses the oldest live
/// entries, which its stream then reads from the stored history (it notices the gap in the numbers). When Redis cannot
/// be subscribed to, the subscription is history-only: the stream still catches up at every heartbeat.
/// </summary>
internal sealed class RedisActivityFeed(IConnectionMultiplexer redis, IOptions<ActivityFeedOptions> options, ILogger<RedisActivityFeed> logger) : IActivityFeed
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<Guid, ProjectChannel> _channels = [];

    public async Task<IActivitySubscription> SubscribeAsync(Guid projectId, CancellationToken cancellationToken)
    {
        var subscription = new Subscription(this, projectId, Channel.CreateBounded<ActivityView>(new BoundedChannelOptions(options.Value.SubscriberQueueLength)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        }));
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!_channels.TryGetValue(projectId, out var channel))
            {
                ChannelMessageQueue queue;
                try
                {
                    queue = await redis.GetSubscriber().SubscribeAsync(ActivityChannels.Of(projectId));
                }
                catch (Exception exception) when (exception is RedisException or TimeoutException)
                {
                    logger.LogWarning(exception, "Subscribing to project {ProjectId}'s activity in Redis failed; its stream reads the stored history at each heartbeat", projectId);
                    return subscription;
                }
                channel = new ProjectChannel(queue);
                queue.OnMessage(message => channel.Deliver(message.Message));
                _channels[projectId] = channel;
            }
            channel.Add(subscription);
            subscription.Subscribed = true;
            return subscription;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task UnsubscribeAsync(Subscription subscription)
    {
        subscription.Writer.TryComplete();
        if (!subscription.Subscribed)
        {
            return;
        }
        await _gate.WaitAsync();
        try
        {
            if (_channels.TryGetValue(subscription.ProjectId, out var channel) && channel.Remove(subscription))
            {
                _channels.Remove(subscription.ProjectId);
                await channel.Queue.UnsubscribeAsync();
            }
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            logger.LogWarning(exception, "Unsubscribing from project {ProjectId}'s activity in Redis failed", subscription.ProjectId);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The subscribers of one project on this replica and the Redis subscription they share.</summary>
    private sealed class ProjectChannel(ChannelMessageQueue queue)
    {
        private readonly Lock _lock = new();
        private Subscription[] _subscribers = [];

        public ChannelMessageQueue Queue { get; } = queue;

        public void Add(Subscription subscription)
        {
            lock (_lock)
            {
                _subscribers = [.. _subscribers, subscription];
            }
        }

        /// <summary>Removes a subscriber; true when it was the last.</summary>
        public bool Remove(Subscription subscription)
        {
            lock (_lock)
            {
                _subscribers = _subscribers.Where(s => s != subscription).ToArray();
                return _subscribers.Length == 0;
            }
        }

        public void Deliver(RedisValue message)
        {
            List<ActivityView>? entries;
            try
            {
                entries = JsonSerializer.Deserialize<List<ActivityView>>(message.ToString(), JsonSerializerOptions.Web);
            }
            catch (JsonException)
            {
                return; // Not an activity message: nothing to deliver (subscribers still catch up from the history).
            }
            foreach (var subscriber in Volatile.Read(ref _subscribers))
            {
                foreach (var entry in entries ?? [])
                {
                    subscriber.Writer.TryWrite(entry);
                }
            }
        }
    }

    private sealed class Subscription(RedisActivityFeed feed, Guid projectId, Channel<ActivityView> entries) : IActivitySubscription
    {
        public Guid ProjectId { get; } = projectId;

        public bool Subscribed { get; set; }

        public ChannelWriter<ActivityView> Writer => entries.Writer;

        public ChannelReader<ActivityView> Entries => entries.Reader;

        public ValueTask DisposeAsync() => new(feed.UnsubscribeAsync(this));
    }
}
