namespace AiVideo.Projects.Application.Files;

/// <summary>A file id a client gave in a field, and what the file must be.</summary>
public sealed record FileUse(string Field, Guid FileId, FileKind Kind);
