namespace AiVideo.Generation.Domain.Companies;

/// <summary>
/// What generation knows of a company: the provider its work goes to when a request names none (set by its admins), and
/// its plan (from identity's <c>CompanyPlanAssigned</c>), which says how much provider work it may buy a month.
/// </summary>
public sealed class CompanyGenerationSettings
{
    public const int MaxProviderLength = 64;
    public const int MaxPlanLength = 64;

    private CompanyGenerationSettings()
    {
    }

    public Guid CompanyId { get; private set; }

    public string? DefaultProvider { get; private set; }

    public string? Plan { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static CompanyGenerationSettings For(Guid companyId, DateTimeOffset now) => new() { CompanyId = companyId, UpdatedAt = now };

    /// <summary>Sets (or, with null, clears) the company's default provider.</summary>
    public void UseProvider(string? provider, DateTimeOffset now)
    {
        if (provider?.Length > MaxProviderLength)
        {
            throw new ArgumentException($"A provider name is at most {MaxProviderLength} characters.", nameof(provider));
        }
        DefaultProvider = provider;
        UpdatedAt = now;
    }

    public void AssignPlan(string plan, DateTimeOffset now)
    {
        Plan = plan.Length <= MaxPlanLength ? plan : plan[..MaxPlanLength];
        UpdatedAt = now;
    }
}
