namespace Teammeter.Hris.Tests.AspNetCore.Review;

/// <summary>A test that drives the system Chromium; skipped, with the reason, on a machine without one.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (SystemChromium.Path is null)
        {
            Skip = "No Chromium found (/usr/bin/chromium or TEAMMETER_CHROMIUM): install the Debian package 'chromium' (.ci/run does).";
        }
    }
}
