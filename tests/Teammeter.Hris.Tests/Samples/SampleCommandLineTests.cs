using System.Globalization;
using System.Text.Json;
using Teammeter.Hris.Sample;

namespace Teammeter.Hris.Tests.Samples;

/// <summary>
/// Runs the sample's command line against the embedded server, one tenant, one SQLite file and one outbox per test:
/// the way a support engineer reproduces a customer's case.
/// </summary>
public abstract class SampleCommandLineTests : EmbeddedApideckTests
{
    protected const string Tenant = "acme";

    protected static readonly DateOnly Today = new(2026, 11, 25);

    protected string DatabasePath => Temp.File("teammeter.db");

    protected string Outbox => Temp.File("outbox");

    /// <summary>Runs a tenant command (<c>sync</c>, <c>plan</c>, ...) with <c>--json</c> and expects exit code 0.</summary>
    protected async Task<JsonElement> RunOkAsync(string command, DateOnly today, params string[] options)
    {
        var run = await RunAsync(command, today, options);
        run.ExitCode.Should().Be(0, run.Error);
        return run.Json();
    }

    /// <summary>Runs a tenant command with <c>--json</c> and the given options, whatever its exit code.</summary>
    private protected Task<SampleRun> RunAsync(string command, DateOnly today, params string[] options) =>
        SampleRun.RunAsync(
        [
            command, "--tenant", Tenant, "--apideck-url", Server.BaseAddress.AbsoluteUri, "--app-id", "app-1", "--api-key", SampleRun.ApiKey,
            "--db", DatabasePath, "--outbox", Outbox, "--today", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "--json", .. options,
        ]);

    /// <summary>Runs <c>coach &lt;edit&gt; --tenant --db --json</c> with the edit's options.</summary>
    private protected Task<SampleRun> CoachAsync(string edit, params string[] options) =>
        SampleRun.RunAsync(["coach", edit, "--tenant", Tenant, "--db", DatabasePath, "--json", .. options]);

    /// <summary>Like <see cref="CoachAsync"/>, expecting exit code 0.</summary>
    protected async Task<JsonElement> CoachOkAsync(string edit, params string[] options)
    {
        var run = await CoachAsync(edit, options);
        run.ExitCode.Should().Be(0, run.Error);
        return run.Json();
    }

    /// <summary>The tenant's Teammeter data, as the next sync will load it.</summary>
    protected async Task<TeammeterState> LoadAsync() =>
        await new SqliteTeammeterSink(DatabasePath).LoadAsync(Tenant, CancellationToken.None);

    protected async Task<TeammeterUser> UserAsync(string employeeId) =>
        (await LoadAsync()).Users.Single(u => u.EmployeeId == employeeId);

    /// <summary>The recipient of every invitation written to the outbox so far (admin notifications are not invitations).</summary>
    protected List<string> Recipients() =>
        Directory.Exists(Outbox) ? [.. Directory.GetFiles(Outbox, "*.eml").Where(f => !Path.GetFileName(f).StartsWith(EmlAdminNotifier.FilePrefix, StringComparison.Ordinal)).Select(Recipient)] : [];

    /// <summary>The admin notifications written to the outbox so far.</summary>
    protected string[] AdminMessages() =>
        Directory.Exists(Outbox) ? Directory.GetFiles(Outbox, EmlAdminNotifier.FilePrefix + "*.eml") : [];

    protected static List<string?> Types(JsonElement report, string list = "operations") =>
        [.. report.GetProperty(list).EnumerateArray().Select(o => o.GetProperty("type").GetString())];

    protected static List<(string? Type, string? EmployeeId)> Operations(JsonElement report, string list = "operations") =>
        [.. report.GetProperty(list).EnumerateArray().Select(o => (o.GetProperty("type").GetString(), o.TryGetProperty("employeeId", out var id) ? id.GetString() : null))];

    protected static List<JsonElement> Warnings(JsonElement report, string code) =>
        [.. report.GetProperty("warnings").EnumerateArray().Where(w => w.GetProperty("code").GetString() == code)];

    /// <summary>The ids a warning names: its employee and its related ids.</summary>
    protected static List<string?> NamedIds(JsonElement warning) =>
    [
        .. warning.TryGetProperty("employeeId", out var id) ? [id.GetString()] : Array.Empty<string?>(),
        .. warning.TryGetProperty("relatedIds", out var related) ? related.EnumerateArray().Select(r => r.GetString()) : [],
    ];

    private static string Recipient(string emlFile)
    {
        var to = File.ReadLines(emlFile).First(l => l.StartsWith("To: ", StringComparison.Ordinal))[4..];
        var open = to.IndexOf('<', StringComparison.Ordinal);
        return open < 0 ? to : to[(open + 1)..to.IndexOf('>', StringComparison.Ordinal)];
    }
}
