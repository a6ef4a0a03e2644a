namespace AiVideo.MediaStorage.Application.Storage;

public sealed record CompletedPart(int PartNumber, string ETag);
