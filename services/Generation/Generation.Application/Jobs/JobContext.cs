namespace AiVideo.Generation.Application.Jobs;

/// <summary>What a handler works with: the claimed job, its private workspace (deleted when the job ends), and where to report progress.</summary>
public sealed record JobContext(ClaimedJob Job, MediaWorkspace Workspace, IProgress<MediaProgress> Progress);
