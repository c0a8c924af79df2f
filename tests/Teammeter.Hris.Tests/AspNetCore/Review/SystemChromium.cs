using Microsoft.Playwright;

namespace Teammeter.Hris.Tests.AspNetCore.Review;

/// <summary>The machine's own Chromium, launched by Playwright from its path: no browser download is possible here.</summary>
internal static class SystemChromium
{
    public static string? Path { get; } = new[] { Environment.GetEnvironmentVariable("TEAMMETER_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser" }
        .FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Path,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
}
