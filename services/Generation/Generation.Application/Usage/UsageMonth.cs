namespace AiVideo.Generation.Application.Usage;

/// <summary>A calendar month in UTC, the period usage limits count over.</summary>
public readonly record struct UsageMonth(int Year, int Month)
{
    public DateTimeOffset Start => new(Year, Month, 1, 0, 0, 0, TimeSpan.Zero);

    public DateTimeOffset End => Start.AddMonths(1);

    public static UsageMonth Of(DateTimeOffset time)
    {
        var utc = time.ToUniversalTime();
        return new UsageMonth(utc.Year, utc.Month);
    }

    /// <summary>Reads <c>YYYY-MM</c>.</summary>
    public static bool TryParse(string? text, out UsageMonth month)
    {
        month = default;
        if (text is not { Length: 7 } || text[4] != '-'
            || !int.TryParse(text.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(5, 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            || year < 2000 || year > 9999 || number is < 1 or > 12)
        {
            return false;
        }
        month = new UsageMonth(year, number);
        return true;
    }

    public override string ToString() => $"{Year:0000}-{Month:00}";
}
