using System.Buffers.Binary;

namespace AiVideo.Generation.Infrastructure.Local.Speech;

/// <summary>16-bit PCM audio as read from and written to a WAV file (what espeak-ng writes), with the edits narration fitting needs.</summary>
internal sealed class WaveAudio(int sampleRate, int channels, short[] samples)
{
    public int SampleRate { get; } = sampleRate;

    public int Channels { get; } = channels;

    /// <summary>Interleaved samples.</summary>
    public short[] Samples { get; } = samples;

    public int Frames => Samples.Length / Channels;

    public double DurationSeconds => (double)Frames / SampleRate;

    public static WaveAudio Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 12 || !bytes.AsSpan(0, 4).SequenceEqual("RIFF"u8) || !bytes.AsSpan(8, 4).SequenceEqual("WAVE"u8))
        {
            throw MediaProcessingException.UnreadableInput("The speech output is not a WAV file.");
        }
        int? sampleRate = null, channels = null;
        for (var offset = 12; offset + 8 <= bytes.Length;)
        {
            var id = bytes.AsSpan(offset, 4);
            var size = (int)Math.Min(BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(offset + 4)), (uint)(bytes.Length - offset - 8));
            var body = bytes.AsSpan(offset + 8, size);
            if (id.SequenceEqual("fmt "u8))
            {
                var format = BinaryPrimitives.ReadUInt16LittleEndian(body);
                var bits = BinaryPrimitives.ReadUInt16LittleEndian(body[14..]);
                if (format != 1 || bits != 16)
                {
                    throw MediaProcessingException.UnreadableInput($"The speech output is not 16-bit PCM (format {format}, {bits} bits).");
                }
                channels = BinaryPrimitives.ReadUInt16LittleEndian(body[2..]);
                sampleRate = BinaryPrimitives.ReadInt32LittleEndian(body[4..]);
            }
            else if (id.SequenceEqual("data"u8) && sampleRate is { } rate && channels is { } count)
            {
                var samples = new short[size / 2];
                for (var i = 0; i < samples.Length; i++)
                {
                    samples[i] = BinaryPrimitives.ReadInt16LittleEndian(body[(i * 2)..]);
                }
                return new WaveAudio(rate, count, samples);
            }
            offset += 8 + size + (size & 1);
        }
        throw MediaProcessingException.UnreadableInput("The speech output has no PCM data.");
    }

    public void Write(string path)
    {
        var data = Samples.Length * 2;
        var bytes = new byte[44 + data];
        "RIFF"u8.CopyTo(bytes);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), 36 + data);
        "WAVEfmt "u8.CopyTo(bytes.AsSpan(8));
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(16), 16);
        BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(20), 1);
        BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(22), (short)Channels);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(24), SampleRate);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(28), SampleRate * Channels * 2);
        BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(32), (short)(Channels * 2));
        BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(34), 16);
        "data"u8.CopyTo(bytes.AsSpan(36));
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(40), data);
        for (var i = 0; i < Samples.Length; i++)
        {
            BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(44 + i * 2), Samples[i]);
        }
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>The first and last frame louder than <paramref name="threshold"/> (null when all is quieter): where the voice is.</summary>
    public (int First, int Last)? Audible(short threshold = 400)
    {
        int first = -1, last = -1;
        for (var i = 0; i < Samples.Length; i++)
        {
            if (Math.Abs((int)Samples[i]) > threshold)
            {
                first = first < 0 ? i / Channels : first;
                last = i / Channels;
            }
        }
        return first < 0 ? null : (first, last);
    }

    /// <summary>Frames [<paramref name="first"/>, <paramref name="first"/> + <paramref name="count"/>), faded out over the last <paramref name="fadeFrames"/>.</summary>
    public WaveAudio Slice(int first, int count, int fadeFrames = 0)
    {
        var samples = Samples.AsSpan(first * Channels, count * Channels).ToArray();
        for (var f = Math.Max(0, count - fadeFrames); f < count; f++)
        {
            var gain = (double)(count - f) / Math.Max(1, fadeFrames);
            for (var c = 0; c < Channels; c++)
            {
                samples[f * Channels + c] = (short)(samples[f * Channels + c] * gain);
            }
        }
        return new WaveAudio(SampleRate, Channels, samples);
    }

    /// <summary>This audio after <paramref name="leadFrames"/> of silence, padded with silence to <paramref name="totalFrames"/>.</summary>
    public WaveAudio Place(int leadFrames, int totalFrames)
    {
        var samples = new short[totalFrames * Channels];
        var copied = Math.Max(0, Math.Min(Frames, totalFrames - leadFrames));
        Samples.AsSpan(0, copied * Channels).CopyTo(samples.AsSpan(leadFrames * Channels));
        return new WaveAudio(SampleRate, Channels, samples);
    }
}
