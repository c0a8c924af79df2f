namespace Teammeter.Hris.Benchmarks.Reconciler;

/// <summary>What the reconciler is asked to plan.</summary>
public enum ReconcilerScenario
{
    /// <summary>First sync of a tenant: Teammeter is empty, every employee becomes a user.</summary>
    InitialSync,

    /// <summary>A daily run where nothing changed in HR: the plan is empty.</summary>
    SteadyState,

    /// <summary>A daily run after 1% hires, 1% leavers, 1% team moves and 1% renames (people and teams).</summary>
    DailyChurn,
}
