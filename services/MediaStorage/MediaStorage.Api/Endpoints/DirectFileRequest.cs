namespace AiVideo.MediaStorage.Api.Endpoints;

/// <summary>
/// A small file sent in a JSON body: its bytes in <see cref="Data"/> as base64, with or without a <c>data:</c> prefix
/// (a prefix's type stands in for a missing <see cref="ContentType"/>), decoded as the body is read (<see cref="Base64Data"/>).
/// </summary>
public sealed record DirectFileRequest(
    string? FileName, string? ContentType, string? Purpose, Base64Data? Data, Guid? ProjectId, Guid? SceneId, Guid? AssetId,
    Guid? CarModelId, Guid? CarVariantId, string? CarMediaType) : IDisposable
{
    public bool TryDecode(out ReadOnlyMemory<byte> content, out string? contentType)
    {
        content = Data?.Bytes ?? ReadOnlyMemory<byte>.Empty;
        contentType = ContentType ?? Data?.MediaType;
        return Data is null or { IsValid: true };
    }

    public FileRequest ToFileRequest(string? contentType, long size) =>
        new(FileName, contentType, size, Purpose, ProjectId, SceneId, AssetId, CarModelId, CarVariantId, CarMediaType);

    /// <summary>Gives the decoded bytes' buffer back to the pool.</summary>
    public void Dispose() => Data?.Dispose();
}
