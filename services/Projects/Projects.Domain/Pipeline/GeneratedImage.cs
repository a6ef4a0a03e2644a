namespace AiVideo.Projects.Domain.Pipeline;

/// <summary>An image a request produced, as media stored it.</summary>
public sealed record GeneratedImage(Guid FileId, int? Width, int? Height);
