namespace AiVideo.Projects.Domain.Common;

/// <summary>How free text is stored: trimmed, and empty optional text as null.</summary>
internal static class Text
{
    public static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Generated text fitted into a limit rather than refused: a model's storyboard is taken as far as it fits.</summary>
    public static string Fit(string? text, int max)
    {
        var trimmed = text?.Trim() ?? "";
        return trimmed.Length <= max ? trimmed : trimmed[..max].TrimEnd();
    }
}
