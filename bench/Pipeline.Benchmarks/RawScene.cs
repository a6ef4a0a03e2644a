namespace AiVideo.Benchmarks.Pipeline;

/// <summary>A scene of the pipeline's storyboard as generation-raw.sh redoes it: its length, words and the picture the pipeline drew.</summary>
public sealed record RawScene(double Duration, string Title, string Narration, string PicturePath);
