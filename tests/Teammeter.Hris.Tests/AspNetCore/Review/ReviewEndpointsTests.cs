using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Teammeter.Hris.Tests.Helpers;

namespace Teammeter.Hris.Tests.AspNetCore.Review;

/// <summary>
/// The review page's endpoints in a real host on Kestrel: the host's policy decides who gets in, every decision needs
/// the page's antiforgery token, decisions reach the engine exactly as named, and a refused request writes nothing.
/// </summary>
public sealed class ReviewEndpointsTests
{
    [Fact]
    public async Task Page_NotSignedIn_Is401()
    {
        await using var host = await SyncedAsync(3);
        using var client = host.Client(role: null);

        var response = await client.GetAsync($"/hris/{ReviewPageHost.Tenant}");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Decision_PolicyDeniesTheUser_Is403AndWritesNothing()
    {
        await using var host = await HeldAsync();
        using var admin = host.Client();
        var (html, token) = await ReviewPageHost.PageAsync(admin);
        using var coach = host.Client(role: "coach");

        var page = await coach.GetAsync($"/hris/{ReviewPageHost.Tenant}");
        var approve = await ReviewPageHost.PostAsync(coach, "approve-all", ("__RequestVerificationToken", token), ("plan", PlanOf(html)));

        page.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        approve.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        host.Store.Users.Should().OnlyContain(u => u.IsActive);
    }

    [Fact]
    public async Task Page_TenantWithoutPlanOrRun_Is404()
    {
        await using var host = await SyncedAsync(3);
        using var client = host.Client();

        var response = await client.GetAsync("/hris/nobody");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).Should().Contain("There is no HR sync for the organisation &#x27;nobody&#x27;");
    }

    [Fact]
    public async Task Page_TenantProviderDoesNotKnowIt_Is404EvenWithRuns()
    {
        var tenants = new StaticTenantProvider(new SyncTenant("other", TimeZoneInfo.Utc, new TimeOnly(5, 0), AutoSync: true));
        await using var host = await ReviewPageHost.StartAsync(tenants);
        host.Source.For("other").AddRange(Employees.Organisation(3));
        await host.Sync.SyncAsync("other");
        using var client = host.Client();

        var unknown = await client.GetAsync($"/hris/{ReviewPageHost.Tenant}");
        var known = await client.GetAsync("/hris/other");
        var decision = await ReviewPageHost.PostAsync(client, "release", ("__RequestVerificationToken", (await ReviewPageHost.PageAsync(client, "other")).Token));

        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
        known.StatusCode.Should().Be(HttpStatusCode.OK);
        decision.StatusCode.Should().Be(HttpStatusCode.NotFound);
        host.Sender.Sent.Should().BeEmpty();
    }

    [Fact]
    public async Task Page_AfterInitialSync_ShowsStatusCountsPeopleReleaseAndHistory()
    {
        await using var host = await SyncedAsync(10);
        using var client = host.Client();

        var (html, token) = await ReviewPageHost.PageAsync(client);

        token.Should().NotBeEmpty();
        html.Should().Contain("<strong>CONNECTED</strong>")
            .And.Contain("Release invitations (up to 10 people)")
            .And.Contain("<th scope=\"row\">Create user</th><td class=\"n\">10</td>")
            .And.Contain("First7 Last7")
            .And.Contain("The initial sync of")
            .And.Contain("<td>Sync</td><td>A person</td><td>Succeeded</td>");
    }

    [Fact]
    public async Task Page_ConnectionMissingAttributes_SaysWhatIsWrongAndTheNextStep()
    {
        await using var host = await SyncedAsync(3);
        host.Connections.Status = new HrisConnectionStatus("personio", HrisConnectionStatus.CallableState, Enabled: true) { MissingFields = HrisFields.StartDate | HrisFields.Manager };
        using var client = host.Client();

        var (html, _) = await ReviewPageHost.PageAsync(client);

        html.Should().Contain("Attributes missing").And.Contain("Next step: ").And.NotContain("CONNECTED");
        foreach (var attribute in host.Connections.Status.MissingAttributes)
        {
            html.Should().Contain($"<li>{attribute}</li>");
        }
    }

    [Fact]
    public async Task Page_HrDataWithMarkup_IsEncoded()
    {
        await using var host = await ReviewPageHost.StartAsync();
        host.Employees.Add(Employees.Active("1") with { FirstName = "<script>alert(1)</script>", LastName = "\"O'Hara\"" });
        await host.Sync.SyncAsync(ReviewPageHost.Tenant);
        using var client = host.Client();

        var (html, _) = await ReviewPageHost.PageAsync(client);

        html.Should().NotContain("<script>").And.Contain("&lt;script&gt;alert(1)&lt;/script&gt;").And.Contain("&quot;O&#x27;Hara&quot;");
    }

    [Fact]
    public async Task Page_Responses_AreNotCachedAndAllowNoScript()
    {
        await using var host = await SyncedAsync(3);
        using var client = host.Client();

        var response = await client.GetAsync($"/hris/{ReviewPageHost.Tenant}");

        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        policy.Should().Contain("default-src 'none'").And.NotContain("script-src");
    }

    [Fact]
    public async Task Decision_WithoutAntiforgeryToken_Is400AndWritesNothing()
    {
        await using var host = await HeldAsync();
        using var client = host.Client();
        var (html, _) = await ReviewPageHost.PageAsync(client);

        var response = await ReviewPageHost.PostAsync(client, "approve-all", ("plan", PlanOf(html)));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Nothing was changed");
        host.Store.Users.Should().OnlyContain(u => u.IsActive);
        (await host.Sync.GetRunsAsync(ReviewPageHost.Tenant)).Should().NotContain(r => r.Kind == SyncRunKind.Approve);
    }

    [Fact]
    public async Task Decision_TokenOfAnotherBrowser_Is400AndWritesNothing()
    {
        await using var host = await HeldAsync();
        using var victim = host.Client();
        using var attacker = host.Client();
        var (html, attackersToken) = await ReviewPageHost.PageAsync(attacker);
        await ReviewPageHost.PageAsync(victim); // the victim has a cookie of its own
        var sent = host.Sender.Sent.Count;

        var response = await ReviewPageHost.PostAsync(victim, "release", ("__RequestVerificationToken", attackersToken));
        var approve = await ReviewPageHost.PostAsync(victim, "approve-all", ("__RequestVerificationToken", attackersToken), ("plan", PlanOf(html)));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        approve.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        host.Sender.Sent.Should().HaveCount(sent);
        host.Store.Users.Should().OnlyContain(u => u.IsActive);
    }

    [Fact]
    public async Task Approve_OneHeldOperation_AppliesOnlyItAndRedirectsWithCountsOnly()
    {
        await using var host = await HeldAsync();
        using var client = host.Client();
        var (html, token) = await ReviewPageHost.PageAsync(client);

        var response = await ReviewPageHost.PostAsync(client, "approve", ("__RequestVerificationToken", token), ("plan", PlanOf(html)), ("key", "DeactivateUser:3"));

        response.StatusCode.Should().Be(HttpStatusCode.SeeOther);
        response.Headers.Location!.ToString().Should().Be($"/hris/{ReviewPageHost.Tenant}?done=approve&applied=1&dropped=0&rejected=0&held=2&invited=0");
        host.Store.Users.Where(u => !u.IsActive).Select(u => u.EmployeeId).Should().Equal("3");
        var after = await client.GetStringAsync(response.Headers.Location);
        after.Should().Contain("role=\"status\">Approved: 1 applied").And.Contain("Held for your decision (2)").And.Contain("Approved and applied");
    }

    [Fact]
    public async Task Reject_OneHeldOperation_IsNotProposedAgainByTheNextRun()
    {
        await using var host = await HeldAsync();
        using var client = host.Client();
        var (html, token) = await ReviewPageHost.PageAsync(client);

        var response = await ReviewPageHost.PostAsync(client, "reject", ("__RequestVerificationToken", token), ("plan", PlanOf(html)), ("key", "DeactivateUser:2"));
        var next = await host.Sync.SyncAsync(ReviewPageHost.Tenant);

        response.StatusCode.Should().Be(HttpStatusCode.SeeOther);
        host.Store.Users.Should().OnlyContain(u => u.IsActive);
        next.Held.OfType<DeactivateUser>().Select(o => o.EmployeeId).Should().BeEquivalentTo("3", "4");
    }

    [Fact]
    public async Task ApproveAll_PendingOperations_AppliesEveryOneReviewed()
    {
        await using var host = await HeldAsync();
        using var client = host.Client();
        var (html, token) = await ReviewPageHost.PageAsync(client);

        var response = await ReviewPageHost.PostAsync(client, "approve-all", ("__RequestVerificationToken", token), ("plan", PlanOf(html)));

        response.StatusCode.Should().Be(HttpStatusCode.SeeOther);
        host.Store.Users.Where(u => !u.IsActive).Select(u => u.EmployeeId).Should().BeEquivalentTo("2", "3", "4");
    }

    [Fact]
    public async Task Release_AfterInitialSync_SendsTheInvitationsAndTheButtonGoes()
    {
        await using var host = await SyncedAsync(10);
        using var client = host.Client();
        var (_, token) = await ReviewPageHost.PageAsync(client);

        var response = await ReviewPageHost.PostAsync(client, "release", ("__RequestVerificationToken", token));

        response.StatusCode.Should().Be(HttpStatusCode.SeeOther);
        response.Headers.Location!.ToString().Should().EndWith("done=release&applied=0&dropped=0&rejected=0&held=0&invited=10");
        host.Sender.Sent.Should().HaveCount(10);
        var after = await client.GetStringAsync(response.Headers.Location);
        after.Should().NotContain("Release invitations (").And.Contain("Invitations released: 10 sent.");
    }

    [Theory]
    [InlineData("approve", "", "DeactivateUser:2", HttpStatusCode.BadRequest)]
    [InlineData("approve", "PLAN", "", HttpStatusCode.BadRequest)]
    [InlineData("reject", "PLAN", "", HttpStatusCode.BadRequest)]
    [InlineData("approve", "PLAN", "DeactivateUser:9", HttpStatusCode.Conflict)]
    [InlineData("reject", "no-such-plan", "DeactivateUser:2", HttpStatusCode.Conflict)]
    [InlineData("approve-all", "no-such-plan", "", HttpStatusCode.Conflict)]
    public async Task Decision_BadRequest_IsRefusedAndWritesNothing(string action, string plan, string key, HttpStatusCode expected)
    {
        await using var host = await HeldAsync();
        using var client = host.Client();
        var (html, token) = await ReviewPageHost.PageAsync(client);
        var succeeded = (await host.Sync.GetRunsAsync(ReviewPageHost.Tenant)).Count(r => r.Outcome == SyncOutcome.Succeeded);

        var response = await ReviewPageHost.PostAsync(client, action, ("__RequestVerificationToken", token), ("plan", plan == "PLAN" ? PlanOf(html) : plan), ("key", key));

        response.StatusCode.Should().Be(expected);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Nothing was changed").And.Contain("Back to the review page");
        host.Store.Users.Should().OnlyContain(u => u.IsActive);
        (await host.Sync.GetPlanAsync(ReviewPageHost.Tenant))!.Held.Should().OnlyContain(o => o.Status == ReviewOperationStatus.Pending);
        (await host.Sync.GetRunsAsync(ReviewPageHost.Tenant)).Count(r => r.Outcome == SyncOutcome.Succeeded).Should().Be(succeeded);
    }

    [Fact]
    public async Task Decisions_Logs_HoldIdsAndCountsButNoNamesOrEmails()
    {
        await using var host = await HeldAsync();
        using var client = host.Client();
        var (html, token) = await ReviewPageHost.PageAsync(client);
        await ReviewPageHost.PostAsync(client, "approve", ("__RequestVerificationToken", token), ("plan", PlanOf(html)), ("key", "DeactivateUser:3"));
        await ReviewPageHost.PostAsync(client, "reject", ("plan", PlanOf(html)), ("key", "DeactivateUser:2"));

        List<string> logs;
        lock (host.Logs)
        {
            logs = [.. host.Logs];
        }

        logs.Should().Contain(l => l.Contains("approve on plan") && l.Contains(ReviewPageHost.Tenant));
        logs.Should().Contain(l => l.Contains("antiforgery token is missing"));
        logs.Should().NotContain(l => l.Contains("First") || l.Contains("Last") || l.Contains("@example.test"));
    }

    [Fact]
    public async Task Page_FiveThousandPeople_ShowsOnePageOfCollapsedGroupsAtATime()
    {
        await using var host = await SyncedAsync(5000);
        using var client = host.Client();

        var (first, _) = await ReviewPageHost.PageAsync(client);
        var last = await (await client.GetAsync($"/hris/{ReviewPageHost.Tenant}?page=51")).Content.ReadAsStringAsync();

        first.Should().Contain("(page 1 of 51)").And.Contain("<th scope=\"row\">Create user</th><td class=\"n\">5,000</td>");
        last.Should().Contain("(page 51 of 51)").And.Contain("rel=\"prev\"").And.NotContain("rel=\"next\"");
        CountOf(first, "<details>").Should().Be(global::Teammeter.Hris.Review.ReviewPageView.GroupsPerPage);
        first.Length.Should().BeLessThan(200_000, "one page of 100 people stays small whatever the organisation's size");
    }

    [Fact]
    public void Map_WithoutAntiforgery_FailsNamingTheFix()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddPersonioSync(o =>
        {
            o.AppId = "app";
            o.ApiKey = "key";
        });
        builder.Services.AddSingleton<ITeammeterSink>(new InMemoryTeammeterSink());
        builder.Services.AddSingleton<IInvitationSender>(new RecordingInvitationSender());
        var app = builder.Build();

        var map = () => app.MapPersonioSyncReview("/hris");

        map.Should().Throw<InvalidOperationException>().WithMessage("*services.AddAntiforgery()*");
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

    private static string PlanOf(string html) => System.Text.RegularExpressions.Regex.Match(html, "name=\"plan\" value=\"([^\"]+)\"").Groups[1].Value;

    private static async Task<ReviewPageHost> SyncedAsync(int people)
    {
        var host = await ReviewPageHost.StartAsync();
        host.Employees.AddRange(Employees.Organisation(people));
        await host.Sync.SyncAsync(ReviewPageHost.Tenant);
        return host;
    }

    /// <summary>Ten people synced and released; then three leave, above the mass-deactivation share, so all three are held.</summary>
    private static async Task<ReviewPageHost> HeldAsync()
    {
        var host = await SyncedAsync(10);
        await host.Sync.ReleaseInvitationsAsync(ReviewPageHost.Tenant);
        for (var i = 0; i < host.Employees.Count; i++)
        {
            if (host.Employees[i].EmployeeId is "2" or "3" or "4")
            {
                host.Employees[i] = host.Employees[i] with { Status = HrisEmploymentStatus.Terminated };
            }
        }

        var report = await host.Sync.SyncAsync(ReviewPageHost.Tenant);
        report.Held.Should().HaveCount(3);
        return host;
    }
}
