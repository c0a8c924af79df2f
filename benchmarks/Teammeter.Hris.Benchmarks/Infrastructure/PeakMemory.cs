using System.Diagnostics;

namespace Teammeter.Hris.Benchmarks.Infrastructure;

/// <summary>
/// The process's peak resident set (what <see cref="Process.PeakWorkingSet64"/> reports, <c>VmHWM</c> on Linux).
/// On Linux the peak can be reset, so a measurement covers only the work after <see cref="Reset"/> and not the
/// set-up (the embedded server's generated organisations).
/// </summary>
internal static class PeakMemory
{
    private const string ClearRefs = "/proc/self/clear_refs";

    /// <summary>Whether <see cref="Reset"/> works here; otherwise the peak covers the whole process life.</summary>
    public static bool CanReset => OperatingSystem.IsLinux() && File.Exists(ClearRefs);

    public static long CurrentBytes
    {
        get
        {
            using var process = Process.GetCurrentProcess();
            return process.WorkingSet64;
        }
    }

    public static long PeakBytes
    {
        get
        {
            using var process = Process.GetCurrentProcess();
            return process.PeakWorkingSet64;
        }
    }

    /// <summary>Sets the peak to the current resident set (Linux: writing 5 to clear_refs resets VmHWM).</summary>
    public static void Reset()
    {
        if (CanReset)
        {
            File.WriteAllText(ClearRefs, "5");
        }
    }

    public static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024.0):F0} MB";
}
