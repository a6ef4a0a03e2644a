using System.Globalization;
using System.Text.Json;

namespace AiVideo.Generation.Api.Endpoints;

/// <summary>
/// Reads a video request from JSON or a multipart form, as either API names its fields: <c>/api/videos</c> camelCase with
/// <c>referenceFileId</c> (or a <c>reference</c> file in a form), <c>/v1/videos</c> OpenAI's with <c>input_reference</c>
/// (a file in a form, or a file id in JSON). Seconds may come as a number or a string.
/// </summary>
public static class VideoRequestReader
{
    public static async Task<Result<VideoRequest>> ReadAsync(HttpRequest request, bool openAi, CancellationToken cancellationToken)
    {
        var referenceField = openAi ? "input_reference" : "referenceFileId";
        if (request.HasFormContentType)
        {
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(cancellationToken);
            }
            catch (Exception exception) when (exception is InvalidDataException or IOException or BadHttpRequestException)
            {
                return Error.Validation("body", $"The form cannot be read: {exception.Message}");
            }
            var file = form.Files.GetFile(openAi ? "input_reference" : "reference");
            ReferenceImage? reference = null;
            if (file is not null)
            {
                if (file.Length > CreateVideo.MaxReferenceBytes)
                {
                    return Error.Validation(referenceField, $"The reference image is at most {CreateVideo.MaxReferenceBytes / (1024 * 1024)} MB.");
                }
                var bytes = new byte[file.Length];
                await using (var stream = file.OpenReadStream())
                {
                    await stream.ReadExactlyAsync(bytes, cancellationToken);
                }
                reference = new ReferenceImage(bytes, file.ContentType, file.FileName);
            }
            var referenceId = form[referenceField].FirstOrDefault();
            if (referenceId is not null && !Guid.TryParse(referenceId, out _))
            {
                return Error.Validation(referenceField, "The reference is an image file (in a form) or the id of one of your files.");
            }
            return new VideoRequest(form["prompt"].FirstOrDefault(), form["model"].FirstOrDefault(), form["provider"].FirstOrDefault(),
                form["size"].FirstOrDefault(), form["seconds"].FirstOrDefault(), referenceId is null ? null : Guid.Parse(referenceId), reference, openAi);
        }
        if (!request.HasJsonContentType())
        {
            return Error.UnsupportedMediaType("unsupported_body", "Send application/json or multipart/form-data.");
        }
        JsonElement body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body, cancellationToken: cancellationToken);
        }
        catch (JsonException)
        {
            return Error.Validation("body", "The body is not valid JSON.");
        }
        if (body.ValueKind != JsonValueKind.Object)
        {
            return Error.Validation("body", "The body is a JSON object.");
        }
        var fields = new Dictionary<string, string[]>();
        var result = new VideoRequest(
            Text(body, "prompt", fields), Text(body, "model", fields), Text(body, "provider", fields), Text(body, "size", fields),
            Seconds(body, fields), Id(body, referenceField, fields), null, openAi);
        return fields.Count > 0 ? Error.Validation(fields) : result;
    }

    /// <summary>The prompt of a remix, from JSON or a form.</summary>
    public static async Task<Result<string?>> ReadPromptAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            return (await request.ReadFormAsync(cancellationToken))["prompt"].FirstOrDefault();
        }
        try
        {
            var body = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body, cancellationToken: cancellationToken);
            var fields = new Dictionary<string, string[]>();
            var prompt = body.ValueKind == JsonValueKind.Object ? Text(body, "prompt", fields) : null;
            return fields.Count > 0 ? Error.Validation(fields) : prompt;
        }
        catch (JsonException)
        {
            return Error.Validation("body", "The body is JSON with the new prompt: { \"prompt\": \"...\" }.");
        }
    }

    private static string? Text(JsonElement body, string name, Dictionary<string, string[]> fields)
    {
        if (!body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (value.ValueKind != JsonValueKind.String)
        {
            fields[name] = [$"The {name} is a string."];
            return null;
        }
        return value.GetString();
    }

    private static string? Seconds(JsonElement body, Dictionary<string, string[]> fields)
    {
        if (!body.TryGetProperty("seconds", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetDouble().ToString(CultureInfo.InvariantCulture),
            _ => Invalid(fields, "seconds", "The seconds are a number (or a string of one)."),
        };
    }

    private static Guid? Id(JsonElement body, string name, Dictionary<string, string[]> fields)
    {
        var text = Text(body, name, fields);
        if (text is null)
        {
            return null;
        }
        if (Guid.TryParse(text, out var id))
        {
            return id;
        }
        fields[name] = ["The reference is the id of one of your image files."];
        return null;
    }

    private static string? Invalid(Dictionary<string, string[]> fields, string name, string message)
    {
        fields[name] = [message];
        return null;
    }
}
