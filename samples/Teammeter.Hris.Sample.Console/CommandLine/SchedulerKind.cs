namespace Teammeter.Hris.Sample.CommandLine;

/// <summary>The schedulers <c>serve</c> can run the daily syncs on.</summary>
internal enum SchedulerKind
{
    /// <summary>The package's built-in hosted service: right for one node.</summary>
    Builtin,

    /// <summary>Teammeter.Hris.Quartz on a clustered PostgreSQL job store: any number of nodes.</summary>
    Quartz,
}
