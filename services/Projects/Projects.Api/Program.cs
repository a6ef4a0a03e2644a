using AiVideo.BuildingBlocks.Idempotency;
using AiVideo.BuildingBlocks.Messaging;
using AiVideo.Projects.Api;
using AiVideo.Projects.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddProjectsInfrastructure();
builder.AddProjectsApi();
builder.AddEventBus(ProjectsApi.QueuePrefix, typeof(ProjectsApi).Assembly);

var app = builder.Build();

app.UseIdempotency();
app.MapDefaultEndpoints();
app.MapProjectsEndpoints();

app.Run();
