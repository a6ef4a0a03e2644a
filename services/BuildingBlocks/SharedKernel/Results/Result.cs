using System.Diagnostics.CodeAnalysis;

namespace AiVideo.SharedKernel.Results;

/// <summary>The outcome of an operation that returns nothing: success, or an <see cref="Results.Error"/>.</summary>
public readonly record struct Result
{
    private Result(Error? error) => Error = error;

    public Error? Error { get; }

    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    public static Result Success { get; } = new(null);

    public static implicit operator Result(Error error) => new(error);
}
