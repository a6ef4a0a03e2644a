namespace AiVideo.Projects.Api;

/// <summary>Names the projects service's host assembly: its entry point for test hosts and where its consumers are found.</summary>
public sealed class ProjectsApi
{
    /// <summary>The prefix of this service's queues on the event bus (e.g. <c>projects-image-stored</c>).</summary>
    public const string QueuePrefix = "projects";
}
