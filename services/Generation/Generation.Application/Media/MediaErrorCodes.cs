namespace AiVideo.Generation.Application.Media;

/// <summary>The reasons a media operation fails, as carried by <see cref="MediaProcessingException.Code"/>.</summary>
public static class MediaErrorCodes
{
    /// <summary>The request itself is wrong (sizes, durations, missing files, clips in different formats): asking again fails again.</summary>
    public const string InvalidRequest = "invalid_request";

    /// <summary>An input file is not the media it should be (not a video, not an image, truncated): asking again fails again.</summary>
    public const string UnreadableInput = "unreadable_input";

    /// <summary>A tool (ffmpeg, espeak-ng) exited with an error on inputs that looked valid.</summary>
    public const string ToolFailed = "tool_failed";

    /// <summary>A tool ran longer than its configured timeout and was killed.</summary>
    public const string TimedOut = "timed_out";

    /// <summary>A tool could not be started at all (not installed, not executable).</summary>
    public const string ToolMissing = "tool_missing";

    /// <summary>An input file named by the request is not there (deleted, another company's, not stored yet).</summary>
    public const string InputNotFound = "input_not_found";

    /// <summary>media-api refused an output (too large for the quota, not the type it should be).</summary>
    public const string OutputRefused = "output_refused";

    /// <summary>
    /// The project the job works for was deleted: media-api refuses its outputs (and answers for its inputs) with 410
    /// <c>project_deleted</c>. The job is cancelled, not failed or retried: nobody waits for its result.
    /// </summary>
    public const string ProjectDeleted = "project_deleted";

    /// <summary>media-api could not be reached or failed: trying again later may succeed.</summary>
    public const string MediaUnavailable = "media_unavailable";

    /// <summary>The provider refused the content (its safety or content policy): asking again fails again.</summary>
    public const string ContentPolicy = "content_policy";

    /// <summary>The provider account's quota or credit is used up: trying again later (after it is topped up) may succeed.</summary>
    public const string ProviderQuota = "provider_quota";

    /// <summary>The provider asked us to slow down (429) more times than the call retries: trying again later succeeds.</summary>
    public const string RateLimited = "rate_limited";

    /// <summary>The provider could not be reached, failed (5xx), or is held off by its circuit breaker: trying again later may succeed.</summary>
    public const string ProviderUnavailable = "provider_unavailable";

    /// <summary>The provider refused our request as invalid (4xx): asking again the same way fails again.</summary>
    public const string ProviderRejected = "provider_rejected";

    /// <summary>The provider refused our key (401, 403): a configuration problem an operator fixes.</summary>
    public const string ProviderUnauthorized = "provider_unauthorized";

    /// <summary>The provider's task failed on its side for a reason it gives.</summary>
    public const string ProviderFailed = "provider_failed";
}
