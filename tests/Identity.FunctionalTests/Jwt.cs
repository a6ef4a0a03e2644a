using System.Text;

namespace AiVideo.Identity.FunctionalTests;

/// <summary>Reads a JWT's parts (no validation) and builds forged ones for the negative tests.</summary>
public static class Jwt
{
    public static JsonElement Header(string token) => Decode(token.Split('.')[0]);

    public static JsonElement Payload(string token) => Decode(token.Split('.')[1]);

    public static Dictionary<string, string> Claims(string token) =>
        Payload(token).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText());

    public static string Encode(string json) => Base64Url(Encoding.UTF8.GetBytes(json));

    public static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static JsonElement Decode(string part)
    {
        var base64 = part.Replace('-', '+').Replace('_', '/');
        base64 += new string('=', (4 - base64.Length % 4) % 4);
        return JsonDocument.Parse(Convert.FromBase64String(base64)).RootElement.Clone();
    }
}
