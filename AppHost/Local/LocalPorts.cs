namespace AiVideo.AppHost.Local;

/// <summary>Loopback ports for resources whose endpoints DCP does not proxy.</summary>
public static class LocalPorts
{
    /// <summary>The configured port, or a free one when it is 0.</summary>
    public static int OrFree(int configured) => configured > 0 ? configured : GetFree();

    /// <summary>A loopback port nothing listens on, that this process has not handed out before (<see cref="FreePorts"/>).</summary>
    public static int GetFree() => FreePorts.Next();
}
