global using AiVideo.Testing.Processes;
global using FluentAssertions;
global using Microsoft.EntityFrameworkCore;
global using Npgsql;
global using Xunit;
