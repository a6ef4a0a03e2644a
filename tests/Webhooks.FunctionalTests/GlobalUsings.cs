global using AiVideo.SharedKernel.Vocabulary;
global using AiVideo.Testing;
global using AiVideo.Webhooks.Application.Abstractions;
global using AiVideo.Webhooks.Domain.Deliveries;
global using AiVideo.Webhooks.Domain.Endpoints;
global using AiVideo.Webhooks.Domain.Inbound;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.Extensions.DependencyInjection;
