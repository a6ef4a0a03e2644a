using AiVideo.SharedKernel.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace AiVideo.BuildingBlocks.Http;

/// <summary>
/// A use case's <see cref="Error"/> as RFC 9457 problem+json: validation 400 with field errors, not found 404, forbidden
/// 403, conflict 409, unauthorized 401, gone 410, payment required 402 (a plan's limit reached), too many requests 429 with <c>Retry-After</c>. The error's code is in
/// the <c>code</c> extension.
/// </summary>
public sealed class ErrorResult(Error error) : IResult, IStatusCodeHttpResult
{
    public Error Error { get; } = error;

    public int? StatusCode => Error.Kind switch
    {
        ErrorKind.Validation => StatusCodes.Status400BadRequest,
        ErrorKind.NotFound => StatusCodes.Status404NotFound,
        ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        ErrorKind.Conflict => StatusCodes.Status409Conflict,
        ErrorKind.Unauthorized => StatusCodes.Status401Unauthorized,
        ErrorKind.Gone => StatusCodes.Status410Gone,
        ErrorKind.TooManyRequests => StatusCodes.Status429TooManyRequests,
        ErrorKind.TooLarge => StatusCodes.Status413PayloadTooLarge,
        ErrorKind.UnsupportedMediaType => StatusCodes.Status415UnsupportedMediaType,
        ErrorKind.Unprocessable => StatusCodes.Status422UnprocessableEntity,
        ErrorKind.PaymentRequired => StatusCodes.Status402PaymentRequired,
        _ => StatusCodes.Status400BadRequest,
    };

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var status = StatusCode!.Value;
        ProblemDetails problem = Error.Kind == ErrorKind.Validation
            ? new HttpValidationProblemDetails(Error.Fields.ToDictionary()) { Title = Error.Message }
            : new ProblemDetails { Title = Title(status), Detail = Error.Message };
        problem.Status = status;
        problem.Extensions["code"] = Error.Code;
        foreach (var (name, value) in Error.Details)
        {
            problem.Extensions[name] = value;
        }
        if (Error.RetryAfter is { } retryAfter)
        {
            httpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString();
        }
        await httpContext.WriteProblemAsync(problem);
    }

    private static string Title(int status) => status switch
    {
        StatusCodes.Status404NotFound => "Not found.",
        StatusCodes.Status403Forbidden => "Forbidden.",
        StatusCodes.Status409Conflict => "Conflict.",
        StatusCodes.Status401Unauthorized => "Unauthorized.",
        StatusCodes.Status410Gone => "Gone.",
        StatusCodes.Status429TooManyRequests => "Too many requests.",
        StatusCodes.Status413PayloadTooLarge => "Too large.",
        StatusCodes.Status415UnsupportedMediaType => "Unsupported media type.",
        StatusCodes.Status422UnprocessableEntity => "Unprocessable.",
        StatusCodes.Status402PaymentRequired => "Payment required.",
        _ => "The request failed.",
    };
}
