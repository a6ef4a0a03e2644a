namespace AiVideo.Generation.Application.Media;

/// <summary>One rung of an HLS ladder: its name in the master playlist (e.g. <c>720p</c>), frame size, bitrates and media playlist.</summary>
public sealed record HlsVariant(string Name, int Width, int Height, int VideoBitrateKbps, int AudioBitrateKbps, string PlaylistPath);
