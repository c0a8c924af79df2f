namespace Teammeter.Hris.Benchmarks.EndToEnd;

/// <summary>The state the tenant's Teammeter database is in when the sync starts.</summary>
public enum EndToEndScenario
{
    /// <summary>Empty: everything is created (a fresh database every iteration).</summary>
    Initial,

    /// <summary>Already in step with HR: the plan is empty and nothing is written.</summary>
    SteadyState,
}
