using AiVideo.AppHost.Local;

namespace AiVideo.AppHost.Servers;

public static class StorageExtensions
{
    /// <summary>
    /// The <c>storage</c> resource: the bucket configured in AppHost's <c>Storage</c> section if there is one, s3rver when
    /// <c>AppHost:StartS3rver</c> is set, else the embedded filesystem backend under the data directory, whose signed URLs
    /// are served through the gateway.
    /// </summary>
    public static IResourceBuilder<IResource> AddStorage(this IDistributedApplicationBuilder builder, string name)
    {
        var run = LocalRun.Of(builder);
        var configured = builder.Configuration.GetSection("Storage");
        if (configured.Exists())
        {
            var settings = configured.AsEnumerable(makePathsRelative: true).Where(kv => kv.Value is not null)
                .ToDictionary(kv => kv.Key, kv => kv.Value!);
            return builder.AddResource(new StorageResource(name, settings))
                .WithInitialState(Snapshot("configured", settings.GetValueOrDefault("Provider", "filesystem"), settings.GetValueOrDefault("Bucket", "")))
                .ExcludeFromManifest();
        }

        if (run.Settings.StartS3rver)
        {
            var port = LocalPorts.OrFree(run.Settings.Ports.S3rver);
            var data = Path.Combine(run.DataDirectory, "s3rver");
            Directory.CreateDirectory(data);
            var script = Path.Combine(run.RepositoryRoot, ".tools", "s3rver", "node_modules", "s3rver", "bin", "s3rver.js");
            var health = $"{name}-ready";
            builder.Services.AddHealthChecks().AddAsyncCheck(health, ct => ServerHealth.HttpAsync(new Uri($"http://127.0.0.1:{port}/"), ct));
            return builder.AddResource(new S3rverResource(name, "node", data))
                .WithArgs(script, "-d", data, "-a", "127.0.0.1", "-p", port.ToString(), "--silent")
                .WithEnvironment("NODE_OPTIONS", "--openssl-legacy-provider")
                .WithHttpEndpoint(port: port, targetPort: port, isProxied: false)
                .WithHealthCheck(health)
                .WithIconName("Storage")
                .ExcludeFromManifest();
        }

        var root = Path.Combine(run.DataDirectory, "storage");
        Directory.CreateDirectory(root);
        var filesystem = new Dictionary<string, string> { ["Provider"] = "filesystem", ["RootPath"] = root, ["PublicBaseUrl"] = run.PublicUrl };
        return builder.AddResource(new StorageResource(name, filesystem))
            .WithInitialState(Snapshot("filesystem", "filesystem", root))
            .ExcludeFromManifest();
    }

    /// <summary>Gives media-api the storage's settings (<c>Storage__*</c>), and for the filesystem backend the key its URLs are signed with.</summary>
    public static IResourceBuilder<ProjectResource> WithStorage(
        this IResourceBuilder<ProjectResource> project, IResourceBuilder<IResource> storage, IResourceBuilder<ParameterResource> signingKey)
    {
        switch (storage.Resource)
        {
            case StorageResource configured:
                foreach (var (key, value) in configured.Settings)
                {
                    project.WithEnvironment($"Storage__{key.Replace(":", "__")}", value);
                }
                if (configured.Settings.GetValueOrDefault("Provider", "filesystem") == "filesystem")
                {
                    project.WithEnvironment("Storage__SigningKey", signingKey);
                }
                return project;
            case S3rverResource s3rver:
                return project
                    .WithEnvironment("Storage__Provider", "s3")
                    .WithEnvironment("Storage__ServiceUrl", s3rver.Endpoint)
                    .WithEnvironment("Storage__AccessKey", S3rverResource.AccessKey)
                    .WithEnvironment("Storage__SecretKey", S3rverResource.SecretKey)
                    .WithEnvironment("Storage__ForcePathStyle", "true")
                    .WithEnvironment("Storage__UseChunkEncoding", "false")
                    .WaitFor(storage);
            default:
                throw new ArgumentException($"{storage.Resource.Name} is not a storage resource.", nameof(storage));
        }
    }

    private static CustomResourceSnapshot Snapshot(string kind, string provider, string where) => new()
    {
        ResourceType = "Storage",
        State = KnownResourceStates.Running,
        Properties =
        [
            new("storage.kind", kind),
            new("storage.provider", provider),
            new("storage.location", where),
        ],
    };
}
