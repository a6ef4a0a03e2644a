namespace AiVideo.MediaStorage.Application.Usage;

/// <summary>
/// What <c>GET /api/usage</c> answers: bytes and files kept, bytes held for uploads under way, the quota, and what is
/// left for new uploads.
/// </summary>
public sealed record UsageView(Guid CompanyId, long BytesUsed, int FileCount, long ReservedBytes, long QuotaBytes, long RemainingBytes);
