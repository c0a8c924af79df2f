namespace Teammeter.Hris.Review;

/// <summary>One <see cref="UserFieldChange"/> in a stored plan's JSON.</summary>
internal sealed record ChangeDto(UserField Field, string? Before, string? After);
