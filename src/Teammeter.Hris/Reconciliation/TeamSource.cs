namespace Teammeter.Hris;

/// <summary>Which HR unit becomes a Teammeter team.</summary>
public enum TeamSource
{
    /// <summary>The employee's HR team.</summary>
    Team,

    /// <summary>The employee's department.</summary>
    Department,
}
