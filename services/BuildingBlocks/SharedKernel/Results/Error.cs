namespace AiVideo.SharedKernel.Results;

/// <summary>An expected failure of a use case: a kind, a stable code, a message for people, and field errors for validation.</summary>
public sealed record Error(ErrorKind Kind, string Code, string Message)
{
    public IReadOnlyDictionary<string, string[]> Fields { get; init; } = new Dictionary<string, string[]>();

    public TimeSpan? RetryAfter { get; init; }

    /// <summary>Facts a client can act on (sizes, detected types), added to the problem as extensions.</summary>
    public IReadOnlyDictionary<string, object?> Details { get; init; } = new Dictionary<string, object?>();

    public static Error Validation(IReadOnlyDictionary<string, string[]> fields) =>
        new(ErrorKind.Validation, "validation_failed", "The request is invalid.") { Fields = fields };

    public static Error Validation(string field, string message) =>
        Validation(new Dictionary<string, string[]> { [field] = [message] });

    public static Error NotFound(string what) => new(ErrorKind.NotFound, "not_found", $"The {what} was not found.");

    public static Error Forbidden(string message) => new(ErrorKind.Forbidden, "forbidden", message);

    public static Error Conflict(string code, string message) => new(ErrorKind.Conflict, code, message);

    public static Error Unauthorized(string code, string message) => new(ErrorKind.Unauthorized, code, message);

    public static Error Gone(string code, string message) => new(ErrorKind.Gone, code, message);

    public static Error TooLarge(string code, string message) => new(ErrorKind.TooLarge, code, message);

    public static Error UnsupportedMediaType(string code, string message) => new(ErrorKind.UnsupportedMediaType, code, message);

    public static Error Unprocessable(string code, string message) => new(ErrorKind.Unprocessable, code, message);

    public static Error PaymentRequired(string code, string message) => new(ErrorKind.PaymentRequired, code, message);

    public static Error TooManyRequests(string message, TimeSpan retryAfter) =>
        new(ErrorKind.TooManyRequests, "too_many_requests", message) { RetryAfter = retryAfter };
}
