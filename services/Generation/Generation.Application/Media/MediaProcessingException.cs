namespace AiVideo.Generation.Application.Media;

/// <summary>
/// A media operation failed for a reason a job runner can act on: <see cref="Code"/> (<see cref="MediaErrorCodes"/>) names
/// it, <see cref="Retryable"/> says whether running the same job again may succeed, the message says what happened in
/// words a user can read. Cancellation is not a failure: it surfaces as <see cref="OperationCanceledException"/>.
/// </summary>
public sealed class MediaProcessingException(string code, string message, bool retryable, Exception? innerException = null)
    : Exception(message, innerException)
{
    public string Code { get; } = code;

    public bool Retryable { get; } = retryable;

    /// <summary>How long to wait before the job is tried again, when the failing side said so (a provider's <c>Retry-After</c>).</summary>
    public TimeSpan? RetryAfter { get; init; }

    public static MediaProcessingException InvalidRequest(string message) => new(MediaErrorCodes.InvalidRequest, message, retryable: false);

    public static MediaProcessingException UnreadableInput(string message, Exception? innerException = null) =>
        new(MediaErrorCodes.UnreadableInput, message, retryable: false, innerException);
}
