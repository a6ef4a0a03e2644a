using AiVideo.Webhooks.Api;
using AiVideo.Webhooks.Infrastructure.Persistence;
using AiVideo.SharedKernel.Vocabulary;
using AiVideo.Testing;

namespace AiVideo.Webhooks.FunctionalTests;

public sealed class WebhooksStartupTests() : ServiceStartupTests<WebhooksApi, WebhooksContext>(ResourceNames.WebhooksDatabase);
