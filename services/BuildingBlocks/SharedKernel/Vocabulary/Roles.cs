namespace AiVideo.SharedKernel.Vocabulary;

/// <summary>A person's role in their company, as tokens and JSON carry it.</summary>
public static class Roles
{
    /// <summary>Manages the company, its members, brand kit and every project.</summary>
    public const string Admin = "ADMIN";

    /// <summary>Creates projects, manages their own and reads the company's.</summary>
    public const string Member = "MEMBER";
}
