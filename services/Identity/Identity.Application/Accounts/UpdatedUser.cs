using AiVideo.Identity.Application.ApiKeys;

namespace AiVideo.Identity.Application.Accounts;

/// <summary>
/// A user after an update. After a password change, also the API keys they created that still worked (in any of their
/// companies: a thief with the old password could have made them), and whether they were revoked by this change.
/// </summary>
public sealed record UpdatedUser(UserView User, IReadOnlyList<ApiKeyView>? ApiKeys = null, bool ApiKeysRevoked = false);
