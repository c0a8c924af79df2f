namespace Teammeter.Hris.Sample.Output;

/// <summary>Prints the setup link and the connection status, for a person or as JSON.</summary>
internal static class ConnectionOutput
{
    public static void WriteLink(SampleConsole console, string tenant, HrisSetupLink link)
    {
        if (console.Json)
        {
            console.WriteJson(json =>
            {
                json.WriteStartObject();
                json.WriteString("tenant", tenant);
                json.WriteString("url", link.Url.AbsoluteUri);
                json.WriteString("expiresAt", link.ExpiresAt);
                json.WriteEndObject();
            });
            return;
        }

        // The link is what the customer's admin opens to enter the Personio Client ID and Secret in Apideck Vault;
        // printing it is the point of this command (HrisSetupLink.ToString() masks it for logs).
        console.Say($"  setup link for {tenant}'s admin: {link.Url.AbsoluteUri}");
        console.Say($"  valid until {link.ExpiresAt:yyyy-MM-dd HH:mm} UTC");
    }

    public static void WriteStatus(SampleConsole console, string tenant, HrisConnectionStatus status, SyncActivity activity)
    {
        if (console.Json)
        {
            console.WriteJson(json =>
            {
                json.WriteStartObject();
                json.WriteString("tenant", tenant);
                json.WriteString("serviceId", status.ServiceId);
                json.WriteString("state", status.State);
                json.WriteBoolean("enabled", status.Enabled);
                json.WriteBoolean("connected", status.IsConnected);
                json.WriteString("reason", status.Reason.ToString());
                json.WriteString("nextStep", status.NextStep);
                json.WriteStartArray("missingAttributes");
                foreach (var attribute in status.MissingAttributes)
                {
                    json.WriteStringValue(attribute);
                }

                json.WriteEndArray();
                if (status.ReadError is { } readError)
                {
                    json.WriteString("readError", readError);
                }

                WriteTime(json, "lastSuccessfulSync", activity.LastSuccessfulSync);
                WriteTime(json, "nextScheduledRun", activity.NextScheduledRun);
                json.WriteEndObject();
            });
            return;
        }

        console.Say($"  {tenant}: {status.ServiceId} is {Describe(status)}");
        if (status.ReadError is { } error)
        {
            console.Say($"  reading employees failed: {error}");
        }

        console.Say($"  next step: {status.NextStep}");
        console.Say($"  last successful sync: {activity.LastSuccessfulSync?.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture) ?? "never (no run in the history)"}");
        if (activity.NextScheduledRun is { } next)
        {
            console.Say($"  next scheduled run: about {next:yyyy-MM-dd HH:mm} UTC (a day after the last scheduled run)");
        }
        if (NeedsSetupLink(status.Reason))
        {
            console.Say($"  setup link: run `connect --tenant {tenant}` and send the link to the admin");
        }
    }

    /// <summary>One line: CONNECTED only when Vault says callable and switched on, otherwise what is wrong.</summary>
    public static string Describe(HrisConnectionStatus status) => status.Reason switch
    {
        HrisConnectionReason.Connected => $"CONNECTED ({Vault(status)})",
        HrisConnectionReason.MissingAttributes => $"CONNECTED ({Vault(status)}), but attributes are missing: {string.Join(", ", status.MissingAttributes)}",
        HrisConnectionReason.ReadFailed => $"usable in Vault ({Vault(status)}), but employees could not be read",
        HrisConnectionReason.NotFound => "not set up yet: Apideck has no connection for this tenant",
        HrisConnectionReason.Disabled => $"NOT CONNECTED: switched off in Vault ({Vault(status)})",
        HrisConnectionReason.UnknownState => $"NOT CONNECTED: unknown Vault state ({Vault(status)})",
        _ => $"NOT CONNECTED ({Vault(status)})",
    };

    private static void WriteTime(System.Text.Json.Utf8JsonWriter json, string name, DateTimeOffset? value)
    {
        if (value is { } time)
        {
            json.WriteString(name, time);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static string Vault(HrisConnectionStatus status) => $"{status.State}, {(status.Enabled ? "switched on" : "switched off")}";

    private static bool NeedsSetupLink(HrisConnectionReason reason) =>
        reason is not (HrisConnectionReason.Connected or HrisConnectionReason.MissingAttributes);
}
