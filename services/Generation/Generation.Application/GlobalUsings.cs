global using AiVideo.Contracts;
global using AiVideo.Generation.Application.Abstractions;
global using AiVideo.Generation.Application.Media;
global using AiVideo.Generation.Domain.Jobs;
global using AiVideo.SharedKernel.Results;
global using Microsoft.Extensions.Logging;
global using Microsoft.Extensions.Options;
