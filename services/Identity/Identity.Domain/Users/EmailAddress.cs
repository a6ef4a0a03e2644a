using System.Net.Mail;

namespace AiVideo.Identity.Domain.Users;

/// <summary>An email address as entered (trimmed), checked for shape; compared case-insensitively through <see cref="Normalized"/>.</summary>
public sealed record EmailAddress
{
    public const int MaxLength = 254;

    private EmailAddress(string value) => Value = value;

    public string Value { get; }

    public string Normalized => Value.ToUpperInvariant();

    public static bool TryCreate(string? text, out EmailAddress email)
    {
        email = new EmailAddress("");
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length is 0 or > MaxLength || trimmed.Contains(' ') || !MailAddress.TryCreate(trimmed, out var parsed)
            || parsed.Address != trimmed || !parsed.Host.Contains('.') || parsed.Host.EndsWith('.'))
        {
            return false;
        }
        email = new EmailAddress(trimmed);
        return true;
    }

    public override string ToString() => Value;
}
