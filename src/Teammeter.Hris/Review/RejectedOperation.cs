namespace Teammeter.Hris;

/// <summary>
/// A held operation a person rejected. It is not proposed again while the HR record it was based on stays the same;
/// once HR changes that person again (<see cref="HrFingerprint"/> differs), it can be proposed again.
/// </summary>
/// <param name="Key">The operation's key (<see cref="ReviewOperation.Key"/>).</param>
/// <param name="HrFingerprint">A hash of the HR record the operation was based on (or of its absence).</param>
/// <param name="RejectedAt">When it was rejected.</param>
public sealed record RejectedOperation(string Key, string HrFingerprint, DateTimeOffset RejectedAt);
