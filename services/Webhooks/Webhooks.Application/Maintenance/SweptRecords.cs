namespace AiVideo.Webhooks.Application.Maintenance;

/// <summary>How many receipts and deliveries a sweep removed.</summary>
public sealed record SweptRecords(int Receipts, int Deliveries);
