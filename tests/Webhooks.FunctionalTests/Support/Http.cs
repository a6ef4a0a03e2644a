namespace AiVideo.Webhooks.FunctionalTests.Support;

/// <summary>Answers as a test expects them.</summary>
public static class Http
{
    public static async Task Expect(HttpResponseMessage response, HttpStatusCode status)
    {
        if (response.StatusCode != status)
        {
            throw new Xunit.Sdk.XunitException($"Expected {(int)status} but got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        await Expect(response, status);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
