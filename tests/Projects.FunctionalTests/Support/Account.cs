namespace AiVideo.Projects.FunctionalTests.Support;

/// <summary>A signed-in user of a company, with the access token identity-api issued them.</summary>
public sealed record Account(string Token, Guid UserId, Guid CompanyId, string Role);
