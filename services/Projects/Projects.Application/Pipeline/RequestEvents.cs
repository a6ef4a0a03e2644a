using AiVideo.Contracts;
using AiVideo.Projects.Domain.Pipeline;

namespace AiVideo.Projects.Application.Pipeline;

/// <summary>
/// The integration event of each request the project decided to send (§5): <c>StoryboardRequested</c>,
/// <c>ImageRequested</c>, <c>VideoRequested</c> of kind <c>clip</c> or <c>final</c>, each with the brand context and the
/// project's provider (generation-api serves a step the provider lacks with its default).
/// </summary>
public static class RequestEvents
{
    public static object Of(GenerationRequest request, GenerationContext context) => request switch
    {
        StoryboardRequest storyboard => new StoryboardRequested(storyboard.RequestId, storyboard.CompanyId, storyboard.UserId, storyboard.ProjectId,
            storyboard.Prompt, storyboard.Style, storyboard.Mood, storyboard.TargetDurationSeconds, storyboard.SceneCount, storyboard.AspectRatio, context.Brand,
            Provider: context.Provider),
        ImageRequest image => new ImageRequested(image.RequestId, image.CompanyId, image.UserId, image.ProjectId, image.SceneId, image.Prompt,
            image.NegativePrompt, image.Width, image.Height, References(image.ReferenceFileIds, context.ProductImageFileIds), image.SeedFrameSourceFileId,
            image.Style, Provider: context.Provider, Title: image.SceneTitle, Mood: image.Mood, Variation: image.Position, Brand: context.Brand),
        ClipRequest clip => new VideoRequested(clip.RequestId, clip.CompanyId, clip.UserId, clip.ProjectId, clip.SceneId, VideoKinds.Clip,
            new VideoInputs(clip.ImageFileId, [], [], null, null, null, null, null, Variation: clip.Position),
            clip.Width, clip.Height, clip.Fps, clip.Seconds, clip.Prompt, Provider: context.Provider, Brand: context.Brand),
        RenderRequest render => Final(render, context),
        _ => throw new ArgumentOutOfRangeException(nameof(request), request.GetType().Name, "Not a generation request this service sends."),
    };

    /// <summary>
    /// The final stitch: the clips as cut by the timeline, one narration line per scene, the caption settings and the
    /// timed caption layers, every audio track (the first also as the music of generators that take one), and the
    /// company's logo as watermark when the project asks for one.
    /// </summary>
    private static VideoRequested Final(RenderRequest render, GenerationContext context)
    {
        var clips = render.Clips.Select(c => new VideoClipInput(c.FileId, c.SceneId, c.TrimInSeconds, c.DurationSeconds)).ToList();
        var narration = render.Narration.Select(n => new NarrationLine(n.SceneId, n.Position, n.Text, render.Voice?.Name)).ToList();
        var style = render.Captions.Style;
        var captions = new Contracts.CaptionSettings(render.Captions.Enabled, render.Captions.Burned, null, style.FontSize, style.Color, style.Position);
        var cues = render.CaptionLayers.Select(c =>
        {
            var cueStyle = Domain.Projects.CaptionStyle.Find(c.Style) ?? style;
            return new CaptionCue(c.Text, c.StartSeconds, c.EndSeconds, cueStyle.Name, cueStyle.FontSize, cueStyle.Color, cueStyle.Position);
        }).ToList();
        var tracks = render.Audio.Select(a => new AudioTrack(a.FileId, a.Volume, a.Ducking, a.StartSeconds)).ToList();
        var music = tracks.FirstOrDefault();
        var inputs = new VideoInputs(null, clips, narration, captions, music?.FileId, music?.Volume, render.Watermark ? context.Brand.LogoFileId : null, null,
            DuckMusic: music?.Ducking ?? true, CaptionCues: cues, AudioTracks: tracks);
        return new VideoRequested(render.RequestId, render.CompanyId, render.UserId, render.ProjectId, null, VideoKinds.Final, inputs,
            render.Width, render.Height, render.Fps, render.TotalSeconds, Provider: context.Provider, Brand: context.Brand);
    }

    /// <summary>The client's reference files first, then the product's pictures, as many as a request takes.</summary>
    private static IReadOnlyList<Guid> References(IReadOnlyList<Guid> given, IReadOnlyList<Guid> product) =>
        given.Concat(product).Distinct().Take(ImageOptions.MaxReferenceFiles).ToList();
}
