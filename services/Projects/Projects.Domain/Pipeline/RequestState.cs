namespace AiVideo.Projects.Domain.Pipeline;

/// <summary>
/// Where an issued request stands: <c>pending</c> until its result or failure arrives, or <c>superseded</c> when a newer
/// request replaced it (a rerun, a deleted scene) before; a result for it then changes nothing.
/// </summary>
public enum RequestState
{
    Pending,
    Succeeded,
    Failed,
    Superseded,
}
