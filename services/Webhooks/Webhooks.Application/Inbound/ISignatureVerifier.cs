namespace AiVideo.Webhooks.Application.Inbound;

/// <summary>Checks one signature format over a callback's raw body, in constant time, with the clock given.</summary>
public interface ISignatureVerifier
{
    SignatureFormat Format { get; }

    SignatureCheck Verify(CallbackHeaders headers, ReadOnlySpan<byte> body, string secret, DateTimeOffset now, TimeSpan tolerance);
}
