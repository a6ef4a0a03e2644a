using System.Text.Json;

namespace AiVideo.Generation.Application.Jobs;

/// <summary>How job requests and results are kept as JSON in the job row (web defaults: camelCase).</summary>
public static class JobPayloads
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Json);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Json)
        ?? throw new InvalidOperationException($"The job's JSON is not a {typeof(T).Name}.");
}
