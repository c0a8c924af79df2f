namespace Teammeter.Hris;

/// <summary>
/// The plain-language next step of each <see cref="HrisConnectionReason"/>, written for the customer's HR admin and
/// the support engineer helping them. Meanings of the states follow Apideck's "Vault connection states" guide.
/// </summary>
internal static class HrisConnectionNextStep
{
    public static string For(HrisConnectionStatus status)
    {
        var hr = status.ServiceId.Equals("personio", StringComparison.OrdinalIgnoreCase) ? "Personio" : status.ServiceId;
        var step = status.Reason switch
        {
            HrisConnectionReason.Connected =>
                $"Nothing to do: {hr} is connected and delivers every attribute the sync needs.",
            HrisConnectionReason.NotFound =>
                $"{hr} has never been connected for this organisation. Send the organisation's HR admin a setup link; they enter the {hr} Client ID and API Secret there.",
            HrisConnectionReason.Available =>
                $"The HR admin has not started connecting {hr}. Send them a setup link; they pick {hr} and enter the Client ID and API Secret there.",
            HrisConnectionReason.Added =>
                $"The HR admin has not entered the {hr} credentials yet. Send them a setup link; they enter the Client ID and API Secret there and authorize.",
            HrisConnectionReason.Authorized =>
                $"The connection is authorized but its setup in Vault is not finished. Send the HR admin a setup link; they complete the remaining settings there and save.",
            HrisConnectionReason.Invalid =>
                $"{hr} rejected the stored credentials (mistyped, revoked or regenerated). The HR admin creates a new API credential in {hr} and enters it through a new setup link.",
            HrisConnectionReason.Disabled =>
                "The connection is switched off in Vault, so no data can be read. The HR admin turns the switch on (open a setup link); the stored credentials stay as they are.",
            HrisConnectionReason.MissingAttributes =>
                $"{hr} delivers no value for: {string.Join(", ", status.MissingAttributes)}. The HR admin allows these attributes on the API credential in {hr}; the next sync picks them up.",
            HrisConnectionReason.ReadFailed =>
                $"Vault reports the connection as usable, but reading employees failed. If {hr} rejected the credentials or denies access, the HR admin fixes the API credential (read access to Employees) and enters it through a new setup link; otherwise try again later.",
            _ =>
                $"Apideck reports the state '{status.State}', which this version does not know. Check the connection in the Apideck dashboard; a new setup link lets the HR admin review it.",
        };

        // A connection can be both unfinished and switched off; say both, or the admin fixes one and still fails.
        return !status.Enabled && status.Reason is HrisConnectionReason.Added or HrisConnectionReason.Authorized or HrisConnectionReason.Invalid
            ? step + " The connection is also switched off in Vault: turn the switch on too."
            : step;
    }
}
