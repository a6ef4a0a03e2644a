using AiVideo.BuildingBlocks.Idempotency;
using AiVideo.BuildingBlocks.Messaging;
using AiVideo.Generation.Api;
using AiVideo.Generation.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGenerationInfrastructure();
builder.AddEventBus(GenerationApi.QueuePrefix, typeof(GenerationApi).Assembly);

var app = builder.Build();

app.UseIdempotency();
app.MapDefaultEndpoints();
app.MapGenerationApi();

app.Run();
