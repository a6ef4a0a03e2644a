namespace AiVideo.Contracts;

/// <summary>
/// Asks generation for a video: a scene clip, the final stitch, a text-to-video job or a remix (<see cref="VideoKinds"/>).
/// Projects' requests carry the company's brand context (colours, logo, font, the product) for titles and captions.
/// </summary>
public sealed record VideoRequested(
    Guid RequestId,
    Guid CompanyId,
    Guid? UserId,
    Guid? ProjectId,
    Guid? SceneId,
    string Kind,
    VideoInputs Inputs,
    int Width,
    int Height,
    int Fps,
    double? Seconds,
    string? Prompt = null,
    string? Model = null,
    string? Provider = null,
    BrandContext? Brand = null);
