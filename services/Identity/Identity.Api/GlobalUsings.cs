global using AiVideo.BuildingBlocks.Http;
global using AiVideo.Identity.Api.Http;
global using AiVideo.Identity.Application.Common;
global using AiVideo.SharedKernel.Results;
global using Microsoft.AspNetCore.Http.HttpResults;
global using AiVideo.SharedKernel.Vocabulary;
global using Microsoft.AspNetCore;
