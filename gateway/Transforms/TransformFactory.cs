namespace AiVideo.Gateway.Transforms;

/// <summary>Builds transforms from YARP's configuration form; an unknown or incomplete transform is a start-up error.</summary>
public static class TransformFactory
{
    public static object Create(IReadOnlyDictionary<string, string> config)
    {
        string Get(string key) => config.TryGetValue(key, out var value) ? value : throw new ArgumentException(
            $"The transform {Describe(config)} needs '{key}'.");
        bool Has(string key) => config.ContainsKey(key);

        if (Has("PathRemovePrefix")) return new PathRemovePrefixTransform(new PathString(Get("PathRemovePrefix")));
        if (Has("PathPrefix")) return new PathPrefixTransform(new PathString(Get("PathPrefix")));
        if (Has("PathSet")) return new PathSetTransform(new PathString(Get("PathSet")));
        if (Has("PathPattern")) return new PathPatternTransform(Get("PathPattern"));
        if (Has("RequestHeaderRemove")) return new RequestHeaderRemoveTransform(Get("RequestHeaderRemove"));
        if (Has("RequestHeaderOriginalHost")) return new RequestHeaderOriginalHostTransform(bool.Parse(Get("RequestHeaderOriginalHost")));
        if (Has("RequestHeader"))
        {
            return new RequestHeaderTransform(Get("RequestHeader"), Has("Append") ? Get("Append") : Get("Set"), append: Has("Append"));
        }
        if (Has("ResponseHeaderRemove")) return new ResponseHeaderRemoveTransform(Get("ResponseHeaderRemove"));
        if (Has("ResponseHeader"))
        {
            var always = config.TryGetValue("When", out var when) && when.Equals("Always", StringComparison.OrdinalIgnoreCase);
            return new ResponseHeaderTransform(Get("ResponseHeader"), Has("Append") ? Get("Append") : Get("Set"), append: Has("Append"), always);
        }
        throw new ArgumentException($"The transform {Describe(config)} is not one the gateway knows.");
    }

    private static string Describe(IReadOnlyDictionary<string, string> config) =>
        "{ " + string.Join(", ", config.Select(kv => $"{kv.Key}: {kv.Value}")) + " }";
}
