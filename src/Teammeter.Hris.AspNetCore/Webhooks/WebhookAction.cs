namespace Teammeter.Hris.Webhooks;

/// <summary>What an event asks of the sync.</summary>
internal enum WebhookAction
{
    /// <summary>Nothing (an event type the sync does not use).</summary>
    None,

    /// <summary>The admin authorised the connection: sync now (the tenant's first sync is its initial sync).</summary>
    InitialSync,

    /// <summary>HR changed: sync, debounced.</summary>
    Sync,

    /// <summary>The connection is no longer usable: tell the admin, run nothing.</summary>
    NotifyConnectionLost,
}
