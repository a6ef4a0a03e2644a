using System.ComponentModel.DataAnnotations;

namespace AiVideo.BuildingBlocks.Idempotency;

/// <summary>Section <c>Idempotency</c>.</summary>
public sealed class IdempotencyOptions
{
    public const string SectionName = "Idempotency";

    /// <summary>How long a key's response is replayed; afterwards the key may be used afresh.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(24);

    public int MaxKeyLength { get; set; } = 255;

    /// <summary>
    /// The secret the request fingerprints are keyed with (HMAC-SHA256; at least 32 characters, from a secret store): a
    /// stored fingerprint tells nothing about the body it was made from to whoever reads the database without this key.
    /// </summary>
    [Required(ErrorMessage = "Idempotency:FingerprintKey is required (a secret of at least 32 characters).")]
    [MinLength(32, ErrorMessage = "Idempotency:FingerprintKey must have at least 32 characters.")]
    public string FingerprintKey { get; set; } = "";
}
