namespace AiVideo.MediaStorage.Domain.Uploads;

public enum UploadMethod
{
    /// <summary>One presigned PUT.</summary>
    Single,

    /// <summary>A multipart upload: presigned PUTs of parts, then a completion that lists them.</summary>
    Multipart,
}
