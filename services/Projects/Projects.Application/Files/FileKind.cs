namespace AiVideo.Projects.Application.Files;

/// <summary>What a file given by a client must be, by the content types media-api stores (<c>image/*</c>, <c>video/*</c>…).</summary>
public sealed record FileKind(string Name, IReadOnlyList<string> Prefixes)
{
    public static readonly FileKind Image = new("an image", ["image/"]);
    public static readonly FileKind Video = new("a video", ["video/"]);
    public static readonly FileKind Audio = new("an audio file", ["audio/"]);
    public static readonly FileKind Font = new("a font", ["font/"]);
    public static readonly FileKind Model = new("a 3D model", ["model/"]);
    public static readonly FileKind ImageOrVideo = new("an image or a video", ["image/", "video/"]);

    public bool Matches(string contentType) => Prefixes.Any(prefix => contentType.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
}
