namespace AiVideo.Projects.Domain.Pipeline;

/// <summary>What became of a result (or failure, or progress) that arrived for a request.</summary>
public enum ResultDisposition
{
    /// <summary>It was the result awaited: state moved on, maybe with new requests to send.</summary>
    Applied,

    /// <summary>Its request had been replaced by a newer one: state is unchanged (a late file is still kept as a scene asset).</summary>
    Superseded,

    /// <summary>Its request had already ended (a duplicate, or a late answer after a failure): state is unchanged and nothing happens twice (a file not seen before is kept as a scene asset).</summary>
    AlreadySettled,

    /// <summary>No request of this project has this id and kind: nothing changes.</summary>
    UnknownRequest,

    /// <summary>Nothing new: a progress report older than (or equal to) one already taken, as out-of-order delivery brings.</summary>
    Stale,
}
