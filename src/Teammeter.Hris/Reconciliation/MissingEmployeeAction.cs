namespace Teammeter.Hris;

/// <summary>What happens to a linked user whose employee is absent from a complete snapshot.</summary>
public enum MissingEmployeeAction
{
    /// <summary>Deactivate the user, subject to the mass-deactivation guard (the default).</summary>
    Deactivate,

    /// <summary>Leave the user as is.</summary>
    Keep,
}
