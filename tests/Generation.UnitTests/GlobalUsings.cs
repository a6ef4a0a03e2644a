global using AiVideo.Generation.Application.Media;
global using AiVideo.Generation.Infrastructure.Local;
