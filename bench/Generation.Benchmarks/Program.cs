using System.Diagnostics;
using AiVideo.Benchmarks.Generation;
using AiVideo.Generation.Application.Media;
using AiVideo.Generation.Infrastructure.Local;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// Usage: Generation.Benchmarks <output folder> [scenes=6] [seconds=30] [width=1280] [height=720]
// Runs the local pipeline the way generation-api's jobs will: a storyboard; per scene (as many at once as
// Providers:Local:MaxParallelScenes, default the core count) an image, its clip and its narration; captions from the
// narration; one composition with narration and burned-in captions. Prints the wall time of each step and of the whole
// as Markdown rows, keeps the outputs in the folder, writes every command run to <folder>/commands.log and the scenes
// (duration, title, narration) to <folder>/storyboard.tsv, which bench/generation-raw.sh reads.
var output = Path.GetFullPath(args[0]);
var sceneCount = args.Length > 1 ? int.Parse(args[1]) : 6;
var seconds = args.Length > 2 ? double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 30;
var (width, height) = (args.Length > 4 ? int.Parse(args[3]) : 1280, args.Length > 4 ? int.Parse(args[4]) : 720);
Directory.CreateDirectory(output);
File.Delete(Path.Combine(output, "commands.log"));

var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
var commands = new CommandLog(Path.Combine(output, "commands.log"));
using var services = new ServiceCollection()
    .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug).AddProvider(commands))
    .AddLocalMediaProviders(configuration)
    .BuildServiceProvider();
var parallel = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<LocalMediaOptions>>().Value.MaxParallelScenes;
using var workspace = services.GetRequiredService<IMediaWorkspaces>().Create("bench");
var steps = new List<(string Step, double Seconds)>();
var total = Stopwatch.StartNew();

var clock = Stopwatch.StartNew();
var storyboard = await services.GetRequiredService<IStoryWriter>().WriteAsync(new StoryRequest(
    "A small bakery opening at dawn in an old harbour town", seconds, sceneCount, "16:9", "cinematic", "calm",
    new BrandKit("Harbour Bakery", ["#C8553D", "#F2D0A4"], "sourdough bread")), null, default);
steps.Add(("storyboard", clock.Elapsed.TotalSeconds));
File.WriteAllLines(Path.Combine(output, "storyboard.tsv"), storyboard.Scenes.Select(s => $"{s.DurationSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}\t{s.Title}\t{s.Narration}"));

clock.Restart();
var scenes = new (GeneratedImage Image, GeneratedClip Clip, SpokenNarration Narration)[sceneCount];
await Parallel.ForEachAsync(Enumerable.Range(0, sceneCount), new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (i, token) =>
{
    var scene = storyboard.Scenes[i];
    var image = await services.GetRequiredService<IImageGenerator>().GenerateAsync(new ImageRequest(scene.ImagePrompt, width, height, scene.Title,
        scene.NegativePrompt, "cinematic", "calm", new BrandKit("Harbour Bakery", ["#C8553D", "#F2D0A4"]), Variation: scene.Order), workspace, null, token);
    var clip = await services.GetRequiredService<IClipGenerator>().GenerateAsync(new ClipRequest(image.Path, scene.DurationSeconds, width, height, scene.ImagePrompt, scene.Order), workspace, null, token);
    var narration = await services.GetRequiredService<ISpeechSynthesizer>().SpeakAsync(new SpeechRequest(scene.Narration, clip.DurationSeconds), workspace, null, token);
    scenes[i] = (image, clip, narration);
});
steps.Add(($"images, clips, narration ({sceneCount} scenes, {parallel} at a time)", clock.Elapsed.TotalSeconds));

clock.Restart();
var offsets = new double[sceneCount];
for (var i = 1; i < sceneCount; i++)
{
    offsets[i] = offsets[i - 1] + scenes[i - 1].Clip.DurationSeconds;
}
var captions = await services.GetRequiredService<ICaptionWriter>().WriteAsync(
    [.. storyboard.Scenes.Select((s, i) => new CaptionSegment(s.Narration, offsets[i] + scenes[i].Narration.SpeechStartSeconds, offsets[i] + scenes[i].Narration.SpeechEndSeconds))],
    workspace, default);
var video = await services.GetRequiredService<IVideoComposer>().ComposeAsync(new CompositionRequest(
    [.. scenes.Select(s => new TimelineClip(s.Clip.Path))],
    [.. scenes.Select((s, i) => new NarrationPlacement(s.Narration.Path, offsets[i]))],
    Captions: captions, BurnCaptions: true), workspace, null, default);
steps.Add(("captions and final composition (burned captions, thumbnail)", clock.Elapsed.TotalSeconds));
steps.Add(("**total**", total.Elapsed.TotalSeconds));

foreach (var file in Directory.EnumerateFiles(workspace.Path, "*.*").Where(f => f.EndsWith(".png") || f.EndsWith(".jpg") || f.EndsWith(".vtt") || f.Contains("final")))
{
    File.Copy(file, Path.Combine(output, Path.GetFileName(file)), overwrite: true);
}
foreach (var (step, elapsed) in steps)
{
    Console.WriteLine($"| {step} | {elapsed:0.00} |");
}
Console.WriteLine($"| final video | {video.DurationSeconds:0.000} s, {video.Width}x{video.Height}, {video.SizeBytes / 1024} KiB |");
foreach (var (tool, (runs, milliseconds)) in commands.Runs.OrderBy(r => r.Key))
{
    Console.WriteLine($"| {tool}: {runs} runs, summed wall time (runs overlap when scenes render in parallel) | {milliseconds / 1000.0:0.00} |");
}
using var self = Process.GetCurrentProcess();
Console.WriteLine($"| CPU of the .NET process itself (start-up, JIT, SkiaSharp drawing, WAV fitting; tools excluded) | {self.TotalProcessorTime.TotalSeconds:0.00} s |");
Console.WriteLine($"| peak working set of the .NET process | {self.PeakWorkingSet64 / 1024 / 1024} MiB |");
