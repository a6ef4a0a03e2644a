namespace AiVideo.Projects.Domain.Pipeline;

/// <summary>Asks for a scene's clip (<c>VideoRequested</c> of kind <c>clip</c>) made from its selected image, as long as the scene lasts.</summary>
public sealed record ClipRequest(
    Guid RequestId,
    Guid ProjectId,
    Guid CompanyId,
    Guid UserId,
    Guid SceneId,
    int Position,
    Guid ImageFileId,
    int Width,
    int Height,
    int Fps,
    double Seconds,
    string Prompt) : GenerationRequest(RequestId, ProjectId, CompanyId, UserId);
