using AiVideo.BuildingBlocks.Idempotency;
using AiVideo.BuildingBlocks.Messaging;
using AiVideo.Webhooks.Api;
using AiVideo.Webhooks.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddWebhooksInfrastructure();
builder.AddEventBus(WebhooksApi.QueuePrefix, typeof(WebhooksApi).Assembly);

var app = builder.Build();

app.UseIdempotency();
app.MapDefaultEndpoints();
app.MapWebhooksApi();

app.Run();
