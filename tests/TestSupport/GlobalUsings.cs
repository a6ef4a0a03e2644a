global using AiVideo.Hosting;
global using FluentAssertions;
global using Microsoft.EntityFrameworkCore;
global using Npgsql;
global using Xunit;
