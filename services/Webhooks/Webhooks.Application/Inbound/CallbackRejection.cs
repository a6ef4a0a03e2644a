namespace AiVideo.Webhooks.Application.Inbound;

/// <summary>
/// Why a callback was refused. The endpoint answers <see cref="UnknownProvider"/> with 404, the signature problems with
/// a 401 that does not say which (they differ only for logs and metrics), and <see cref="MalformedPayload"/> with 400.
/// </summary>
public enum CallbackRejection
{
    /// <summary>No provider of that name is configured.</summary>
    UnknownProvider,

    MissingSignature,

    InvalidSignature,

    /// <summary>Correctly signed, but too old or too far in the future.</summary>
    StaleTimestamp,

    /// <summary>Correctly signed, but not JSON of the shape the provider sends (or lacking the event's id or type).</summary>
    MalformedPayload,
}
