using AiVideo.AppHost;
using AiVideo.AppHost.Local;
using AiVideo.AppHost.Servers;
using AiVideo.AppHost.Services;

var builder = DistributedApplication.CreateBuilder(AppHostStartup.Options(args));
var run = builder.AddLocalRun();

if (run.Settings.InfrastructureOnly)
{
    // The servers alone (all, or those --AppHost:InfrastructureServers names) for ./test.sh and the test fixtures.
    if (run.Settings.Starts(ResourceNames.Postgres))
    {
        builder.AddPostgresServer(ResourceNames.Postgres);
    }
    if (run.Settings.Starts(ResourceNames.EventBus))
    {
        builder.AddEventBus(ResourceNames.EventBus);
    }
    if (run.Settings.Starts(ResourceNames.Redis))
    {
        builder.AddRedisServer(ResourceNames.Redis);
    }
    builder.AddStorage(ResourceNames.Storage);
    builder.Build().Run();
    return;
}

var postgres = builder.AddPostgresServer(ResourceNames.Postgres);
var eventBus = builder.AddEventBus(ResourceNames.EventBus);
var redis = builder.AddRedisServer(ResourceNames.Redis);
var storage = builder.AddStorage(ResourceNames.Storage);

var identityDb = postgres.AddDatabase(ResourceNames.IdentityDatabase);
var projectsDb = postgres.AddDatabase(ResourceNames.ProjectsDatabase);
var mediaDb = postgres.AddDatabase(ResourceNames.MediaDatabase);
var generationDb = postgres.AddDatabase(ResourceNames.GenerationDatabase);
var webhooksDb = postgres.AddDatabase(ResourceNames.WebhooksDatabase);

var identity = builder.AddService<Projects.Identity_Api>(ResourceNames.IdentityApi)
    .WithReference(identityDb).WaitFor(identityDb)
    .WithReference(eventBus).WaitFor(eventBus)
    .WithTokenServer(builder.AddParameter(SecretNames.SigningKeyEncryptionKey, secret: true), AppHostStartup.Clients);

var media = builder.AddService<Projects.MediaStorage_Api>(ResourceNames.MediaApi)
    .WithReference(mediaDb).WaitFor(mediaDb)
    .WithReference(eventBus).WaitFor(eventBus)
    .WithStorage(storage, builder.AddParameter(SecretNames.StorageSigningKey, secret: true))
    .WithIdentity(identity).WaitFor(identity);

var generation = builder.AddService<Projects.Generation_Api>(ResourceNames.GenerationApi)
    .WithReference(generationDb).WaitFor(generationDb)
    .WithReference(eventBus).WaitFor(eventBus)
    .WithIdentity(identity).WaitFor(identity)
    .WithReference(media).WaitFor(media)
    .WithCloudProviders(builder);

var projects = builder.AddService<Projects.Projects_Api>(ResourceNames.ProjectsApi)
    .WithReference(projectsDb).WaitFor(projectsDb)
    .WithReference(eventBus).WaitFor(eventBus)
    .WithReference(redis).WaitFor(redis)
    .WithIdentity(identity).WaitFor(identity)
    .WithReference(media)
    .WithReference(generation);

var webhooks = builder.AddService<Projects.Webhooks_Api>(ResourceNames.WebhooksApi)
    .WithReference(webhooksDb).WaitFor(webhooksDb)
    .WithReference(eventBus).WaitFor(eventBus)
    .WithIdentity(identity).WaitFor(identity)
    .WithEnvironment("Webhooks__Secrets__EncryptionKey", builder.AddParameter(SecretNames.WebhookSecretsEncryptionKey, secret: true))
    // Local runs deliver to receivers on this machine too (http, loopback); deploy/k8s keeps both off.
    .WithEnvironment("Webhooks__Delivery__AllowHttp", "true")
    .WithEnvironment("Webhooks__Delivery__AllowLoopback", "true");
foreach (var provider in SecretNames.WebhookProviders)
{
    webhooks.WithEnvironment($"Webhooks__Providers__{provider}__Secret", builder.AddParameter(SecretNames.WebhookProviderSecret(provider), secret: true));
}

builder.AddService<Projects.Gateway>(ResourceNames.Gateway, port: run.GatewayPort)
    .WithReference(redis).WaitFor(redis)
    .WithIdentity(identity)
    .WithReference(projects).WaitFor(projects)
    .WithReference(media).WaitFor(media)
    .WithReference(generation).WaitFor(generation)
    .WithReference(webhooks).WaitFor(webhooks)
    .WaitFor(identity)
    .WithExternalHttpEndpoints();

builder.Build().Run();
