global using AiVideo.SharedKernel.Results;
