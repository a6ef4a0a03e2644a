namespace AiVideo.Projects.Domain.Projects;

/// <summary>
/// How far the work the project was last asked for goes: one step (a storyboard, a render) or, started by
/// <c>generate</c>, all the way to the final video, each result issuing the next requests.
/// </summary>
public enum PipelineGoal
{
    SingleStep,
    FinalVideo,
}
