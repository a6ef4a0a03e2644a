using StackExchange.Redis;

namespace AiVideo.Projects.Infrastructure.Activity;

/// <summary>The Redis pub/sub channel a project's committed activity entries are published on, one per project.</summary>
internal static class ActivityChannels
{
    public static RedisChannel Of(Guid projectId) => RedisChannel.Literal($"projects:activity:{projectId:N}");
}
