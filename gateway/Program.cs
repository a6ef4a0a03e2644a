using AiVideo.Gateway;
using AiVideo.Gateway.Edge;
using AiVideo.Gateway.Proxy;

var builder = WebApplication.CreateBuilder(args);

builder.AddBasicServiceDefaults();
builder.AddGatewayEdge();
builder.AddGatewayProxy();

var app = builder.Build();

app.UseRequestId();
app.UseApiDocumentation();
app.UseGatewayEdge();
app.MapDefaultEndpoints();
app.MapGatewayProxy();

app.Run();
