namespace AiVideo.Identity.Application.Abstractions;

/// <summary>A member of a company as listed: the user and their role.</summary>
public sealed record MemberView(Guid UserId, string Email, string Name, string Role, DateTimeOffset JoinedAt);
