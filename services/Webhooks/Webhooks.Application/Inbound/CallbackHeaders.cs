namespace AiVideo.Webhooks.Application.Inbound;

/// <summary>The headers of a provider callback, looked up by name without regard to case (as HTTP header names are).</summary>
public sealed class CallbackHeaders
{
    private readonly Dictionary<string, string> _headers;

    public CallbackHeaders(IEnumerable<KeyValuePair<string, string>> headers)
    {
        _headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in headers)
        {
            // A header sent twice reaches us as two entries or one comma-joined value; either way keep all of it.
            _headers[name] = _headers.TryGetValue(name, out var earlier) ? $"{earlier},{value}" : value;
        }
    }

    public static CallbackHeaders Of(params (string Name, string Value)[] headers) =>
        new(headers.Select(h => KeyValuePair.Create(h.Name, h.Value)));

    /// <summary>The header's value, or null when it is absent or blank.</summary>
    public string? this[string name] => _headers.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
