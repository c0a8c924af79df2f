namespace Teammeter.Hris.Tests.Architecture;

/// <summary>What the pure planner must not reach: I/O, the clock, randomness, the host and the HR source.</summary>
internal static class Impurity
{
    private static readonly (string Prefix, string Reason)[] Types =
    [
        ("System.IO.", "I/O"),
        ("System.Net.", "network"),
        ("System.Threading.Tasks.", "asynchrony means I/O"),
        ("System.TimeProvider", "the clock: the caller passes today"),
        ("System.Diagnostics.Stopwatch", "the clock"),
        ("System.Diagnostics.Activity", "telemetry belongs to the engine"),
        ("System.Random", "randomness"),
        ("System.Environment", "the machine"),
        ("Microsoft.Extensions.", "the host"),
        ("Teammeter.Hris.Apideck.", "Apideck"),
        ("Teammeter.Hris.IHrisSource", "the HR source"),
        ("Teammeter.Hris.ITeammeterSink", "the host's sink"),
        ("Teammeter.Hris.IInvitationSender", "the host's sender"),
        ("Teammeter.Hris.ISyncStore", "the host's store"),
    ];

    private static readonly string[] Clock = ["get_Now", "get_UtcNow", "get_Today"];

    public static string? Forbids(string target, string? calledMember)
    {
        foreach (var (prefix, reason) in Types)
        {
            if (target.StartsWith(prefix, StringComparison.Ordinal))
            {
                return reason;
            }
        }

        return calledMember is not null && target is "System.DateTime" or "System.DateTimeOffset"
            && Clock.Any(c => calledMember.StartsWith(c, StringComparison.Ordinal))
            ? "the clock: the caller passes today"
            : null;
    }
}
