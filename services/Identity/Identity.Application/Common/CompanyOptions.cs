using System.ComponentModel.DataAnnotations;

namespace AiVideo.Identity.Application.Common;

/// <summary>What a user may found, and on which plan (section <c>Identity:Companies</c>).</summary>
public sealed class CompanyOptions
{
    public const string SectionName = "Identity:Companies";

    /// <summary>How many companies one user may found, their registration's included.</summary>
    [Range(1, 1000)]
    public int MaxFoundedPerUser { get; set; } = 3;

    /// <summary>The plan new companies are on; it must be one of <see cref="Plans"/>.</summary>
    [Required]
    public string Plan { get; set; } = "free";

    /// <summary>The plans, by name. A plan's storage is one allowance per founder, shared by every company they found.</summary>
    public Dictionary<string, PlanOptions> Plans { get; set; } = new(StringComparer.Ordinal) { ["free"] = new PlanOptions() };

    public PlanOptions CurrentPlan => Plans[Plan];
}
