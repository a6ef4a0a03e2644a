global using System.Globalization;
global using AiVideo.Generation.Application.Media;
global using AiVideo.Generation.Infrastructure.Local.Processes;
global using Microsoft.Extensions.Configuration;
global using Microsoft.Extensions.DependencyInjection;
global using Microsoft.Extensions.Logging;
global using Microsoft.Extensions.Options;
