global using System.Net;
global using AiVideo.Testing.Processes;
global using AiVideo.Testing;
global using AiVideo.SharedKernel.Vocabulary;
