namespace Teammeter.Hris;

/// <summary>Who or what started a run. Names are stable: they appear in the run history and JSON.</summary>
public enum SyncTrigger
{
    /// <summary>A person or the host's own code (a button, a command, an API call).</summary>
    Manual,

    /// <summary>The daily schedule (the built-in daily sync or the Quartz job).</summary>
    Schedule,

    /// <summary>A same-day retry of a scheduled run that failed.</summary>
    Retry,

    /// <summary>An Apideck webhook delivery.</summary>
    Webhook,
}
