global using AiVideo.MediaStorage.Application.Abstractions;
global using AiVideo.SharedKernel.Results;
global using Microsoft.Extensions.Options;
