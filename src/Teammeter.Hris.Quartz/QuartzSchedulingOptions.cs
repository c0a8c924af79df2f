namespace Teammeter.Hris;

/// <summary>Settings of the Quartz.NET daily sync added by <c>UseQuartzScheduling</c>.</summary>
public sealed class QuartzSchedulingOptions
{
    /// <summary>
    /// How often the schedule keeper re-reads the host's <see cref="ISyncTenantProvider"/> and brings the triggers in
    /// step: a tenant that turns automatic sync on or off, or moves its time, takes effect within this interval.
    /// Every node runs the keeper; a refresh that changes nothing only reads. Default: 1 minute.
    /// </summary>
    public TimeSpan ScheduleRefreshInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The Quartz job and trigger group holding one job and one trigger per tenant. The keeper owns the group: a
    /// trigger in it whose tenant is no longer on automatic sync is removed. A tenant's one-off triggers live beside it,
    /// in <c>&lt;Group&gt;.requested</c> (webhook runs) and <c>&lt;Group&gt;.retry</c> (same-day retries of a failed run),
    /// which the keeper leaves alone. Default: <c>teammeter-hris</c>.
    /// </summary>
    public string Group { get; set; } = "teammeter-hris";

    /// <summary>
    /// How many refreshes in a row must find the tenant list empty (no usable tenant record at all) before the keeper
    /// removes every scheduled tenant. A store that briefly answers with nothing (a failover, a wrong connection
    /// string, a migration) would otherwise unschedule the whole backend in one refresh. 1 trusts the first empty
    /// answer. Default: 3 (with the default interval, three minutes). Allowed: 1 to 1,000.
    /// </summary>
    public int EmptyTenantListConfirmations { get; set; } = 3;
}
