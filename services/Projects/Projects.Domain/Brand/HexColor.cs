namespace AiVideo.Projects.Domain.Brand;

/// <summary>Colours as the brand kit and generators exchange them: <c>#RRGGBB</c>, written upper-case.</summary>
public static class HexColor
{
    public static bool IsValid(string? value) =>
        value is { Length: 7 } && value[0] == '#' && !value.AsSpan(1).ContainsAnyExcept("0123456789abcdefABCDEF");

    public static string Normalize(string value) => value.ToUpperInvariant();
}
