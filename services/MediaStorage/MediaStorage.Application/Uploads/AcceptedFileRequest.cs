namespace AiVideo.MediaStorage.Application.Uploads;

/// <summary>A declaration that passed every check: its purpose, the canonical content type and what the file belongs to.</summary>
public sealed record AcceptedFileRequest(UploadPurpose Purpose, string ContentType, FileTarget Target, string FileName, long Size);
