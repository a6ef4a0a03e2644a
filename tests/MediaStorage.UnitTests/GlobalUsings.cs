global using AiVideo.MediaStorage.Domain.Media;
global using AiVideo.MediaStorage.Domain.Uploads;
global using AiVideo.SharedKernel.Results;
