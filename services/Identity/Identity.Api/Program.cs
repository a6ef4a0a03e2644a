using AiVideo.BuildingBlocks.Idempotency;
using AiVideo.BuildingBlocks.Messaging;
using AiVideo.Identity.Api;
using AiVideo.Identity.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddIdentityInfrastructure();
builder.AddIdentityApi();
builder.AddEventBus(IdentityApi.QueuePrefix, typeof(IdentityApi).Assembly);

var app = builder.Build();

app.UseIdentityApi();
app.UseIdempotency();
app.MapDefaultEndpoints();
app.MapIdentityApi();

app.Run();
