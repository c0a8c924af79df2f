namespace Teammeter.Hris;

/// <summary>One attribute change of an <see cref="UpdateUser"/>: before and after.</summary>
/// <param name="Field">The attribute.</param>
/// <param name="Before">The value Teammeter has.</param>
/// <param name="After">The value to set.</param>
public sealed record UserFieldChange(UserField Field, string? Before, string? After);
