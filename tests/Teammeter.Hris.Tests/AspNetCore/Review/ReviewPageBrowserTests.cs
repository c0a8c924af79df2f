using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Teammeter.Hris.Sample;
using Teammeter.Hris.Sample.ApideckServer;
using Teammeter.Hris.Sample.Commands;
using Teammeter.Hris.Tests.Helpers;
using Teammeter.Hris.Tests.Samples;

namespace Teammeter.Hris.Tests.AspNetCore.Review;

/// <summary>
/// The review page end to end in the system Chromium: the sample's <c>serve --web</c> node syncs a tenant of the
/// embedded Apideck server on schedule; an admin signs in, reads the initial sync's plan, releases the invitations
/// (the .eml files appear), then, on a day with held deactivations, approves one and rejects one; the next run
/// respects both.
/// </summary>
[Collection(SerialCollection.Name)] // a browser and a scheduler on the wall clock: keep other tests' load off the cores
public sealed partial class ReviewPageBrowserTests : EmbeddedApideckTests
{
    private const string Tenant = "acme";
    private const string Token = "correct-horse-battery-staple";

    [ChromiumFact]
    public async Task ReviewPage_InitialSyncThenHeldDeactivations_AdminDecidesInTheBrowserAndTheNextRunRespectsIt()
    {
        var personio = Server.Tenants.Add(Tenant, DemoOrganisation.Create(DateOnly.FromDateTime(DateTime.UtcNow)));
        var web = new Uri($"http://127.0.0.1:{FreePort()}/");
        using var stop = new CancellationTokenSource();
        var serve = ServeAsync(web, stop.Token);
        try
        {
            var pageUrl = new Uri(web, $"review/{Tenant}").AbsoluteUri;
            await WaitForAsync(async () => (await ReadPageAsync(pageUrl)).Contains("The initial sync", StringComparison.Ordinal), "the scheduled initial sync");

            using var playwright = await Playwright.CreateAsync();
            await using var browser = await SystemChromium.LaunchAsync(playwright);
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 1400 } });

            // Anything without the token gets the sign-in form; the right token lands on the page asked for.
            await page.GotoAsync(pageUrl);
            page.Url.Should().Contain("/signin");
            await page.GetByLabel("Access token").FillAsync("wrong-token-wrong-token");
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            (await page.GetByRole(AriaRole.Alert).InnerTextAsync()).Should().Contain("not the access token");
            await page.GetByLabel("Access token").FillAsync(Token);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await page.WaitForURLAsync(pageUrl);

            (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).Should().Contain(Tenant);
            (await page.Locator("#plan").InnerTextAsync()).Should().Contain("The initial sync");
            (await page.Locator("table.counts").InnerTextAsync()).Should().Contain("Create user");
            var release = page.GetByRole(AriaRole.Button, new() { NameRegex = ReleaseButton() });
            var upTo = int.Parse(ReleaseButton().Match(await release.InnerTextAsync()).Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

            await release.ClickAsync();
            var released = await page.GetByRole(AriaRole.Status).InnerTextAsync();
            var invitees = int.Parse(Regex.Match(released, @"Invitations released: (\d+) sent\.").Groups[1].Value, CultureInfo.InvariantCulture);
            invitees.Should().BePositive().And.BeInRange(upTo - 2, upTo, "only people who have not started yet wait");
            Directory.GetFiles(Temp.File("outbox"), "*.eml").Where(f => !Path.GetFileName(f).StartsWith("admin", StringComparison.Ordinal)).Should().HaveCount(invitees);
            (await page.GetByRole(AriaRole.Button, new() { NameRegex = ReleaseButton() }).CountAsync()).Should().Be(0);

            // The next day HR terminates many people at once: the sync holds the deactivations for a decision.
            var leaving = personio.Employees.Where(e => e.EmploymentStatus == "active").Take(40).Select(e => e.Id).ToHashSet();
            personio.UpdateWhere(e => leaving.Contains(e.Id), e => e with { EmploymentStatus = "terminated" });
            await SyncAsync();
            await page.GotoAsync(pageUrl);
            var pending = await PendingKeysAsync(page);
            pending.Should().HaveCountGreaterThan(2).And.OnlyContain(k => k.StartsWith("DeactivateUser:", StringComparison.Ordinal));
            await ScreenshotOnceAsync(page);

            var approved = pending[0];
            await page.Locator($"li.op:has(input[value='{approved}'])").GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Approve ") }).ClickAsync();
            (await page.GetByRole(AriaRole.Status).InnerTextAsync()).Should().Contain("Approved: 1 applied");
            var rejected = pending[1];
            await page.Locator($"li.op:has(input[value='{rejected}'])").GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Reject ") }).ClickAsync();
            (await page.GetByRole(AriaRole.Status).InnerTextAsync()).Should().Contain("Rejected 1.");

            // The next run: the approved deactivation is done, the rejected one is not proposed again, the rest wait.
            await SyncAsync();
            await page.GotoAsync(pageUrl);
            var next = await PendingKeysAsync(page);
            next.Should().BeEquivalentTo(pending.Skip(2));
            var state = await new SqliteTeammeterSink(Temp.File("teammeter.db")).LoadAsync(Tenant, CancellationToken.None);
            state.Users.Single(u => u.EmployeeId == Id(approved)).IsActive.Should().BeFalse();
            state.Users.Single(u => u.EmployeeId == Id(rejected)).IsActive.Should().BeTrue();
        }
        finally
        {
            await stop.CancelAsync();
            var run = await serve;
            run.ExitCode.Should().Be(0, run.Error);
        }
    }

    [GeneratedRegex(@"^Release invitations \(up to ([\d,]+) (?:people|person)\)$")]
    private static partial Regex ReleaseButton();

    private static string Id(string key) => key[(key.IndexOf(':', StringComparison.Ordinal) + 1)..];

    private static async Task<List<string>> PendingKeysAsync(IPage page) =>
        [.. await page.Locator("li.op form[action$='/approve'] input[name='key']").EvaluateAllAsync<string[]>("inputs => inputs.map(i => i.value)")];

    private async Task<SampleRun> ServeAsync(Uri web, CancellationToken cancellationToken)
    {
        var due = DateTimeOffset.UtcNow.AddSeconds(2);
        var tenants = Temp.File("tenants.json");
        await File.WriteAllTextAsync(tenants, JsonSerializer.Serialize(new[] { new { tenant = Tenant, timeZone = "Etc/UTC", syncAt = due.ToString("HH:mm:ss", CultureInfo.InvariantCulture), autoSync = true } }), cancellationToken);
        using var output = new StringWriter();
        using var error = new StringWriter();
        string[] args =
        [
            "serve", "--tenants", tenants, "--web", web.AbsoluteUri.TrimEnd('/'), "--web-token", Token,
            .. Apideck(),
        ];
        var exitCode = await Task.Run(() => SampleApp.RunAsync(args, output, error, _ => null, cancellationToken), CancellationToken.None);
        return new SampleRun(exitCode, output.ToString(), error.ToString());
    }

    private async Task SyncAsync()
    {
        var run = await SampleRun.RunAsync(["sync", "--tenant", Tenant, .. Apideck(), "--json"]);
        run.ExitCode.Should().Be(0, run.Error);
    }

    private string[] Apideck() =>
    [
        "--apideck-url", Server.BaseAddress.AbsoluteUri, "--app-id", "app-1", "--api-key", SampleRun.ApiKey,
        "--db", Temp.File("teammeter.db"), "--outbox", Temp.File("outbox"),
    ];

    private static async Task<string> ReadPageAsync(string url)
    {
        using var client = new HttpClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        try
        {
            using var response = await client.GetAsync(url);
            return response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadAsStringAsync() : string.Empty;
        }
        catch (HttpRequestException)
        {
            return string.Empty; // not listening yet
        }
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await condition())
        {
            DateTime.UtcNow.Should().BeBefore(deadline, $"waiting for {what}");
            await Task.Delay(250);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    // docs/review-page.png is made by this test and committed once; later runs leave it alone.
    private static async Task ScreenshotOnceAsync(IPage page)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Teammeter.Hris.sln")))
        {
            root = root.Parent;
        }

        var file = root is null ? null : Path.Combine(root.FullName, "docs", "review-page.png");
        if (file is not null && !File.Exists(file))
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = false });
        }
    }
}
