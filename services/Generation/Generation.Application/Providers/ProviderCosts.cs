namespace AiVideo.Generation.Application.Providers;

/// <summary>What a provider charges per unit of work (section <c>Generation:Providers:{name}:Cost</c>); zero where it is free.</summary>
public sealed class ProviderCosts
{
    public decimal PerImage { get; set; }

    public decimal PerVideoSecond { get; set; }

    public decimal PerThousandCharacters { get; set; }

    public decimal PerThousandTokens { get; set; }

    /// <summary>The cost of <paramref name="units"/> of <paramref name="unit"/> (<see cref="UsageUnits"/>).</summary>
    public decimal Of(string unit, decimal units) => unit switch
    {
        UsageUnits.Images => PerImage * units,
        UsageUnits.VideoSeconds => PerVideoSecond * units,
        UsageUnits.Characters => PerThousandCharacters * units / 1000m,
        UsageUnits.Tokens => PerThousandTokens * units / 1000m,
        _ => 0m,
    };
}
