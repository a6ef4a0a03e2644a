using AiVideo.Generation.Api;
using AiVideo.Generation.Infrastructure.Persistence;
using AiVideo.SharedKernel.Vocabulary;
using AiVideo.Testing;

namespace AiVideo.Generation.FunctionalTests;

public sealed class GenerationStartupTests() : ServiceStartupTests<GenerationApi, GenerationContext>(ResourceNames.GenerationDatabase);
