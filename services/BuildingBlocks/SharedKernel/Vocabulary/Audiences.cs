namespace AiVideo.SharedKernel.Vocabulary;

/// <summary>The audiences of the access tokens identity-api issues.</summary>
public static class Audiences
{
    /// <summary>The platform's APIs: every service accepts tokens for it.</summary>
    public const string Api = "aivideo";
}
