using AiVideo.Projects.Api;
using AiVideo.Projects.Infrastructure.Persistence;
using AiVideo.SharedKernel.Vocabulary;
using AiVideo.Testing;

namespace AiVideo.Projects.FunctionalTests;

public sealed class ProjectsStartupTests() : ServiceStartupTests<ProjectsApi, ProjectsContext>(ResourceNames.ProjectsDatabase);
