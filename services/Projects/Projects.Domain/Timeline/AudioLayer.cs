namespace AiVideo.Projects.Domain.Timeline;

/// <summary>An audio track under the final video: a media file at a volume (0 to 1), ducked under narration or not, from a start time.</summary>
public sealed class AudioLayer
{
    private AudioLayer()
    {
    }

    internal AudioLayer(Guid projectId, int position, Guid fileId, double volume, bool ducking, double startSeconds, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        ProjectId = projectId;
        Position = position;
        FileId = fileId;
        Volume = volume;
        Ducking = ducking;
        StartSeconds = startSeconds;
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    /// <summary>The order the layers were given in, 1 to the number of audio layers.</summary>
    public int Position { get; private set; }

    public Guid FileId { get; private set; }

    public double Volume { get; private set; }

    public bool Ducking { get; private set; }

    public double StartSeconds { get; private set; }
}
