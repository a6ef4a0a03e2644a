namespace AiVideo.Generation.Application.Media;

/// <summary>How far a media operation has come: the stage it is in (<see cref="MediaStages"/>) and a percent (0–100) of the whole operation.</summary>
public readonly record struct MediaProgress(string Stage, double Percent);
