namespace AiVideo.Generation.Domain.Usage;

/// <summary>
/// One call to a provider that did (or may have done) billable work for a company: which provider and model, for which
/// job, how much (<see cref="Units"/> of <see cref="Unit"/>: images, seconds of video, characters, tokens) and what it
/// cost by the provider's configured prices. Recorded as the call returns, whatever becomes of the job.
/// </summary>
public sealed class ProviderCall
{
    public const int MaxNameLength = 128;

    private ProviderCall()
    {
    }

    public Guid Id { get; private set; }

    public Guid CompanyId { get; private set; }

    public Guid? JobId { get; private set; }

    public string Kind { get; private set; } = "";

    public string Provider { get; private set; } = "";

    public string Model { get; private set; } = "";

    public decimal Units { get; private set; }

    public string Unit { get; private set; } = "";

    public decimal Cost { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public static ProviderCall Record(Guid companyId, Guid? jobId, string kind, string provider, string model, decimal units, string unit, decimal cost,
        DateTimeOffset now) => new()
        {
            Id = Guid.CreateVersion7(now),
            CompanyId = companyId,
            JobId = jobId,
            Kind = Cut(kind),
            Provider = Cut(provider),
            Model = Cut(model),
            Units = units,
            Unit = Cut(unit),
            Cost = cost,
            RecordedAt = now,
        };

    private static string Cut(string text) => text.Length <= MaxNameLength ? text : text[..MaxNameLength];
}
