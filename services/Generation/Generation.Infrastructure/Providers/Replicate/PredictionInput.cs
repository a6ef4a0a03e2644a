using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AiVideo.Generation.Infrastructure.Providers.Replicate;

/// <summary>
/// A model's <c>input</c> written as a JSON template: a string that is exactly a placeholder (<c>"{width}"</c>) becomes
/// the value itself (a number stays a number), and the field is left out when the request has no such value (no
/// negative prompt, no picture); placeholders inside a longer string are replaced by their text. The placeholders:
/// <c>{prompt}</c>, <c>{negative_prompt}</c>, <c>{width}</c>, <c>{height}</c>, <c>{aspect_ratio}</c> (16:9, 9:16, 1:1,
/// 4:5), <c>{image}</c> (the picture as a data URI), <c>{seconds}</c> (whole seconds, rounded up), <c>{seed}</c>.
/// Everything else in the template is sent as written (e.g. <c>"num_inference_steps": 4</c>).
/// </summary>
internal sealed partial class PredictionInput
{
    private readonly JsonObject _template;

    private PredictionInput(JsonObject template) => _template = template;

    /// <summary>Reads a template; one that is not a JSON object stops the service at start with <paramref name="setting"/> named.</summary>
    public static PredictionInput Parse(string json, string setting)
    {
        try
        {
            return JsonNode.Parse(json) is JsonObject template
                ? new PredictionInput(template)
                : throw new InvalidOperationException($"{setting} is not a JSON object.");
        }
        catch (JsonException exception)
        {
            throw new InvalidOperationException($"{setting} is not JSON: {exception.Message}", exception);
        }
    }

    /// <summary>Whether the template has the placeholder <c>{<paramref name="name"/>}</c> anywhere (a picture is only read to be sent when it has).</summary>
    public bool Uses(string name) => _template.ToJsonString().Contains($"{{{name}}}", StringComparison.Ordinal);

    /// <summary>The input for one prediction, from the values the request has (a null value leaves its fields out).</summary>
    public JsonObject Render(IReadOnlyDictionary<string, JsonNode?> values) => (JsonObject)Fill(_template, values)!;

    private static JsonNode? Fill(JsonNode? node, IReadOnlyDictionary<string, JsonNode?> values)
    {
        switch (node)
        {
            case JsonObject obj:
                var filled = new JsonObject();
                foreach (var (name, value) in obj)
                {
                    if (Placeholder(value) is { } key && values.TryGetValue(key, out var whole))
                    {
                        if (whole is not null)
                        {
                            filled[name] = whole.DeepClone();
                        }
                        continue;
                    }
                    filled[name] = Fill(value, values);
                }
                return filled;
            case JsonArray array:
                return new JsonArray([.. array.Where(item => Placeholder(item) is not { } key || !values.TryGetValue(key, out var v) || v is not null)
                    .Select(item => Placeholder(item) is { } key && values.TryGetValue(key, out var v) ? v!.DeepClone() : Fill(item, values))]);
            case JsonValue text when text.TryGetValue<string>(out var s):
                return JsonValue.Create(Placeholders().Replace(s, match =>
                    values.TryGetValue(match.Groups[1].Value, out var v) ? v is JsonValue value && value.TryGetValue<string>(out var t) ? t : v?.ToJsonString() ?? "" : match.Value));
            default:
                return node?.DeepClone();
        }
    }

    private static string? Placeholder(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && Placeholders().Match(text) is { Success: true } match && match.Length == text.Length
            ? match.Groups[1].Value
            : null;

    [GeneratedRegex(@"\{([a-z_]+)\}")]
    private static partial Regex Placeholders();
}
