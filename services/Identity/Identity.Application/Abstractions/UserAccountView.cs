namespace AiVideo.Identity.Application.Abstractions;

/// <summary>A user account as the use cases see it (credentials stay inside the account store).</summary>
public sealed record UserAccountView(Guid Id, string Email, string Name, DateTimeOffset CreatedAt);
