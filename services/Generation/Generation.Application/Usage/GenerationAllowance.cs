using AiVideo.Generation.Application.Providers;

namespace AiVideo.Generation.Application.Usage;

/// <summary>
/// Whether a company may start more work on a provider this month: work on a provider that charges nothing (<c>local</c>)
/// always may; paid work is refused (<c>usage_limit_reached</c>, 402 through the API) once the company's calls this month
/// cost its plan's monthly limit or more. Work already started finishes.
/// </summary>
public sealed class GenerationAllowance(ICompanySettings companies, IProviderCalls calls, ProviderCatalog providers, IOptions<UsageOptions> options,
    TimeProvider time)
{
    public const string LimitReached = "usage_limit_reached";

    public async Task<Result> CheckAsync(Guid companyId, string provider, CancellationToken cancellationToken)
    {
        if (!providers.Has(provider) || !Charges(providers.Settings(provider).Cost))
        {
            return Result.Success;
        }
        var settings = await companies.FindAsync(companyId, cancellationToken);
        if (options.Value.LimitFor(settings?.Plan) is not { } limit)
        {
            return Result.Success;
        }
        var month = UsageMonth.Of(time.GetUtcNow());
        var cost = await calls.CostAsync(companyId, month.Start, month.End, cancellationToken);
        if (cost < limit)
        {
            return Result.Success;
        }
        var currency = options.Value.Currency;
        return Error.PaymentRequired(LimitReached, string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"The company's provider work this month has cost {cost:0.00} {currency}, its monthly limit is {limit:0.00} {currency}: new work on '{provider}' is refused until {month.End:yyyy-MM-dd}."));
    }

    private static bool Charges(ProviderCosts cost) => cost.PerImage > 0 || cost.PerVideoSecond > 0 || cost.PerThousandCharacters > 0 || cost.PerThousandTokens > 0;
}
