using System.Threading.Channels;
using AiVideo.Projects.Application.Activity;

namespace AiVideo.Projects.Application.Abstractions;

/// <summary>One subscriber's live entries of one project, in the order they arrived; disposing ends the subscription.</summary>
public interface IActivitySubscription : IAsyncDisposable
{
    ChannelReader<ActivityView> Entries { get; }
}
