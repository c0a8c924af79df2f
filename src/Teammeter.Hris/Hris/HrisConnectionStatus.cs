namespace Teammeter.Hris;

/// <summary>The state of a tenant's HR connection as Apideck Vault reports it, with what a person should do next.</summary>
/// <param name="ServiceId">The connector (for example <c>personio</c>).</param>
/// <param name="State">
/// Apideck's connection state: <c>available</c>, <c>added</c>, <c>authorized</c>, <c>invalid</c> or <c>callable</c>;
/// <see cref="NotFoundState"/> when Apideck has no connection for the tenant.
/// </param>
/// <param name="Enabled">Whether the connection is switched on in Vault.</param>
public sealed record HrisConnectionStatus(string ServiceId, string State, bool Enabled)
{
    /// <summary>The state reported when the tenant has no connection at all (Apideck answered 404).</summary>
    public const string NotFoundState = "not_found";

    /// <summary>The Apideck state in which the connection can be used to read data.</summary>
    public const string CallableState = "callable";

    /// <summary>
    /// Attributes the sync needs that a check read of one employees page found empty for everyone
    /// (typically the Personio credential does not allow them). Only checked when <see cref="IsConnected"/>.
    /// </summary>
    public HrisFields MissingFields { get; init; }

    /// <summary>
    /// Why the check read of one employees page failed although Vault reports the connection usable;
    /// <see langword="null"/> when it succeeded or was not attempted.
    /// </summary>
    public string? ReadError { get; init; }

    /// <summary>
    /// <see langword="true"/> when Vault reports the connection usable: state <c>callable</c> <em>and</em> switched on.
    /// Shown as CONNECTED. <see cref="Reason"/> may still name a problem the check read found.
    /// </summary>
    public bool IsConnected => IsState(CallableState) && Enabled;

    /// <summary>What is wrong, machine-readable; <see cref="HrisConnectionReason.Connected"/> when nothing is.</summary>
    public HrisConnectionReason Reason =>
        !IsState(CallableState) ? WaitingReasons.GetValueOrDefault(State ?? string.Empty, HrisConnectionReason.UnknownState)
        : !Enabled ? HrisConnectionReason.Disabled
        : ReadError is not null ? HrisConnectionReason.ReadFailed
        : MissingFields != HrisFields.None ? HrisConnectionReason.MissingAttributes
        : HrisConnectionReason.Connected;

    /// <summary>The attributes of <see cref="MissingFields"/> by the names the HR admin sees in Personio (for example "Email", "Hire date").</summary>
    public IReadOnlyList<string> MissingAttributes => HrisFieldNames.Of(MissingFields);

    /// <summary>What is wrong and what the customer's admin (or support) does next, in plain words.</summary>
    public string NextStep => HrisConnectionNextStep.For(this);

    // Apideck's states are lower case; comparing without case costs nothing and survives a casing change.
    private static readonly Dictionary<string, HrisConnectionReason> WaitingReasons = new(StringComparer.OrdinalIgnoreCase)
    {
        [NotFoundState] = HrisConnectionReason.NotFound,
        ["available"] = HrisConnectionReason.Available,
        ["added"] = HrisConnectionReason.Added,
        ["authorized"] = HrisConnectionReason.Authorized,
        ["invalid"] = HrisConnectionReason.Invalid,
    };

    private bool IsState(string state) => string.Equals(State, state, StringComparison.OrdinalIgnoreCase);
}
