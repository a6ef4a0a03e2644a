namespace AiVideo.Projects.Domain.Activity;

/// <summary>What an activity entry records.</summary>
public enum ActivityType
{
    /// <summary>The project's status changed (<see cref="ProjectActivity.Status"/>; the reason and scene when it failed).</summary>
    ProjectStatus,

    /// <summary>The project's overall progress changed (<see cref="ProjectActivity.Percent"/>).</summary>
    ProjectProgress,

    /// <summary>A scene's status changed.</summary>
    SceneStatus,

    /// <summary>A scene's generation progressed.</summary>
    SceneProgress,

    /// <summary>A storyboard replaced or added scenes (<see cref="ProjectActivity.Percent"/> holds nothing; reload the scenes).</summary>
    StoryboardApplied,

    /// <summary>A result arrived for a request that was no longer awaited (superseded, already settled, unknown) and changed nothing.</summary>
    ResultIgnored,
}
