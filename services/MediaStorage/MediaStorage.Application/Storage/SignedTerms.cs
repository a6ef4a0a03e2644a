namespace AiVideo.MediaStorage.Application.Storage;

/// <summary>What a presigned URL was signed for: the length a PUT takes (none for a GET), its content type, a download's name.</summary>
public sealed record SignedTerms(long? Length, string? ContentType, string? FileName);
