using Quartz;

namespace Teammeter.Hris.Tests.Quartz;

/// <summary>Hands out one given scheduler, the way a host's Quartz registration hands out its configured one.</summary>
internal sealed class FixedSchedulerFactory(IScheduler scheduler) : ISchedulerFactory
{
    public Task<IReadOnlyList<IScheduler>> GetAllSchedulers(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<IScheduler>>([scheduler]);

    public Task<IScheduler> GetScheduler(CancellationToken cancellationToken = default) => Task.FromResult(scheduler);

    public Task<IScheduler?> GetScheduler(string schedName, CancellationToken cancellationToken = default) =>
        Task.FromResult<IScheduler?>(schedName == scheduler.SchedulerName ? scheduler : null);
}
