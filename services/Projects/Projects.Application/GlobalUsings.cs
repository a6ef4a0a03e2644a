global using AiVideo.Projects.Application.Abstractions;
global using AiVideo.Projects.Application.Common;
global using AiVideo.Projects.Domain.Projects;
global using AiVideo.SharedKernel.Paging;
global using AiVideo.SharedKernel.Results;
global using Microsoft.Extensions.Options;
