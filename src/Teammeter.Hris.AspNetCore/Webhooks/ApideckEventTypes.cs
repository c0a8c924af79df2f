namespace Teammeter.Hris.Webhooks;

/// <summary>The Apideck event types the receiver acts on, and what each means for the sync.</summary>
internal static class ApideckEventTypes
{
    public const string ConnectionCallable = "vault.connection.callable";

    public const string EmployeePrefix = "hris.employee.";

    /// <summary>What to do with an event type.</summary>
    public static WebhookAction ActionFor(string eventType) => eventType switch
    {
        ConnectionCallable => WebhookAction.InitialSync,
        "hris.employee.created" or "hris.employee.updated" or "hris.employee.terminated" or "hris.employee.deleted" => WebhookAction.Sync,
        "vault.connection.revoked" or "vault.connection.disabled" or "vault.connection.deleted" or "vault.connection.token_refresh.failed" => WebhookAction.NotifyConnectionLost,
        _ => WebhookAction.None,
    };

    /// <summary>A plain-language summary for the admin (no names, no secrets).</summary>
    public static string ConnectionLostSummary(string eventType) => eventType switch
    {
        "vault.connection.revoked" => "Apideck reports that the Personio connection was revoked (vault.connection.revoked). Syncing stops until you authorise Personio again in Vault.",
        "vault.connection.disabled" => "Apideck reports that the Personio connection was switched off (vault.connection.disabled). Switch it on again in Vault to resume syncing.",
        "vault.connection.deleted" => "Apideck reports that the Personio connection was deleted (vault.connection.deleted). Connect Personio again in Vault to resume syncing.",
        _ => $"Apideck could not refresh the Personio credentials ({eventType}). Check the API credentials in Vault; syncing fails until they work again.",
    };
}
