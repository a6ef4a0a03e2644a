namespace AiVideo.Identity.Application.Common;

/// <summary>Lifetimes of what identity-api hands out (section <c>Identity:Tokens</c>).</summary>
public sealed class IdentityTokenOptions
{
    public const string SectionName = "Identity:Tokens";

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>A session (and every refresh token in it) ends this long after sign-in, however often it is refreshed.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromDays(30);

    public TimeSpan ApiKeyTokenLifetime { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan ServiceTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan InvitationLifetime { get; set; } = TimeSpan.FromDays(7);
}
