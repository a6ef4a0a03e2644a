namespace AiVideo.Webhooks.FunctionalTests.Support;

/// <summary>A signed-up user of a company, as webhooks-api sees them through their token.</summary>
public sealed record Account(string Token, Guid UserId, Guid CompanyId);
