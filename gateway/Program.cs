using AiVideo.Gateway;

var builder = WebApplication.CreateBuilder(args);

builder.AddBasicServiceDefaults();
builder.AddReverseProxy();

var app = builder.Build();

app.UseRequestId();
app.UseApiDocumentation();
app.MapDefaultEndpoints();
app.MapReverseProxy();

app.Run();
