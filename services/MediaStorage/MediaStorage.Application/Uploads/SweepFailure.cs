namespace AiVideo.MediaStorage.Application.Uploads;

/// <summary>An upload the sweep could not remove or settle, why, and when it will try again.</summary>
public sealed record SweepFailure(Guid UploadId, int Failures, DateTimeOffset? RetryAt, Exception Error);
