using Microsoft.AspNetCore.Identity;

namespace AiVideo.Identity.Infrastructure.Accounts;

/// <summary>An ASP.NET Core Identity user (the user name is the email), with a display name.</summary>
public sealed class UserAccount : IdentityUser<Guid>
{
    public const int MaxNameLength = 100;

    public string Name { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public UserAccountView ToView() => new(Id, Email!, Name, CreatedAt);
}
