global using AiVideo.ServiceDefaults.Problems;
global using Microsoft.Extensions.Options;
global using Yarp.ReverseProxy;
global using AiVideo.SharedKernel.Vocabulary;
