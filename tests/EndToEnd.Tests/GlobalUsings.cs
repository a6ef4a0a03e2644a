global using AiVideo.Hosting;
global using AiVideo.Testing;
