namespace AiVideo.Identity.Application.Abstractions;

public sealed record AccessToken(string Value, DateTimeOffset ExpiresAt, TimeSpan Lifetime)
{
    public int ExpiresIn => (int)Lifetime.TotalSeconds;
}
