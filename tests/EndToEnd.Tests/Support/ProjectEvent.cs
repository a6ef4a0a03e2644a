namespace AiVideo.EndToEnd.Tests.Support;

/// <summary>One Server-Sent Event of a project's stream: its id, its name (the activity type) and its data.</summary>
public sealed record ProjectEvent(long Id, string Type, JsonElement Data)
{
    /// <summary>The new status of a <c>project_status</c> or <c>scene_status</c> event (null for progress).</summary>
    public string? Status => Data.TryGetProperty("status", out var status) && status.ValueKind == JsonValueKind.String ? status.GetString() : null;

    public bool IsProjectStatus(string status) => Type == "project_status" && Status == status;
}
