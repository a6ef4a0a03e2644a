global using AiVideo.BuildingBlocks.Http;
global using AiVideo.SharedKernel.Results;
global using AiVideo.SharedKernel.Vocabulary;
global using AiVideo.Webhooks.Api.Http;
global using Microsoft.AspNetCore.Http.HttpResults;
