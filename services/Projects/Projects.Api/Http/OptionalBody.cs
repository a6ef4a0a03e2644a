using System.Text.Json;

namespace AiVideo.Projects.Api.Http;

/// <summary>A JSON body a start may leave out (no body means the defaults); one that is there must be readable JSON.</summary>
public static class OptionalBody
{
    /// <summary>Options of a start are a few fields; anything bigger is not a start's body.</summary>
    private const int MaxBytes = 64 * 1024;

    public static async Task<Result<T?>> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken) where T : class
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length == 0)
        {
            return (T?)null;
        }
        if (buffer.Length > MaxBytes)
        {
            return Error.TooLarge("body_too_large", $"A start's options have at most {MaxBytes} bytes.");
        }
        if (!request.HasJsonContentType())
        {
            return Error.UnsupportedMediaType("unsupported_body", "Send the options as application/json (or no body for the defaults).");
        }
        try
        {
            return JsonSerializer.Deserialize<T>(buffer.ToArray(), JsonSerializerOptions.Web);
        }
        catch (JsonException exception)
        {
            // The parser's message names .NET types and positions: the field it stopped at says enough.
            var field = string.IsNullOrEmpty(exception.Path) || exception.Path == "$" ? "body" : exception.Path.TrimStart('$', '.');
            return Error.Validation(field, field == "body"
                ? "The body is not JSON of the start's options."
                : $"The value of {field} is not of the type the start's options take there.");
        }
    }
}
