using System.Web;
using AiVideo.MediaStorage.Infrastructure.Storage;
using Microsoft.Extensions.Options;

namespace AiVideo.MediaStorage.UnitTests;

public sealed class FileSystemUrlSignerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);
    private readonly FixedClock _clock = new(Now);
    private readonly FileSystemUrlSigner _signer;

    public FileSystemUrlSignerTests()
    {
        _signer = Signer("a-signing-key-of-at-least-32-characters!");
    }

    [Fact]
    public void A_signed_url_is_accepted_for_its_method_path_and_terms_until_it_expires()
    {
        var url = _signer.Sign("PUT", "/storage/objects/companies/c/a.png", Now.AddMinutes(5), 4096, "image/png");

        Check("PUT", url).Should().BeNull();
        _clock.Now = Now.AddMinutes(5).AddSeconds(1);
        Check("PUT", url).Should().Be("The URL has expired.");
    }

    [Fact]
    public void Changing_the_method_path_length_type_or_signature_breaks_it()
    {
        var url = _signer.Sign("PUT", "/storage/objects/companies/c/a.png", Now.AddMinutes(5), 4096, "image/png");

        Check("GET", url).Should().Contain("signature");
        Check("PUT", url, path: "/storage/objects/companies/d/a.png").Should().Contain("signature");
        Check("PUT", url, query => query["X-Length"] = "1").Should().Contain("signature");
        Check("PUT", url, query => query["X-Type"] = "image/jpeg").Should().Contain("signature");
        Check("PUT", url, query => query["X-Expires"] = Now.AddDays(1).ToUnixTimeSeconds().ToString()).Should().Contain("signature");
        Check("PUT", url, query => query["X-Signature"] = "A" + query["X-Signature"]![1..]).Should().Contain("signature");
        Check("PUT", url, query => query.Remove("X-Signature")).Should().Be("The URL is not signed.");
    }

    [Fact]
    public void A_url_signed_with_another_key_is_refused()
    {
        var url = Signer("another-signing-key-of-32-characters-or-more").Sign("GET", "/storage/objects/k", Now.AddMinutes(5));

        Check("GET", url).Should().Contain("signature");
    }

    [Fact]
    public void A_short_signing_key_is_refused_at_start()
    {
        var create = () => Signer("short");

        create.Should().Throw<InvalidOperationException>().WithMessage("*32 characters*");
    }

    private FileSystemUrlSigner Signer(string key) =>
        new(Options.Create(new StorageOptions { SigningKey = key, PublicBaseUrl = "http://127.0.0.1:5000" }), _clock);

    private string? Check(string method, Uri url, Action<System.Collections.Specialized.NameValueCollection>? change = null, string? path = null)
    {
        var query = HttpUtility.ParseQueryString(url.Query);
        change?.Invoke(query);
        return _signer.Check(method, path ?? url.AbsolutePath, name => query[name]);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
