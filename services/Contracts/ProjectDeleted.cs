namespace AiVideo.Contracts;

/// <summary>A project was deleted: its files are removed and its jobs cancelled.</summary>
public sealed record ProjectDeleted(Guid ProjectId, Guid CompanyId, Guid? UserId, DateTimeOffset DeletedAt);
