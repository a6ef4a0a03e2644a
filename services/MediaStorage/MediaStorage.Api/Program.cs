using AiVideo.BuildingBlocks.Idempotency;
using AiVideo.BuildingBlocks.Messaging;
using AiVideo.MediaStorage.Api;
using AiVideo.MediaStorage.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddMediaStorageInfrastructure();
builder.AddMediaApi();
builder.AddEventBus(MediaStorageApi.QueuePrefix, typeof(MediaStorageApi).Assembly);

var app = builder.Build();

app.UseIdempotency();
app.MapDefaultEndpoints();
app.MapMediaApi();

app.Run();
