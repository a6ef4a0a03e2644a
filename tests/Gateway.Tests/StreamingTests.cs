using System.Net.Http.Json;
using System.Text.Json;
using Xunit.Abstractions;

namespace AiVideo.Gateway.Tests;

/// <summary>Bodies stream through the gateway both ways, so a gigabyte costs it no more memory than a kilobyte.</summary>
public sealed class StreamingTests(GatewayFixture fixture, ITestOutputHelper output) : IClassFixture<GatewayFixture>
{
    private const long Gigabyte = 1L << 30;
    private const long MemoryBound = 150L << 20;

    [Fact]
    public async Task A_1_GB_upload_streams_to_the_upstream_with_bounded_gateway_memory()
    {
        var baseline = await WarmUpAndResetPeakAsync();

        var response = await fixture.Client.PostAsync(fixture.Url("/sink"), new GeneratedContent(Gigabyte));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("bytes").GetInt64().Should().Be(Gigabyte);
        AssertMemoryGrowth(baseline, "upload");
    }

    [Fact]
    public async Task A_1_GB_download_streams_to_the_client_with_bounded_gateway_memory()
    {
        var baseline = await WarmUpAndResetPeakAsync();

        using var response = await fixture.Client.GetAsync(fixture.Url($"/source/{Gigabyte}"), HttpCompletionOption.ResponseHeadersRead);
        response.Content.Headers.ContentLength.Should().Be(Gigabyte);
        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[64 * 1024];
        long received = 0;
        int read;
        while ((read = await body.ReadAsync(buffer)) > 0)
        {
            received += read;
        }

        received.Should().Be(Gigabyte);
        AssertMemoryGrowth(baseline, "download");
    }

    [Fact]
    public async Task A_response_reaches_the_client_as_the_upstream_writes_it()
    {
        using var response = await fixture.Client.GetAsync(fixture.Url("/stream"), HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());

        var first = await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(10));
        first.Should().Be("data: first", "the first event arrives while the upstream still holds back the second");
        fixture.Upstream.ReleaseStream.TrySetResult();
        (await reader.ReadToEndAsync()).Should().Contain("data: second");
    }

    private async Task<long> WarmUpAndResetPeakAsync()
    {
        (await fixture.Client.PostAsync(fixture.Url("/sink"), new GeneratedContent(8 << 20))).EnsureSuccessStatusCode();
        Posix.ResetPeakMemory(fixture.Gateway.ProcessId);
        return Posix.Memory(fixture.Gateway.ProcessId).Current;
    }

    private void AssertMemoryGrowth(long baseline, string what)
    {
        var peak = Posix.Memory(fixture.Gateway.ProcessId).Peak;
        var growth = peak - baseline;
        output.WriteLine($"gateway {what}: resident {baseline >> 20} MB before, peak {peak >> 20} MB during, growth {growth >> 20} MB");
        growth.Should().BeLessThan(MemoryBound, "the gateway streams bodies instead of buffering them");
    }
}
