namespace AiVideo.Generation.Application.Videos;

/// <summary>
/// A request for a video from a prompt, as either API shape sends it: prompt, model and/or provider, size
/// (<c>WIDTHxHEIGHT</c>), seconds, and a reference picture (a file of the company's by id, or an image sent along).
/// <see cref="OpenAi"/> says the request came through <c>/v1/videos</c>, which takes OpenAI's seconds and sizes only and
/// names its fields as OpenAI does.
/// </summary>
public sealed record VideoRequest(
    string? Prompt, string? Model, string? Provider, string? Size, string? Seconds, Guid? ReferenceFileId, ReferenceImage? Reference, bool OpenAi);

/// <summary>A reference picture sent with the request: its bytes, declared type and name.</summary>
public sealed record ReferenceImage(byte[] Content, string? ContentType, string? FileName);
