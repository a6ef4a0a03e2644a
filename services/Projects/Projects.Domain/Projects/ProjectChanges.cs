namespace AiVideo.Projects.Domain.Projects;

/// <summary>
/// A partial update (PATCH): null leaves a field as it is. <see cref="ClearDescription"/>, <see cref="ClearMusic"/> and
/// <see cref="ClearCarVariant"/> and <see cref="ClearProvider"/> remove the optional values. Title and description may change at any time; the rest
/// shapes generation and is refused while the project is busy.
/// </summary>
public sealed record ProjectChanges
{
    public string? Title { get; init; }
    public string? Prompt { get; init; }
    public string? Description { get; init; }
    public bool ClearDescription { get; init; }
    public int? TargetDurationSeconds { get; init; }
    public string? AspectRatio { get; init; }
    public string? Style { get; init; }
    public string? Mood { get; init; }
    public int? SceneCount { get; init; }
    public bool? NarrationEnabled { get; init; }
    public string? Voice { get; init; }
    public bool? CaptionsEnabled { get; init; }
    public bool? CaptionsBurned { get; init; }
    public string? CaptionStyle { get; init; }
    public Guid? MusicFileId { get; init; }
    public double? MusicVolume { get; init; }
    public bool ClearMusic { get; init; }
    public bool? Watermark { get; init; }
    public Guid? CarVariantId { get; init; }
    public bool ClearCarVariant { get; init; }
    public string? Provider { get; init; }
    public bool ClearProvider { get; init; }

    /// <summary>Whether anything beyond title and description would change (which waits until the project is idle).</summary>
    public bool ChangesGeneration =>
        Prompt is not null || TargetDurationSeconds is not null || AspectRatio is not null || Style is not null || Mood is not null
        || SceneCount is not null || NarrationEnabled is not null || Voice is not null || CaptionsEnabled is not null || CaptionsBurned is not null
        || CaptionStyle is not null || MusicFileId is not null || MusicVolume is not null || ClearMusic || Watermark is not null
        || CarVariantId is not null || ClearCarVariant || Provider is not null || ClearProvider;
}
