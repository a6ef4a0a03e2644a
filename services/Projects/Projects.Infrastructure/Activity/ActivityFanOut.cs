using System.Text.Json;
using AiVideo.Projects.Application.Activity;
using AiVideo.Projects.Domain.Activity;
using StackExchange.Redis;

namespace AiVideo.Projects.Infrastructure.Activity;

/// <summary>
/// Publishes committed activity entries to Redis, one message per project and commit, so that whichever replica serves
/// a project's subscribers delivers them. Best effort: when Redis cannot take them, subscribers still get them from the
/// stored history at their next heartbeat.
/// </summary>
internal sealed class ActivityFanOut(IConnectionMultiplexer redis, ILogger<ActivityFanOut> logger)
{
    public void Publish(IReadOnlyList<ProjectActivity> entries)
    {
        foreach (var project in entries.GroupBy(e => e.ProjectId))
        {
            try
            {
                var payload = JsonSerializer.Serialize(project.OrderBy(e => e.Sequence).Select(ActivityView.Of).ToList(), JsonSerializerOptions.Web);
                redis.GetSubscriber().Publish(ActivityChannels.Of(project.Key), payload, CommandFlags.FireAndForget);
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException or ObjectDisposedException)
            {
                logger.LogWarning(exception, "Publishing activity of project {ProjectId} to Redis failed; subscribers catch up at their next heartbeat", project.Key);
            }
        }
    }
}
