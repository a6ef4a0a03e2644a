namespace AiVideo.Projects.Application.Common;

/// <summary>Who is asking: the user, the company their token speaks for, and whether they administer it.</summary>
public sealed record Actor(Guid UserId, Guid CompanyId, bool IsAdmin);
