using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using StandardWebhooks;

namespace AiVideo.Testing;

/// <summary>
/// How the tests' webhook receivers check a <c>webhook-signature</c> with the StandardWebhooks library: one entry at a
/// time, since the library's <c>Verify</c> never compares the last entry of a list.
/// </summary>
public static class StandardWebhookSignatures
{
    /// <summary>
    /// Whether one signature entry, presented alone, is the library's signature of the message with
    /// <paramref name="secret"/>: its <c>Sign</c> must produce the entry, and where the timestamp is within the library's
    /// five minutes of the wall clock (a service's clock may have been moved on), its <c>Verify</c> must accept it too.
    /// </summary>
    public static bool VerifiesAlone(string secret, string? id, string? timestamp, string body, string entry)
    {
        if (id is null || !long.TryParse(timestamp, out var unix))
        {
            return false;
        }
        var webhook = new StandardWebhook(secret);
        var at = DateTimeOffset.FromUnixTimeSeconds(unix);
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(webhook.Sign(id, at, body)), Encoding.ASCII.GetBytes(entry)))
        {
            return false;
        }
        if ((at - DateTimeOffset.UtcNow).Duration() >= TimeSpan.FromMinutes(4))
        {
            return true; // the library's Verify would refuse the time alone (it reads the wall clock, not the service's)
        }
        try
        {
            webhook.Verify(body, new HeaderDictionary { ["webhook-id"] = id, ["webhook-timestamp"] = timestamp, ["webhook-signature"] = entry });
            return true;
        }
        catch (StandardWebhooks.Diagnostics.WebhookVerificationException)
        {
            return false;
        }
    }
}
