using System.Diagnostics;

namespace AiVideo.MediaStorage.UnitTests;

/// <summary>
/// Real files made by ffmpeg, once per test run, so recognition is checked against what encoders actually write rather
/// than against headers written by hand.
/// </summary>
public sealed class RealMedia : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("media-signatures-");
    private readonly Dictionary<string, byte[]> _files = new();
    private readonly Lock _gate = new();

    /// <summary>The ffmpeg arguments (after the input) that make each sample from a 320×240 test pattern and a tone.</summary>
    private static readonly Dictionary<string, string> Recipes = new()
    {
        ["png"] = "-frames:v 1",
        ["jpg"] = "-frames:v 1 -q:v 5",
        ["webp"] = "-frames:v 1 -c:v libwebp -lossless 0",
        ["lossless.webp"] = "-frames:v 1 -c:v libwebp -lossless 1",
        ["gif"] = "-frames:v 1",
        ["mp4"] = "-t 1 -c:v libx264 -pix_fmt yuv420p -c:a aac -shortest",
        ["mov"] = "-t 1 -c:v libx264 -pix_fmt yuv420p -c:a aac -shortest",
        ["webm"] = "-t 1 -c:v libvpx -b:v 200k -c:a libvorbis -shortest",
        ["mp3"] = "-t 1 -vn -c:a libmp3lame",
        ["wav"] = "-t 1 -vn -c:a pcm_s16le",
        ["m4a"] = "-t 1 -vn -c:a aac",
        ["ogg"] = "-t 1 -vn -c:a libvorbis",
    };

    public byte[] Get(string extension)
    {
        lock (_gate)
        {
            if (!_files.TryGetValue(extension, out var bytes))
            {
                bytes = Make(extension);
                _files[extension] = bytes;
            }
            return bytes;
        }
    }

    private byte[] Make(string extension)
    {
        var output = Path.Combine(_folder.FullName, "sample." + extension);
        var start = new ProcessStartInfo("ffmpeg")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var argument in "-hide_banner -loglevel error -y -f lavfi -i testsrc=size=320x240:rate=10 -f lavfi -i sine=frequency=440:sample_rate=44100".Split(' '))
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var argument in Recipes[extension].Split(' '))
        {
            start.ArgumentList.Add(argument);
        }
        start.ArgumentList.Add(output);
        using var ffmpeg = Process.Start(start)!;
        var errors = ffmpeg.StandardError.ReadToEnd();
        ffmpeg.WaitForExit();
        if (ffmpeg.ExitCode != 0)
        {
            throw new InvalidOperationException($"ffmpeg could not make a {extension} sample: {errors}");
        }
        return File.ReadAllBytes(output);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
