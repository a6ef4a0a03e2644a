namespace AiVideo.Generation.Infrastructure.Local.Speech;

/// <summary>
/// The offline narrator: espeak-ng reads the text (from a file, never the command line) to a WAV. With a target
/// length, a reading longer than the scene's speaking window is read again faster (<see cref="SpeechFitting"/>); one
/// still too long at the fastest rate is cut with a short fade; the result is placed after a short lead-in and padded
/// with silence to exactly the target, so narration lines up with its scene.
/// </summary>
internal sealed class LocalSpeechSynthesizer(ToolRunner runner, LocalTools tools, IOptions<LocalMediaOptions> options) : ISpeechSynthesizer
{
    public const int MaxTextLength = 5000;

    public async Task<SpokenNarration> SpeakAsync(SpeechRequest request, MediaWorkspace workspace, IProgress<MediaProgress>? progress, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Text) || request.Text.Length > MaxTextLength)
        {
            throw MediaProcessingException.InvalidRequest($"Narration text is required and at most {MaxTextLength} characters.");
        }
        if (request.TargetSeconds is { } target && !(target > 0.5))
        {
            throw MediaProcessingException.InvalidRequest($"Narration needs at least 0.5 s to be spoken in (asked for {target} s).");
        }
        var settings = options.Value;
        var voice = string.IsNullOrWhiteSpace(request.Voice) ? settings.DefaultVoice : request.Voice.Trim();
        var textFile = workspace.NewFile("narration", ".txt");
        await File.WriteAllTextAsync(textFile, request.Text.Trim(), cancellationToken);

        var rate = settings.SpeechWordsPerMinute;
        var speech = await ReadAloudAsync(textFile, voice, rate, workspace, cancellationToken);
        progress?.Report(new MediaProgress(MediaStages.Speech, 50));
        var output = workspace.NewFile("narration", ".wav");
        if (request.TargetSeconds is not { } seconds)
        {
            speech.Write(output);
            progress?.Report(new MediaProgress(MediaStages.Speech, 100));
            return Result(output, speech, truncated: false);
        }

        var window = SpeechFitting.Window(seconds);
        var spoken = Voice(speech);
        if (spoken.DurationSeconds > window)
        {
            rate = SpeechFitting.Rate(spoken.DurationSeconds, window, settings.SpeechWordsPerMinute, settings.MaxSpeechWordsPerMinute);
            spoken = Voice(await ReadAloudAsync(textFile, voice, rate, workspace, cancellationToken));
        }
        var windowFrames = (int)(window * spoken.SampleRate);
        var truncated = spoken.Frames > windowFrames;
        if (truncated)
        {
            spoken = spoken.Slice(0, windowFrames, fadeFrames: spoken.SampleRate / 25);
        }
        var lead = (int)Math.Round(SpeechFitting.LeadIn(seconds) * spoken.SampleRate);
        var placed = spoken.Place(lead, (int)Math.Round(seconds * spoken.SampleRate));
        placed.Write(output);
        progress?.Report(new MediaProgress(MediaStages.Speech, 100));
        return Result(output, placed, truncated);
    }

    private async Task<WaveAudio> ReadAloudAsync(string textFile, string voice, int rate, MediaWorkspace workspace, CancellationToken cancellationToken)
    {
        var wav = workspace.NewFile("espeak", ".wav");
        try
        {
            await runner.RunAsync(new ToolInvocation(tools.Espeak,
                ["-v", voice, "-s", rate.ToString(CultureInfo.InvariantCulture), "-w", wav, "-f", textFile], options.Value.SpeechTimeout)
            {
                Stage = MediaStages.Speech,
                Outputs = [wav],
            }, progress: null, cancellationToken);
        }
        catch (MediaProcessingException exception) when (exception.Code == MediaErrorCodes.ToolFailed && exception.Message.Contains("voice", StringComparison.OrdinalIgnoreCase))
        {
            throw MediaProcessingException.InvalidRequest($"The voice '{voice}' is not one espeak-ng has (e.g. en-us, en-gb, de, fr, es).");
        }
        var audio = WaveAudio.Read(wav);
        File.Delete(wav);
        return audio;
    }

    /// <summary>The part of espeak-ng's output where the voice is (it adds silence of its own at both ends), with 20 ms to spare each side.</summary>
    private static WaveAudio Voice(WaveAudio audio)
    {
        if (audio.Audible() is not var (first, last))
        {
            return audio;
        }
        var spare = audio.SampleRate / 50;
        var start = Math.Max(0, first - spare);
        return audio.Slice(start, Math.Min(audio.Frames, last + 1 + spare) - start);
    }

    private static SpokenNarration Result(string path, WaveAudio audio, bool truncated)
    {
        var (first, last) = audio.Audible() ?? (0, 0);
        return new SpokenNarration(path, audio.DurationSeconds, (double)first / audio.SampleRate, (double)(last + 1) / audio.SampleRate, truncated);
    }
}
