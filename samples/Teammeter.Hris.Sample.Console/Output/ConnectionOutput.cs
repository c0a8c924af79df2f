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

    public static void WriteStatus(SampleConsole console, string tenant, HrisConnectionStatus status)
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
                json.WriteEndObject();
            });
            return;
        }

        console.Say($"  {tenant}: {status.ServiceId} is {Describe(status)}");
    }

    public static string Describe(HrisConnectionStatus status) => status.IsConnected
        ? $"CONNECTED ({status.State})"
        : status.State == HrisConnectionStatus.NotFoundState
            ? "not set up yet (run connect)"
            : $"not connected ({status.State})";
}
