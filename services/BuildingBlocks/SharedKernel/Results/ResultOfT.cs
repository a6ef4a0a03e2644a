using System.Diagnostics.CodeAnalysis;

namespace AiVideo.SharedKernel.Results;

/// <summary>The outcome of an operation that returns a value: the value, or an <see cref="Results.Error"/>.</summary>
public readonly record struct Result<T>
{
    private readonly T? _value;

    private Result(T? value, Error? error)
    {
        _value = value;
        Error = error;
    }

    public Error? Error { get; }

    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    public T Value => IsSuccess ? _value! : throw new InvalidOperationException($"The operation failed: {Error.Message}");

    public static implicit operator Result<T>(T value) => new(value, null);

    public static implicit operator Result<T>(Error error) => new(default, error);

    public Result<TOther> Map<TOther>(Func<T, TOther> map) => IsSuccess ? map(Value) : Error;
}
