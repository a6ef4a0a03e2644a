namespace AiVideo.Projects.Application.Timeline;

/// <summary>
/// The cuts of the final video in play order, and how long it runs. <see cref="IsDefault"/> when no timeline was set:
/// then the clips are every scene's selected clip whole, in scene order.
/// </summary>
public sealed record TimelineView(IReadOnlyList<TimelineClipView> Clips, double TotalDuration, bool IsDefault)
{
    public static TimelineView Of(Project project)
    {
        if (project.Timeline.Count > 0)
        {
            var cuts = project.Timeline.Select(TimelineClipView.Of).ToList();
            return new TimelineView(cuts, cuts.Max(c => c.End), false);
        }
        var start = 0.0;
        var clips = new List<TimelineClipView>();
        foreach (var scene in project.Scenes.Where(s => s.SelectedClip is not null))
        {
            var length = scene.SelectedClip!.DurationSeconds ?? scene.DurationSeconds;
            clips.Add(new TimelineClipView(scene.Id, clips.Count + 1, start, 0, length, length, start + length));
            start += length;
        }
        return new TimelineView(clips, start, true);
    }
}
