using System.Text.Json.Serialization;

namespace AiVideo.Generation.Api.Endpoints;

/// <summary>
/// Errors as OpenAI's API writes them: <c>{ "error": { "message", "type", "param", "code" } }</c> with the HTTP status of
/// the platform's error (400 with the first invalid field as <c>param</c>, 404, 409, 413, 415, ...).
/// </summary>
public static class OpenAiErrors
{
    public sealed record Body([property: JsonPropertyName("error")] Detail Error);

    public sealed record Detail(
        [property: JsonPropertyName("message")] string Message,
        [property: JsonPropertyName("type")] string Type,
        [property: JsonPropertyName("param")] string? Param,
        [property: JsonPropertyName("code")] string? Code);

    public static IResult ToOpenAi(this Error error)
    {
        var status = new ErrorResult(error).StatusCode ?? StatusCodes.Status400BadRequest;
        var (param, message) = error.Fields.Count > 0
            ? (error.Fields.First().Key, string.Join(" ", error.Fields.SelectMany(f => f.Value)))
            : ((string?)null, error.Message);
        var code = error.Kind == ErrorKind.Validation ? "invalid_value" : error.Code;
        var type = status switch
        {
            StatusCodes.Status401Unauthorized => "authentication_error",
            StatusCodes.Status403Forbidden => "permission_error",
            StatusCodes.Status429TooManyRequests => "rate_limit_error",
            StatusCodes.Status402PaymentRequired => "insufficient_quota",
            >= 500 => "server_error",
            _ => "invalid_request_error",
        };
        return TypedResults.Json(new Body(new Detail(message, type, param, code)), statusCode: status);
    }

    public static IResult ToOpenAi<T>(this Result<T> result, Func<T, IResult> success) => result.IsSuccess ? success(result.Value) : result.Error.ToOpenAi();
}
