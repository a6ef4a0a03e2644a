using FluentValidation;

namespace AiVideo.Projects.Application.Common;

/// <summary>Runs a command's validator and turns its failures into one validation error with camelCase field names.</summary>
public static class Validation
{
    public static Error? Check<T>(IValidator<T> validator, T command)
    {
        var result = validator.Validate(command);
        if (result.IsValid)
        {
            return null;
        }
        return Error.Validation(result.Errors
            .GroupBy(e => CamelCase(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray()));
    }

    private static string CamelCase(string name) => string.Join('.', name.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
}
