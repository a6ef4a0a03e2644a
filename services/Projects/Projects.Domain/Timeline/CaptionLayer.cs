using AiVideo.Projects.Domain.Projects;

namespace AiVideo.Projects.Domain.Timeline;

/// <summary>A caption shown over the final video from <see cref="StartSeconds"/> to <see cref="EndSeconds"/>, in a caption style.</summary>
public sealed class CaptionLayer
{
    public const int MaxTextLength = 500;

    private CaptionLayer()
    {
    }

    internal CaptionLayer(Guid projectId, int position, string text, double startSeconds, double endSeconds, CaptionStyle style, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        ProjectId = projectId;
        Position = position;
        Text = text;
        StartSeconds = startSeconds;
        EndSeconds = endSeconds;
        Style = style;
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    /// <summary>The order the layers were given in, 1 to the number of caption layers.</summary>
    public int Position { get; private set; }

    public string Text { get; private set; } = "";

    public double StartSeconds { get; private set; }

    public double EndSeconds { get; private set; }

    public CaptionStyle Style { get; private set; } = CaptionStyle.Classic;
}
