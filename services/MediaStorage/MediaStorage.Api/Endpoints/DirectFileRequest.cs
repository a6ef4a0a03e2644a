namespace AiVideo.MediaStorage.Api.Endpoints;

/// <summary>
/// A small file sent in a JSON body: its bytes in <see cref="Data"/> as base64, with or without a <c>data:</c> prefix
/// (a prefix's type stands in for a missing <see cref="ContentType"/>).
/// </summary>
public sealed record DirectFileRequest(
    string? FileName, string? ContentType, string? Purpose, string? Data, Guid? ProjectId, Guid? SceneId, Guid? AssetId,
    Guid? CarModelId, Guid? CarVariantId, string? CarMediaType)
{
    public bool TryDecode(out byte[] content, out string? contentType)
    {
        content = [];
        contentType = ContentType;
        var data = Data ?? "";
        if (data.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            var comma = data.IndexOf(',');
            var header = comma < 0 ? "" : data[5..comma];
            if (comma < 0 || !header.EndsWith(";base64", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
            contentType ??= header[..^";base64".Length];
            data = data[(comma + 1)..];
        }
        try
        {
            content = Convert.FromBase64String(data);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    public FileRequest ToFileRequest(string? contentType, long size) =>
        new(FileName, contentType, size, Purpose, ProjectId, SceneId, AssetId, CarModelId, CarVariantId, CarMediaType);
}
