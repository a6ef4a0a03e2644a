namespace AiVideo.Projects.Domain.Projects;

/// <summary>
/// A project's life: <c>draft → storyboarding → storyboard_ready → generating → rendering → completed</c>, or
/// <c>failed</c> with the reason. Storyboarding, generating and rendering are busy: no other project-level work starts
/// then. Names outside the code come from <see cref="Common.WireNames"/> (<c>storyboard_ready</c>).
/// </summary>
public enum ProjectStatus
{
    Draft,
    Storyboarding,
    StoryboardReady,
    Generating,
    Rendering,
    Completed,
    Failed,
}
