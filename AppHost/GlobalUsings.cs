global using AiVideo.Hosting;
global using AiVideo.ServiceDefaults;
global using Microsoft.Extensions.Configuration;
global using Microsoft.Extensions.Logging;
