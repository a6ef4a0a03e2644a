namespace AiVideo.Projects.Domain.Files;

/// <summary>
/// A media file projects-api knows to belong to a company, learned from media's and generation's events (an image or a
/// video stored, a video ready) or from asking media-api: its type and, as far as known, its status and size. Which
/// company a file belongs to and its type never change, so a client's file id can be checked against this record
/// without asking media-api again.
/// </summary>
public sealed class KnownFile
{
    public const int MaxContentTypeLength = 100;
    public const int MaxStatusLength = 16;

    /// <summary>The status of a file whose bytes can be used (media-api's word for it).</summary>
    public const string Available = "available";

    private KnownFile()
    {
    }

    public Guid Id { get; private set; }

    public Guid CompanyId { get; private set; }

    /// <summary>The canonical content type (<c>image/png</c>, <c>video/mp4</c>…).</summary>
    public string ContentType { get; private set; } = "";

    /// <summary>As media-api names it: <c>uploading</c>, <c>processing</c>, <c>available</c>, <c>failed</c>.</summary>
    public string Status { get; private set; } = "";

    public int? Width { get; private set; }

    public int? Height { get; private set; }

    public double? DurationSeconds { get; private set; }

    public DateTimeOffset LearnedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public bool IsAvailable => Status == Available;

    public static KnownFile Learn(Guid id, Guid companyId, string contentType, string status, int? width, int? height, double? durationSeconds, DateTimeOffset now) => new()
    {
        Id = id,
        CompanyId = companyId,
        ContentType = Fit(contentType.Split(';')[0].Trim().ToLowerInvariant(), MaxContentTypeLength),
        Status = Fit(status, MaxStatusLength),
        Width = width,
        Height = height,
        DurationSeconds = durationSeconds,
        LearnedAt = now,
        UpdatedAt = now,
    };

    /// <summary>
    /// Takes what a newer report says: its status and whatever sizes it knows. A file that is available stays so (a late
    /// <c>processing</c> report of an upload that was already processed changes nothing). Returns whether anything changed.
    /// </summary>
    public bool Update(KnownFile report, DateTimeOffset now)
    {
        var status = IsAvailable && report.Status != "failed" ? Status : report.Status;
        var width = report.Width ?? Width;
        var height = report.Height ?? Height;
        var duration = report.DurationSeconds ?? DurationSeconds;
        if (status == Status && width == Width && height == Height && duration == DurationSeconds)
        {
            return false;
        }
        (Status, Width, Height, DurationSeconds, UpdatedAt) = (status, width, height, duration, now);
        return true;
    }

    private static string Fit(string text, int max) => text.Length <= max ? text : text[..max];
}
