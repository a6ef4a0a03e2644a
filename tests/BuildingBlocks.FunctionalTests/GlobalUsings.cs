global using AiVideo.BuildingBlocks.TestHost;
global using AiVideo.Testing.Processes;
global using AiVideo.Testing;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.Extensions.Configuration;
global using Microsoft.Extensions.DependencyInjection;
global using Microsoft.Extensions.Hosting;
global using Npgsql;
