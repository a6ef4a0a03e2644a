global using AiVideo.BuildingBlocks.Http;
global using AiVideo.Contracts;
global using AiVideo.Generation.Api.Http;
global using AiVideo.Generation.Application.Jobs;
global using AiVideo.Generation.Application.Videos;
global using AiVideo.ServiceDefaults.Authentication;
global using AiVideo.SharedKernel.Results;
global using AiVideo.SharedKernel.Vocabulary;
