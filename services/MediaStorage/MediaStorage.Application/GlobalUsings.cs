global using AiVideo.MediaStorage.Application.Abstractions;
global using AiVideo.MediaStorage.Application.Storage;
global using AiVideo.MediaStorage.Domain.Files;
global using AiVideo.MediaStorage.Domain.Media;
global using AiVideo.MediaStorage.Domain.Uploads;
global using AiVideo.SharedKernel.Results;
global using Microsoft.Extensions.Options;
