namespace AiVideo.Generation.FunctionalTests.Service;

/// <summary>A signed-up user of a company: their token, and who they are.</summary>
public sealed record Account(string Token, Guid UserId, Guid CompanyId);
