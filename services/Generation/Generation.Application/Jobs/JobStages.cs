namespace AiVideo.Generation.Application.Jobs;

/// <summary>The stage a job of each kind reports in progress and failure events (<see cref="GenerationStages"/>).</summary>
public static class JobStages
{
    public static string For(string kind) => kind switch
    {
        JobKinds.Storyboard => GenerationStages.Storyboard,
        JobKinds.Image => GenerationStages.Image,
        JobKinds.Clip => GenerationStages.Clip,
        JobKinds.Final => GenerationStages.Final,
        JobKinds.Transcode => GenerationStages.Transcode,
        _ => GenerationStages.TextToVideo,
    };
}
