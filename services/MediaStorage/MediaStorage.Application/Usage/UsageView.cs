namespace AiVideo.MediaStorage.Application.Usage;

/// <summary>
/// What <c>GET /api/usage</c> answers: bytes and files kept, bytes held for uploads under way, the company's plan, the
/// quota, what the other companies of its storage pool (those its founder founded) use of that quota, and what is left
/// for new uploads.
/// </summary>
public sealed record UsageView(Guid CompanyId, long BytesUsed, int FileCount, long ReservedBytes, string? Plan, long QuotaBytes, long PoolBytesUsedElsewhere, long RemainingBytes);
