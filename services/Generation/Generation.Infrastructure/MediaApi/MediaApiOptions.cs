using AiVideo.SharedKernel.Vocabulary;

namespace AiVideo.Generation.Infrastructure.MediaApi;

/// <summary>Section <c>Generation:MediaApi</c>: where media-api is (service discovery resolves the name) and how long one call may take.</summary>
public sealed class MediaApiOptions
{
    public const string SectionName = "Generation:MediaApi";

    public Uri BaseAddress { get; set; } = new($"http://{ResourceNames.MediaApi}");

    /// <summary>The longest one call (a download or upload of a whole file) may take.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(10);
}
