global using AiVideo.Projects.Domain.Pipeline;
global using AiVideo.Projects.Domain.Projects;
global using AiVideo.Projects.Domain.Scenes;
global using AiVideo.SharedKernel.Results;
global using AiVideo.Projects.Domain.Timeline;
