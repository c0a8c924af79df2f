namespace Teammeter.Hris;

/// <summary>How a run ended. Names are stable: they appear in the run history and JSON.</summary>
public enum SyncOutcome
{
    /// <summary>The run finished; held operations and warnings included.</summary>
    Succeeded,

    /// <summary>The run failed: HR could not be read (nothing written) or applying stopped part-way.</summary>
    Failed,

    /// <summary>The run was cancelled (host shutdown, caller's token).</summary>
    Cancelled,
}
