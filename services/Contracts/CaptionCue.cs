namespace AiVideo.Contracts;

/// <summary>
/// A caption a user placed on the final video's timeline (a caption layer): its text from <paramref name="StartSeconds"/>
/// to <paramref name="EndSeconds"/>, drawn in a named style whose size (at 720p), colour (#RRGGBB) and position
/// (top, center, bottom) travel along so generators need not know the style names.
/// </summary>
public sealed record CaptionCue(string Text, double StartSeconds, double EndSeconds, string Style, int FontSize, string Color, string Position);
