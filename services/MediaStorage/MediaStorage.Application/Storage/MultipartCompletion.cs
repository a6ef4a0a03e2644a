namespace AiVideo.MediaStorage.Application.Storage;

/// <summary>How completing a multipart upload went.</summary>
public enum MultipartCompletion
{
    Completed,

    /// <summary>A listed part is missing or its ETag does not match: the upload stays open.</summary>
    InvalidParts,

    /// <summary>Storage knows no such upload (completed or aborted before).</summary>
    NoSuchUpload,
}
