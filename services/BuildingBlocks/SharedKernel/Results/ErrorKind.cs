namespace AiVideo.SharedKernel.Results;

/// <summary>What kind of failure an <see cref="Error"/> is; the Api layer maps each to an HTTP status.</summary>
public enum ErrorKind
{
    /// <summary>The input breaks a rule (400, with field errors).</summary>
    Validation,

    /// <summary>No such thing, or one the caller may not know about (404).</summary>
    NotFound,

    /// <summary>The caller is known and may see the thing but not do this (403).</summary>
    Forbidden,

    /// <summary>The request contradicts the current state (409).</summary>
    Conflict,

    /// <summary>The credentials are missing, wrong or no longer valid (401).</summary>
    Unauthorized,

    /// <summary>It existed but is no longer usable (410).</summary>
    Gone,

    /// <summary>Too many attempts; try again after <see cref="Error.RetryAfter"/> (429).</summary>
    TooManyRequests,

    /// <summary>More bytes than allowed: over a size limit or a quota (413).</summary>
    TooLarge,

    /// <summary>The content is not of a type that is accepted here, or not the type it was declared as (415).</summary>
    UnsupportedMediaType,

    /// <summary>Well-formed, but what it refers to does not add up (422).</summary>
    Unprocessable,

    /// <summary>The work would go beyond what the account's plan allows this period (402).</summary>
    PaymentRequired,
}
