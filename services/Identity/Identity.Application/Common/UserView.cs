namespace AiVideo.Identity.Application.Common;

/// <summary>A user with the company and role their current token speaks for.</summary>
public sealed record UserView(Guid Id, string Email, string Name, Guid? CompanyId, string? Role);
