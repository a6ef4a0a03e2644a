namespace AiVideo.Projects.Domain.Common;

/// <summary>Collects every field error of an input before answering, so a client learns all that is wrong at once.</summary>
internal sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }
        messages.Add(message);
    }

    /// <summary>Adds the message when <paramref name="text"/> is longer than <paramref name="max"/> (or empty and required).</summary>
    public void Text(string field, string? text, int max, bool required)
    {
        if (required && string.IsNullOrWhiteSpace(text))
        {
            Add(field, $"The {field} is required (1 to {max} characters).");
        }
        else if (text is not null && text.Trim().Length > max)
        {
            Add(field, $"The {field} has at most {max} characters.");
        }
    }

    public Error ToError() => Error.Validation(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
}
