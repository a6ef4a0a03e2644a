namespace AiVideo.Identity.FunctionalTests;

/// <summary>identity-api whose key maintenance looks at the keys every second, so a test that moves the clock sees it act.</summary>
public sealed class KeyScheduleFixture : IdentityFixture
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings { get; } = new Dictionary<string, string?>
    {
        ["Identity:SigningKeys:RefreshInterval"] = "00:00:01",
    };
}
