global using AiVideo.BuildingBlocks.Http;
global using AiVideo.MediaStorage.Api.Http;
global using AiVideo.MediaStorage.Application.Files;
global using AiVideo.MediaStorage.Application.Storage;
global using AiVideo.MediaStorage.Application.Uploads;
global using AiVideo.SharedKernel.Results;
global using Microsoft.AspNetCore.Http.HttpResults;
