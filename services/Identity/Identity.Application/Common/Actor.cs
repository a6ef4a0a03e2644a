namespace AiVideo.Identity.Application.Common;

/// <summary>Who is asking: the signed-in user and the company their token speaks for.</summary>
public sealed record Actor(Guid UserId, Guid? CompanyId);
