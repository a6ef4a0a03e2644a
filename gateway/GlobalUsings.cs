global using AiVideo.ServiceDefaults;
global using Microsoft.Extensions.Options;
