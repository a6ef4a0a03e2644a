namespace AiVideo.Generation.Application.Providers;

/// <summary>What a provider call is counted in.</summary>
public static class UsageUnits
{
    public const string Images = "images";
    public const string VideoSeconds = "video_seconds";
    public const string Characters = "characters";
    public const string Tokens = "tokens";
}
