using AiVideo.MediaStorage.Application.Files;

namespace AiVideo.MediaStorage.Application.Uploads;

/// <summary>
/// Checks a declared file against the upload rules: a known purpose (internal-only purposes for services only), a type
/// the platform stores and the purpose allows, a size from 1 byte to the limit for its kind, and the ids the purpose needs.
/// </summary>
public sealed class FileRequestRules(IOptions<MediaOptions> options)
{
    public Result<AcceptedFileRequest> Check(FileRequest request, FileOwner owner, long? maxBytes = null)
    {
        var fields = new Dictionary<string, string[]>();
        if (FileNames.Problem(request.FileName) is { } nameProblem)
        {
            fields["fileName"] = [nameProblem];
        }

        var purpose = UploadPurpose.Find(request.Purpose);
        if (purpose is null || (purpose.InternalOnly && !owner.IsInternal))
        {
            var names = UploadPurpose.All.Where(p => !p.InternalOnly || owner.IsInternal).Select(p => p.Name);
            fields["purpose"] = [$"The purpose is one of: {string.Join(", ", names)}."];
        }

        var contentType = MediaTypes.Normalize(request.ContentType);
        if (contentType is null)
        {
            return Error.UnsupportedMediaType("unsupported_content_type", $"'{request.ContentType}' is not a type the platform stores.");
        }
        var kind = MediaTypes.KindOf(contentType);
        if (purpose is not null && !purpose.Allows(kind))
        {
            return Error.UnsupportedMediaType("content_type_not_allowed",
                $"A {purpose.Name} file is {string.Join(" or ", purpose.Kinds.Select(k => k.ToString().ToLowerInvariant()))}, not {contentType}.");
        }

        if (request.Size <= 0)
        {
            fields["size"] = ["The size is the file's length in bytes, at least 1."];
        }
        if (purpose is not null)
        {
            CheckTarget(purpose, request, fields);
        }
        if (owner.Output is { } output && (owner.RequestId is null || output.Length is 0 or > StoredFile.MaxOutputLength
            || !output.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')))
        {
            fields["output"] = [$"An output names one result of a request (requestId required): 1 to {StoredFile.MaxOutputLength} of a-z, 0-9 and '-'."];
        }
        if (fields.Count > 0)
        {
            return Error.Validation(fields);
        }

        var limit = Math.Min(options.Value.LimitFor(kind), maxBytes ?? long.MaxValue);
        if (request.Size > limit)
        {
            return Error.TooLarge("file_too_large", $"A {kind.ToString().ToLowerInvariant()} file here is at most {limit} bytes; this one would be {request.Size}.")
                with { Details = new Dictionary<string, object?> { ["maxBytes"] = limit, ["size"] = request.Size } };
        }

        var target = new FileTarget(request.ProjectId, request.SceneId, request.AssetId, request.CarModelId, request.CarVariantId, request.CarMediaType);
        return new AcceptedFileRequest(purpose!, contentType, target, request.FileName!.Trim(), request.Size);
    }

    private static void CheckTarget(UploadPurpose purpose, FileRequest request, Dictionary<string, string[]> fields)
    {
        if (purpose.NeedsProject && request.ProjectId is null)
        {
            fields["projectId"] = [$"A {purpose.Name} file belongs to a project."];
        }
        if (purpose.NeedsScene && request.SceneId is null)
        {
            fields["sceneId"] = [$"A {purpose.Name} file belongs to a scene."];
        }
        if (request.SceneId is not null && request.ProjectId is null)
        {
            fields["projectId"] = ["A scene belongs to a project: give its projectId too."];
        }
        if (purpose == UploadPurpose.CarMedia)
        {
            if (request.CarModelId is null || request.CarVariantId is null)
            {
                fields["carVariantId"] = ["Car media belongs to a car model and variant: give carModelId and carVariantId."];
            }
            if (request.CarMediaType is null || !FileTarget.CarMediaTypes.Contains(request.CarMediaType))
            {
                fields["carMediaType"] = [$"The car media type is one of: {string.Join(", ", FileTarget.CarMediaTypes)}."];
            }
        }
    }
}
