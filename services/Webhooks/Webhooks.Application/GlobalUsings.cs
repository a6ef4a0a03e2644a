global using AiVideo.SharedKernel.Results;
global using AiVideo.Webhooks.Domain.Deliveries;
global using AiVideo.Webhooks.Domain.Endpoints;
global using AiVideo.Webhooks.Domain.Inbound;
global using Microsoft.Extensions.Options;
global using AiVideo.Webhooks.Application.Abstractions;
