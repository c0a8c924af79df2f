namespace Teammeter.Hris;

/// <summary>A warning of a stored plan, with its explanation for a person.</summary>
/// <param name="Warning">The warning.</param>
/// <param name="Why">A short explanation in plain language.</param>
public sealed record ReviewWarning(SyncWarning Warning, string Why);
