using AiVideo.MediaStorage.Domain.Media;

namespace AiVideo.MediaStorage.Domain.Uploads;

/// <summary>
/// Why a file is uploaded, which decides what it may be, whether it needs a project or scene, and where it is stored.
/// <c>generated</c> is for generation-api's outputs only (internal uploads).
/// </summary>
public sealed record UploadPurpose(string Name, IReadOnlySet<MediaKind> Kinds, bool NeedsProject, bool NeedsScene, bool InternalOnly)
{
    public static readonly UploadPurpose ProjectUpload = new("project-upload", KindSet(MediaKind.Image, MediaKind.Video, MediaKind.Audio), true, false, false);
    public static readonly UploadPurpose SceneImage = new("scene-image", KindSet(MediaKind.Image), true, true, false);
    public static readonly UploadPurpose SceneVideo = new("scene-video", KindSet(MediaKind.Video), true, true, false);
    public static readonly UploadPurpose VideoUpload = new("video-upload", KindSet(MediaKind.Video), false, false, false);
    public static readonly UploadPurpose Audio = new("audio", KindSet(MediaKind.Audio), false, false, false);
    public static readonly UploadPurpose CompanyAsset = new("company-asset", KindSet(MediaKind.Image, MediaKind.Font), false, false, false);
    public static readonly UploadPurpose CarMedia = new("car-media", KindSet(MediaKind.Image, MediaKind.Video, MediaKind.Audio, MediaKind.Model), false, false, false);
    public static readonly UploadPurpose Generated = new("generated", KindSet(MediaKind.Image, MediaKind.Video, MediaKind.Audio, MediaKind.Captions), false, false, true);

    public static IReadOnlyList<UploadPurpose> All { get; } =
        [ProjectUpload, SceneImage, SceneVideo, VideoUpload, Audio, CompanyAsset, CarMedia, Generated];

    public static UploadPurpose? Find(string? name) => All.FirstOrDefault(p => p.Name == name);

    public bool Allows(MediaKind kind) => Kinds.Contains(kind);

    private static HashSet<MediaKind> KindSet(params MediaKind[] kinds) => [.. kinds];
}
