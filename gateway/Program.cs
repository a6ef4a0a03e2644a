using AiVideo.Gateway;
using AiVideo.Gateway.Proxy;

var builder = WebApplication.CreateBuilder(args);

builder.AddBasicServiceDefaults();
builder.AddGatewayProxy();

var app = builder.Build();

app.UseRequestId();
app.UseApiDocumentation();
app.MapDefaultEndpoints();
app.MapGatewayProxy();

app.Run();
