using AiVideo.SharedKernel.Paging;
using AiVideo.SharedKernel.Results;
using Microsoft.AspNetCore.Http;

namespace AiVideo.BuildingBlocks.Http;

/// <summary>Translates use-case results to HTTP results in endpoint handlers.</summary>
public static class ResultHttpExtensions
{
    public static IResult ToHttp(this Error error) => new ErrorResult(error);

    public static IResult ToHttp<T>(this Result<T> result, Func<T, IResult> success) =>
        result.IsSuccess ? success(result.Value) : new ErrorResult(result.Error);

    public static IResult ToHttp(this Result result, Func<IResult> success) =>
        result.IsSuccess ? success() : new ErrorResult(result.Error);

    /// <summary>Reads <c>?cursor=&amp;limit=</c>; a wrong one is a 400 saying which.</summary>
    public static bool TryGetPage(string? cursor, int? limit, out PageRequest page, out IResult? problem)
    {
        if (PageRequest.TryCreate(cursor, limit, out page, out var errors))
        {
            problem = null;
            return true;
        }
        problem = Error.Validation(errors).ToHttp();
        return false;
    }
}
