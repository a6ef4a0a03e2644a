using AiVideo.Webhooks.Api;
using AiVideo.Webhooks.Infrastructure.Persistence;

namespace AiVideo.Webhooks.FunctionalTests;

public sealed class WebhooksStartupTests() : ServiceStartupTests<WebhooksApi, WebhooksContext>(ResourceNames.WebhooksDatabase);
