namespace AiVideo.AppHost;

/// <summary>Loopback ports of every resource. 0 picks a free port.</summary>
public sealed class AppHostPorts
{
    public int Gateway { get; set; } = 8080;
    public int IdentityApi { get; set; } = 5101;
    public int ProjectsApi { get; set; } = 5102;
    public int MediaApi { get; set; } = 5103;
    public int GenerationApi { get; set; } = 5104;
    public int WebhooksApi { get; set; } = 5105;
    public int Postgres { get; set; } = 55432;
    public int RabbitMq { get; set; } = 55672;
    public int RabbitMqManagement { get; set; } = 55673;
    public int RabbitMqDistribution { get; set; } = 55674;
    public int RabbitMqEpmd { get; set; } = 55675;
    public int Redis { get; set; } = 56379;
    public int S3rver { get; set; } = 56380;

    public int ForService(string resource) => resource switch
    {
        ResourceNames.Gateway => Gateway,
        ResourceNames.IdentityApi => IdentityApi,
        ResourceNames.ProjectsApi => ProjectsApi,
        ResourceNames.MediaApi => MediaApi,
        ResourceNames.GenerationApi => GenerationApi,
        ResourceNames.WebhooksApi => WebhooksApi,
        _ => throw new ArgumentOutOfRangeException(nameof(resource), resource, "Not a project resource."),
    };

    /// <summary>Replaces every 0 with a free port.</summary>
    public void AssignFree()
    {
        foreach (var property in typeof(AppHostPorts).GetProperties().Where(p => p.PropertyType == typeof(int)))
        {
            if ((int)property.GetValue(this)! == 0)
            {
                property.SetValue(this, LocalPorts.GetFree());
            }
        }
    }
}
