using AiVideo.MediaStorage.Domain.Media;

namespace AiVideo.MediaStorage.Domain.Uploads;

/// <summary>
/// Builds object keys from ids and the verified type only, never from anything a client named (ARCHITECTURE.md §4):
/// <c>companies/{c}/projects/{p}/scenes/{s}/{images|videos}/{file}.{ext}</c>, <c>companies/{c}/projects/{p}/{uploads|final}/{file}.{ext}</c>,
/// <c>companies/{c}/assets/{kind}/{file}.{ext}</c>, <c>companies/{c}/cars/{model}/{variant}/{type}/{file}.{ext}</c>,
/// <c>companies/{c}/videos/{file}/original.{ext}</c>.
/// </summary>
public static class StorageKeys
{
    public static string For(Guid companyId, Guid fileId, UploadPurpose purpose, FileTarget target, string contentType)
    {
        var extension = MediaTypes.ExtensionOf(contentType);
        var kind = MediaTypes.KindOf(contentType);
        var company = $"companies/{companyId:D}";
        var file = $"{fileId:D}.{extension}";
        return purpose.Name switch
        {
            "scene-image" or "scene-video" => $"{company}/projects/{target.ProjectId:D}/scenes/{target.SceneId:D}/{Folder(kind)}/{file}",
            "project-upload" => $"{company}/projects/{target.ProjectId:D}/uploads/{file}",
            "video-upload" => $"{company}/videos/{fileId:D}/original.{extension}",
            "company-asset" => $"{company}/assets/{Folder(kind)}/{file}",
            "car-media" => $"{company}/cars/{target.CarModelId:D}/{target.CarVariantId:D}/{target.CarMediaType!.ToLowerInvariant()}/{file}",
            "audio" => target.ProjectId is { } project ? $"{company}/projects/{project:D}/uploads/{file}" : $"{company}/assets/audio/{file}",
            "generated" => Generated(company, fileId, target, kind, extension),
            _ => throw new ArgumentOutOfRangeException(nameof(purpose), purpose.Name, "Unknown purpose."),
        };
    }

    private static string Generated(string company, Guid fileId, FileTarget target, MediaKind kind, string extension) => target switch
    {
        { ProjectId: { } project, SceneId: { } scene } => $"{company}/projects/{project:D}/scenes/{scene:D}/{Folder(kind)}/{fileId:D}.{extension}",
        { ProjectId: { } project } => $"{company}/projects/{project:D}/final/{fileId:D}.{extension}",
        _ => $"{company}/videos/{fileId:D}/original.{extension}",
    };

    private static string Folder(MediaKind kind) => kind switch
    {
        MediaKind.Image => "images",
        MediaKind.Video => "videos",
        MediaKind.Audio => "audio",
        MediaKind.Font => "fonts",
        MediaKind.Captions => "captions",
        _ => "models",
    };
}
