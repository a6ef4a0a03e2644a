namespace AiVideo.Generation.Infrastructure.Local.Composition;

/// <summary>
/// Escaping for text placed inside ffmpeg's arguments: a filter option value (escaped for the option parser, then for
/// the filtergraph parser, so a path or style with <c>: , ' [ ] ;</c> or backslashes arrives intact) and a concat-list path.
/// </summary>
internal static class FilterText
{
    public static string OptionValue(string value)
    {
        var option = value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal).Replace(":", "\\:", StringComparison.Ordinal);
        var graph = new System.Text.StringBuilder(option.Length * 2);
        foreach (var c in option)
        {
            if (c is '\\' or '\'' or '[' or ']' or ',' or ';')
            {
                graph.Append('\\');
            }
            graph.Append(c);
        }
        return graph.ToString();
    }

    /// <summary>A path as a quoted string in an ffconcat list.</summary>
    public static string ConcatPath(string path) => "'" + path.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    public static string Number(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
