global using AiVideo.SharedKernel.Results;
global using AiVideo.SharedKernel.Vocabulary;
