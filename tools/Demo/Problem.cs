using System.Text;

namespace AiVideo.Demo;

/// <summary>An answer the demo did not expect, read as the platform writes errors (RFC 9457 problem+json: title, detail, field errors).</summary>
internal static class Problem
{
    private const int MaxBodyShown = 500;

    /// <summary>The failure to report for <paramref name="response"/>, saying what the demo was <paramref name="doing"/>.</summary>
    public static async Task<DemoFailure> OfAsync(HttpResponseMessage response, string doing, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var message = new StringBuilder($"Could not {doing}: {status} {Describe(text) ?? response.ReasonPhrase ?? "(no explanation)"}");
        if (response.Headers.RetryAfter?.Delta is { } wait)
        {
            message.Append(CultureInfo.InvariantCulture, $" (try again in {Math.Ceiling(wait.TotalSeconds):0} s)");
        }
        var unavailable = status is 502 or 503 or 504;
        if (unavailable)
        {
            message.Append("\nA service behind the gateway is not answering: is ./run.sh still running and healthy? Its dashboard shows each service's state.");
        }
        return new DemoFailure(message.ToString(), transient: unavailable);
    }

    /// <summary>The title and detail of a problem+json body, with its field errors, one a line; null when the body is none.</summary>
    private static string? Describe(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }
            var title = Text(root, "title");
            var detail = Text(root, "detail");
            var described = new StringBuilder(title ?? "");
            if (detail is not null && detail != title)
            {
                described.Append(described.Length > 0 ? ": " : "").Append(detail);
            }
            if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
            {
                foreach (var field in errors.EnumerateObject())
                {
                    var reasons = field.Value.ValueKind == JsonValueKind.Array
                        ? string.Join(" ", field.Value.EnumerateArray().Select(e => e.ToString()))
                        : field.Value.ToString();
                    described.Append(CultureInfo.InvariantCulture, $"\n  {field.Name}: {reasons}");
                }
            }
            return described.Length > 0 ? described.ToString() : null;
        }
        catch (JsonException)
        {
            var trimmed = body.Trim();
            return trimmed.Length == 0 ? null : trimmed.Length <= MaxBodyShown ? trimmed : trimmed[..MaxBodyShown] + "…";
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()
            : null;
}
