using System.Text.Json;
using AiVideo.Projects.Domain.Projects;

namespace AiVideo.Projects.Api.Http;

/// <summary>
/// Reads a <c>PATCH /api/projects/{id}</c> body (JSON merge patch): a field left out stays as it is, an explicit
/// <c>null</c> removes what may be removed (description, music, car variant) and is refused elsewhere, and a field the
/// project does not have, or of the wrong type, is named in the answer.
/// </summary>
public sealed class ProjectPatch
{
    private static readonly string[] Known =
        ["title", "prompt", "description", "targetDuration", "aspectRatio", "style", "mood", "sceneCount", "narration", "captions", "music", "watermark", "carVariantId", "provider"];

    private readonly Dictionary<string, string[]> _errors = [];

    private ProjectPatch()
    {
    }

    public ProjectChanges Changes { get; private set; } = new();

    public string? Language { get; private set; }

    public static Result<ProjectPatch> Read(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return Error.Validation("body", "The body is a JSON object of the fields to change.");
        }
        var patch = new ProjectPatch();
        patch.ReadAll(body);
        return patch._errors.Count > 0 ? Error.Validation(patch._errors) : patch;
    }

    private void ReadAll(JsonElement body)
    {
        foreach (var property in body.EnumerateObject().Where(p => !Known.Contains(p.Name)))
        {
            _errors[property.Name] = [$"Projects have no field '{property.Name}'; the fields are: {string.Join(", ", Known)}."];
        }
        var narration = Section(body, "narration");
        var captions = Section(body, "captions");
        var music = Section(body, "music", nullable: true);
        var description = Property(body, "description");
        var musicFile = music is { } m ? Property(m, "fileId") : null;
        var variant = Property(body, "carVariantId");
        var provider = Property(body, "provider");
        Changes = new ProjectChanges
        {
            Title = Text(body, "title"),
            Prompt = Text(body, "prompt"),
            Description = Text(body, "description"),
            ClearDescription = description is { ValueKind: JsonValueKind.Null } || (description is { ValueKind: JsonValueKind.String } e && string.IsNullOrWhiteSpace(e.GetString())),
            TargetDurationSeconds = Integer(body, "targetDuration"),
            AspectRatio = Text(body, "aspectRatio"),
            Style = Text(body, "style"),
            Mood = Text(body, "mood"),
            SceneCount = Integer(body, "sceneCount"),
            NarrationEnabled = narration is { } n1 ? Boolean(n1, "enabled", "narration.") : null,
            Voice = narration is { } n2 ? Text(n2, "voice", "narration.") : null,
            CaptionsEnabled = captions is { } c1 ? Boolean(c1, "enabled", "captions.") : null,
            CaptionsBurned = captions is { } c2 ? Boolean(c2, "burned", "captions.") : null,
            CaptionStyle = captions is { } c3 ? Text(c3, "style", "captions.") : null,
            MusicFileId = music is { } m1 ? Id(m1, "fileId", "music.") : null,
            MusicVolume = music is { } m2 ? Number(m2, "volume", "music.") : null,
            ClearMusic = Property(body, "music") is { ValueKind: JsonValueKind.Null } || musicFile is { ValueKind: JsonValueKind.Null },
            Watermark = Boolean(body, "watermark"),
            CarVariantId = Id(body, "carVariantId"),
            ClearCarVariant = variant is { ValueKind: JsonValueKind.Null },
            Provider = Text(body, "provider"),
            ClearProvider = provider is { ValueKind: JsonValueKind.Null },
        };
        Language = narration is { } n3 ? Text(n3, "language", "narration.") : null;
    }

    private static JsonElement? Property(JsonElement body, string name) => body.TryGetProperty(name, out var value) ? value : null;

    private JsonElement? Section(JsonElement body, string name, bool nullable = false)
    {
        if (Property(body, name) is not { } value || (nullable && value.ValueKind == JsonValueKind.Null))
        {
            return null;
        }
        if (value.ValueKind != JsonValueKind.Object)
        {
            _errors[name] = [$"The {name} is an object of its settings."];
            return null;
        }
        return value;
    }

    private string? Text(JsonElement body, string name, string prefix = "") => Read(body, name, prefix, JsonValueKind.String, "text", v => v.GetString());

    private bool? Boolean(JsonElement body, string name, string prefix = "") => Property(body, name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        _ => Invalid<bool?>(prefix + name, "true or false"),
    };

    private int? Integer(JsonElement body, string name) =>
        Read(body, name, "", JsonValueKind.Number, "a whole number", v => v.TryGetInt32(out var n) ? n : Invalid<int?>(name, "a whole number"));

    private double? Number(JsonElement body, string name, string prefix) => Read(body, name, prefix, JsonValueKind.Number, "a number", v => v.GetDouble());

    private Guid? Id(JsonElement body, string name, string prefix = "") =>
        Property(body, name) is { ValueKind: JsonValueKind.Null } ? null
        : Read(body, name, prefix, JsonValueKind.String, "an id", v => v.TryGetGuid(out var id) ? id : Invalid<Guid?>(prefix + name, "an id"));

    private T? Read<T>(JsonElement body, string name, string prefix, JsonValueKind kind, string what, Func<JsonElement, T?> read)
    {
        if (Property(body, name) is not { } value)
        {
            return default;
        }
        if (value.ValueKind == kind)
        {
            return read(value);
        }
        return value.ValueKind == JsonValueKind.Null && name is "description" or "fileId" or "carVariantId" or "provider"
            ? default
            : Invalid<T>(prefix + name, value.ValueKind == JsonValueKind.Null ? $"{what} (it cannot be removed)" : what);
    }

    private T? Invalid<T>(string field, string what)
    {
        _errors[field] = [$"The {field} is {what}."];
        return default;
    }
}
