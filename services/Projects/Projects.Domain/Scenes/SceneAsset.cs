namespace AiVideo.Projects.Domain.Scenes;

/// <summary>
/// One media file a scene has had: generated (with the request it answered) or uploaded (no request). Assets are never
/// dropped when a rerun replaces them, so an earlier result can always be selected again.
/// </summary>
public sealed class SceneAsset
{
    private SceneAsset()
    {
    }

    internal SceneAsset(Guid sceneId, SceneAssetKind kind, Guid fileId, Guid? requestId, int? width, int? height, double? durationSeconds, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        SceneId = sceneId;
        Kind = kind;
        FileId = fileId;
        RequestId = requestId;
        Width = width;
        Height = height;
        DurationSeconds = durationSeconds;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid SceneId { get; private set; }

    public SceneAssetKind Kind { get; private set; }

    /// <summary>The file in media-api.</summary>
    public Guid FileId { get; private set; }

    /// <summary>The generation request this file answered; null for an upload.</summary>
    public Guid? RequestId { get; private set; }

    public int? Width { get; private set; }

    public int? Height { get; private set; }

    /// <summary>A clip's real length, which timeline trims are checked against.</summary>
    public double? DurationSeconds { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
}
