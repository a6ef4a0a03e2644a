global using System.Net;
global using AiVideo.Hosting;
global using AiVideo.Testing;
