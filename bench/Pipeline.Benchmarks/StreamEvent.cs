namespace AiVideo.Benchmarks.Pipeline;

/// <summary>
/// One Server-Sent Event of a project's stream: its id, type (<c>project_status</c>, <c>project_progress</c>,
/// <c>scene_status</c>, …), new status if any, the generation request it concerns if any, when projects-api recorded it
/// and when it arrived here (<see cref="Clock"/>).
/// </summary>
public sealed record StreamEvent(long Id, string Type, string? Status, Guid? RequestId, DateTimeOffset OccurredAt, double ArrivedAt)
{
    public bool IsProjectStatus(string status) => Type == "project_status" && Status == status;

    public bool Settles => IsProjectStatus("completed") || IsProjectStatus("failed");

    public static StreamEvent Parse(string data, double arrivedAt)
    {
        var entry = JsonDocument.Parse(data).RootElement;
        var status = entry.TryGetProperty("status", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        var request = entry.TryGetProperty("requestId", out var id) && id.ValueKind == JsonValueKind.String ? id.GetGuid() : (Guid?)null;
        return new StreamEvent(entry.GetProperty("sequence").GetInt64(), entry.GetProperty("type").GetString()!, status, request,
            entry.GetProperty("occurredAt").GetDateTimeOffset(), arrivedAt);
    }
}
