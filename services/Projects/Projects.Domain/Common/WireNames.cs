using System.Collections.Concurrent;
using System.Text;

namespace AiVideo.Projects.Domain.Common;

/// <summary>
/// The names enum values have outside the code (JSON, SQL, query strings): lower snake_case of the member name
/// (<c>StoryboardReady</c> → <c>storyboard_ready</c>). One rule for every status and kind, so the database, the API and
/// the event stream spell them alike.
/// </summary>
public static class WireNames
{
    private static readonly ConcurrentDictionary<Enum, string> Names = new();

    public static string Of<T>(T value) where T : struct, Enum => Names.GetOrAdd(value, v => ToSnakeCase(v.ToString()));

    public static bool TryParse<T>(string? name, out T value) where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(Of(candidate), name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }
        value = default;
        return false;
    }

    /// <summary>The value a stored name stands for; a name no member has is a corrupt row, not bad input.</summary>
    public static T Parse<T>(string name) where T : struct, Enum => TryParse<T>(name, out var value)
        ? value
        : throw new FormatException($"'{name}' is not a {typeof(T).Name}.");

    /// <summary>Every name of <typeparamref name="T"/>, for error messages that say what is allowed.</summary>
    public static IReadOnlyList<string> All<T>() where T : struct, Enum => Enum.GetValues<T>().Select(v => Of(v)).ToList();

    private static string ToSnakeCase(string name)
    {
        var result = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                result.Append('_');
            }
            result.Append(char.ToLowerInvariant(name[i]));
        }
        return result.ToString();
    }
}
