using AiVideo.Identity.Domain.Users;

namespace AiVideo.Identity.Application.Common;

/// <summary>Field rules shared by several commands.</summary>
public static class Rules
{
    public const int MaxNameLength = 100;
    public const int MaxPasswordLength = 128;

    public static IRuleBuilderOptions<T, string> ValidEmail<T>(this IRuleBuilder<T, string> rule) => rule
        .NotEmpty().WithMessage("An email is required.")
        .Must(email => EmailAddress.TryCreate(email, out _)).WithMessage("This is not a valid email address.");

    public static IRuleBuilderOptions<T, string> ValidPersonName<T>(this IRuleBuilder<T, string> rule) => rule
        .NotEmpty().WithMessage("A name is required.")
        .MaximumLength(MaxNameLength).WithMessage($"A name has at most {MaxNameLength} characters.");

    /// <summary>Presence and length; strength is checked by the account store's password rules.</summary>
    public static IRuleBuilderOptions<T, string> PresentPassword<T>(this IRuleBuilder<T, string> rule) => rule
        .NotEmpty().WithMessage("A password is required.")
        .MaximumLength(MaxPasswordLength).WithMessage($"A password has at most {MaxPasswordLength} characters.");
}
