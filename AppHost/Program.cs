using AiVideo.AppHost;

var configuration = new ConfigurationBuilder()
    .SetBasePath(AppContext.BaseDirectory)
    .AddJsonFile("appsettings.json", optional: true)
    .AddEnvironmentVariables()
    .AddCommandLine(args.Where(a => a.Contains('=')).ToArray())
    .Build();

var options = configuration.GetSection("AppHost").Get<AppHostOptions>() ?? new AppHostOptions();
options.InfrastructureOnly |= args.Contains("--infrastructure-only");

using var shutdown = new ShutdownSignal();
return await new SystemRunner(options, configuration, new ResourceConsole()).RunAsync(shutdown.Token);
