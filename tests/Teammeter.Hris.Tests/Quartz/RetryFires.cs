using System.Collections.Concurrent;
using Quartz;
using Teammeter.Hris.Scheduling;

namespace Teammeter.Hris.Tests.Quartz;

/// <summary>A Quartz trigger listener that records each retry trigger that fired: its attempt and planned time.</summary>
internal sealed class RetryFires : ITriggerListener
{
    public ConcurrentQueue<(int Attempt, DateTimeOffset PlannedAt)> Fired { get; } = new();

    public string Name { get; } = $"retry-fires-{Guid.NewGuid():N}";

    public Task TriggerFired(ITrigger trigger, IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        if (trigger.JobDataMap.TryGetString(TenantSchedule.RetryAttemptKey, out var attempt))
        {
            Fired.Enqueue((int.Parse(attempt!, System.Globalization.CultureInfo.InvariantCulture), trigger.StartTimeUtc));
        }

        return Task.CompletedTask;
    }

    public Task<bool> VetoJobExecution(ITrigger trigger, IJobExecutionContext context, CancellationToken cancellationToken = default) => Task.FromResult(false);

    public Task TriggerMisfired(ITrigger trigger, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task TriggerComplete(ITrigger trigger, IJobExecutionContext context, SchedulerInstruction triggerInstructionCode, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
