namespace AiVideo.Projects.Domain.Catalogue;

/// <summary>What a car media file shows: the exterior, the interior, the sound, or a 3D model (<c>3D_MODEL</c> outside the code).</summary>
public enum CarMediaType
{
    Exterior,
    Interior,
    Sound,
    ThreeDModel,
}
