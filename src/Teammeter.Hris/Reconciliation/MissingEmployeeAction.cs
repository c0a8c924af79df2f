namespace Teammeter.Hris;

/// <summary>
/// What happens to a linked user whose employee is absent from a complete snapshot while HR never said they left
/// (no termination, no end date): HR deleted the record, or the read was quietly short.
/// </summary>
public enum MissingEmployeeAction
{
    /// <summary>Hold the deactivation for a person's approval (the default): nobody decided the person left.</summary>
    Hold,

    /// <summary>Deactivate the user automatically, subject to the mass-deactivation guard.</summary>
    Deactivate,

    /// <summary>Leave the user as is.</summary>
    Keep,
}
