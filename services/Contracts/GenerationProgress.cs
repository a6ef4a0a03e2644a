namespace AiVideo.Contracts;

/// <summary>Best-effort progress of a generation request (published directly, not through the outbox).</summary>
public sealed record GenerationProgress(
    Guid RequestId,
    Guid CompanyId,
    Guid? ProjectId,
    Guid? SceneId,
    string Stage,
    int Percent,
    string? Message);
