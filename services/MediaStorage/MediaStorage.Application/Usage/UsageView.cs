namespace AiVideo.MediaStorage.Application.Usage;

/// <summary>What <c>GET /api/usage</c> answers: bytes and files kept, the quota, and what is left.</summary>
public sealed record UsageView(Guid CompanyId, long BytesUsed, int FileCount, long QuotaBytes, long RemainingBytes);
