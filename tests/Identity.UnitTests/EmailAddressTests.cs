using AiVideo.Identity.Domain.Users;

namespace AiVideo.Identity.UnitTests;

public sealed class EmailAddressTests
{
    [Theory]
    [InlineData("ada@example.com")]
    [InlineData("  Ada.Lovelace+films@sub.example.co.uk ")]
    public void Valid_addresses_are_kept_trimmed(string text)
    {
        EmailAddress.TryCreate(text, out var email).Should().BeTrue();
        email.Value.Should().Be(text.Trim());
        email.Normalized.Should().Be(text.Trim().ToUpperInvariant());
    }

    [Theory]
    [InlineData("")]
    [InlineData("no-at-sign")]
    [InlineData("ada@localhost")]
    [InlineData("ada@example.")]
    [InlineData("Ada <ada@example.com>")]
    [InlineData("a b@example.com")]
    public void Invalid_addresses_are_refused(string text) => EmailAddress.TryCreate(text, out _).Should().BeFalse();
}
