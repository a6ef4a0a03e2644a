namespace AiVideo.MediaStorage.Domain.Media;

/// <summary>What a file's first bytes say it is, with an image's pixel size when the header tells.</summary>
public sealed record DetectedMedia(string ContentType, MediaKind Kind, int? Width = null, int? Height = null);
