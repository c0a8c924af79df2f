using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Teammeter.Hris.Sample.Output;
using Teammeter.Hris.Sample.CommandLine;

namespace Teammeter.Hris.Sample.Hosting;

/// <summary>The host composition: the package registered exactly as the Teammeter backend registers it.</summary>
internal static class SampleHost
{
    /// <summary>
    /// Builds a host whose sink, sender and review store are the sample's SQLite file and <c>.eml</c> outbox; with
    /// <c>--admin-email</c>, the admin's notifications go to the outbox too.
    /// </summary>
    /// <param name="options">The command line.</param>
    /// <param name="console">Where the logs go, and the progress line of <c>plan</c>, <c>sync</c> and the review commands.</param>
    /// <param name="apideck">Where Apideck is, and the credentials to use (the demo passes its embedded server).</param>
    /// <param name="clock">The clock the run uses; <c>--today</c> shifts it.</param>
    /// <param name="configure">Adds to the composition, after the package is registered (<c>serve</c> adds a scheduler).</param>
    public static IHost Build(SampleOptions options, SampleConsole console, ApideckEndpoint apideck, TimeProvider clock, Action<PersonioSyncBuilder>? configure = null)
    {
        // SQLite creates the file but not its folder.
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.DatabasePath))!);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });

        // stdout belongs to the command's output (and to --json): the logs go to stderr, short unless --verbose. The
        // demo and serve show no progress: the demo is quick, and serve's runs are unattended.
        var showProgress = console.Progress.IsTerminal && options.Command is not SampleCommand.Demo and not SampleCommand.Serve;
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        builder.Services.AddSingleton<ILoggerProvider>(services => new StderrLoggerProvider(
            console.Progress,
            console.Verbose,
            () => services.GetRequiredService<IOptions<PersonioSyncOptions>>().Value.MaxRetryAttempts,
            showProgress));
        if (showProgress)
        {
            builder.Services.AddSingleton(services => new OperationsProgressListener(services.GetRequiredService<IMeterFactory>(), console.Progress));
        }

        builder.Services.AddSingleton(clock);
        builder.Services.AddSingleton<ITeammeterSink>(_ => new SqliteTeammeterSink(options.DatabasePath, clock));
        builder.Services.AddSingleton<IInvitationSender>(_ => options.CrashAfterInvitations is { } crash
            ? new CrashingInvitationSender(new EmlInvitationSender(options.OutboxDirectory, clock), crash)
            : new EmlInvitationSender(options.OutboxDirectory, clock));

        // Plans, decisions and the run history live beside the Teammeter data, so `approve` in one process acts on
        // the plan a `sync` (or a `serve` node) stored in another; the package's in-memory default would forget them.
        builder.Services.AddSingleton<ISyncStore>(_ => new SqliteSyncStore(options.DatabasePath, clock));
        if (options.AdminEmail is { } admin)
        {
            builder.Services.AddSingleton<IAdminNotifier>(_ => new EmlAdminNotifier(options.OutboxDirectory, admin, clock));
        }

        var sync = builder.Services.AddPersonioSync(sync =>
        {
            sync.ApideckBaseAddress = apideck.BaseAddress;
            sync.AppId = apideck.AppId;
            sync.ApiKey = apideck.ApiKey;
            sync.ServiceId = options.ServiceId;
        });
        if (options.Scope is { } scope)
        {
            builder.Services.AddSingleton<ISyncTenantProvider>(new ScopedTenantProvider(options.Tenant, scope));
        }

        configure?.Invoke(sync);
        var host = builder.Build();

        // Resolved now so that it listens from the start; the host disposes it.
        host.Services.GetService<OperationsProgressListener>();
        return host;
    }
}
