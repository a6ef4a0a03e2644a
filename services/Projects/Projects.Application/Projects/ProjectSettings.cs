namespace AiVideo.Projects.Application.Projects;

/// <summary>
/// The narration voice a client chose, by voice name or by language (BCP 47, e.g. <c>de-DE</c>); both must agree when
/// both are given. Null when neither is.
/// </summary>
public static class ProjectSettings
{
    public static Result<string?> Voice(string? voice, string? language)
    {
        if (language is null)
        {
            return voice;
        }
        var spoken = NarrationVoice.All.FirstOrDefault(v => string.Equals(v.Language, language.Trim(), StringComparison.OrdinalIgnoreCase));
        if (spoken is null)
        {
            return Error.Validation("narration.language", $"'{language}' is not one of: {string.Join(", ", NarrationVoice.All.Select(v => v.Language))}.");
        }
        if (voice is not null && NarrationVoice.Find(voice) is { } named && named != spoken)
        {
            return Error.Validation("narration.language", $"The voice '{named.Name}' speaks {named.Language}, not {spoken.Language}.");
        }
        return voice ?? spoken.Name;
    }
}
