global using AiVideo.Identity.Application.Abstractions;
global using AiVideo.Identity.Application.Common;
global using AiVideo.Identity.Domain.Companies;
global using AiVideo.SharedKernel.Results;
global using FluentValidation;
global using Microsoft.Extensions.Options;
global using AiVideo.SharedKernel.Vocabulary;
