using System.Globalization;
using System.Text.Json.Serialization;

namespace AiVideo.Generation.Api.Endpoints;

/// <summary>
/// A video in the shape of OpenAI's video API (<c>object: "video"</c>, snake_case, Unix times, seconds as a string,
/// statuses <c>queued</c>, <c>in_progress</c>, <c>completed</c>, <c>failed</c>; a cancelled video is <c>failed</c> with
/// error code <c>cancelled</c>). Ids are <c>video_</c> and the platform's id without dashes.
/// </summary>
public sealed record OpenAiVideo(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("object")] string Object,
    [property: JsonPropertyName("model")] string Model,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("progress")] int Progress,
    [property: JsonPropertyName("created_at")] long CreatedAt,
    [property: JsonPropertyName("completed_at")] long? CompletedAt,
    [property: JsonPropertyName("expires_at")] long? ExpiresAt,
    [property: JsonPropertyName("seconds")] string Seconds,
    [property: JsonPropertyName("size")] string Size,
    [property: JsonPropertyName("prompt")] string Prompt,
    [property: JsonPropertyName("remixed_from_video_id")] string? RemixedFromVideoId,
    [property: JsonPropertyName("error")] OpenAiVideoError? Error)
{
    public const string IdPrefix = "video_";

    public static OpenAiVideo Of(VideoView video) => new(
        IdOf(video.Id), "video", video.Model, video.Status == VideoView.Cancelled ? VideoView.Failed : video.Status, video.Progress,
        video.CreatedAt.ToUnixTimeSeconds(), video.CompletedAt?.ToUnixTimeSeconds(), null, video.Seconds.ToString(CultureInfo.InvariantCulture), video.Size,
        video.Prompt, video.RemixedFromVideoId is { } source ? IdOf(source) : null,
        video.Error is { } error ? new OpenAiVideoError(error.Code, error.Message) : null);

    public static string IdOf(Guid id) => IdPrefix + id.ToString("N");

    /// <summary>Reads <c>video_…</c> (or a plain id).</summary>
    public static bool TryParseId(string text, out Guid id) =>
        Guid.TryParse(text.StartsWith(IdPrefix, StringComparison.Ordinal) ? text[IdPrefix.Length..] : text, out id);
}

/// <summary>Why a video failed, as OpenAI's video object says it.</summary>
public sealed record OpenAiVideoError([property: JsonPropertyName("code")] string Code, [property: JsonPropertyName("message")] string Message);
