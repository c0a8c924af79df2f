using System.Text.Json;
using Teammeter.Hris.Sample.ApideckServer;

namespace Teammeter.Hris.Tests.Samples;

/// <summary>The sample's scope options end to end: the command line, the embedded Apideck server's fields, the report.</summary>
public sealed class SampleScopeTests : EmbeddedApideckTests
{
    private const string Tenant = "acme";
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Fact]
    public async Task RunAsync_SyncWithScopeOptions_LeavesOutContractorSisterCompanyAndMarkedPersonAndCountsThem()
    {
        Server.Tenants.Add(Tenant, [.. DemoOrganisation.Create(Today).Select(e => e.Id switch
        {
            "1011" => e with { EmploymentType = "contractor", CompanyId = "nw-gmbh" },
            "1071" => e with { CompanyId = "nw-ltd" },
            "1081" => e with { CompanyId = "nw-gmbh", CustomFields = [new("Exclude from Teammeter", "true")] },
            _ => e with { EmploymentType = "employee", CompanyId = "nw-gmbh", CustomFields = [new("Exclude from Teammeter", "false")] },
        })]);

        var run = await RunAsync(
            "sync", "--exclude-employment-types", "contractor,freelance", "--exclude-companies", "nw-ltd", "--exclusion-attribute", "Exclude from Teammeter");

        run.ExitCode.Should().Be(0, run.Error);
        var report = run.Json();
        var created = report.GetProperty("operations").EnumerateArray()
            .Where(o => o.GetProperty("type").GetString() == "CreateUser").Select(o => o.GetProperty("employeeId").GetString()).ToList();
        created.Should().NotContain(["1011", "1071", "1081"]).And.Contain("1010");
        report.GetProperty("counts").GetProperty("Excluded").GetInt32().Should().Be(3);
        var excluded = report.GetProperty("excluded");
        excluded.GetProperty("EmploymentType").GetInt32().Should().Be(1);
        excluded.GetProperty("Company").GetInt32().Should().Be(1);
        excluded.GetProperty("ExclusionAttribute").GetInt32().Should().Be(1);
        report.GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("code").GetString()).Should().NotContain("ScopeAttributeMissing");
    }

    [Fact]
    public async Task RunAsync_ScopeOnAnAttributeTheServerDoesNotDeliver_WarnsAndHoldsCreations()
    {
        Server.Tenants.Add(Tenant, [.. DemoOrganisation.Create(Today).Select(e => e with { CompanyId = null })]);

        var run = await RunAsync("plan", "--only-companies", "nw-gmbh");

        run.ExitCode.Should().Be(0, run.Error);
        var report = run.Json();
        report.GetProperty("warnings").EnumerateArray().Should().Contain(w => w.GetProperty("code").GetString() == "ScopeAttributeMissing");
        report.GetProperty("operations").EnumerateArray().Should().NotContain(o => o.GetProperty("type").GetString() == "CreateUser");
    }

    [Theory]
    [InlineData("--exclude-employment-types", "contractors", "not an employment type")]
    [InlineData("--exclude-companies", "a,,b", "empty entry")]
    public async Task RunAsync_BadScopeOption_IsUsageErrorNamingTheOption(string option, string value, string problem)
    {
        var run = await SampleRun.RunAsync("plan", "--tenant", Tenant, "--app-id", "a", "--api-key", "k", option, value);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain(option).And.Contain(problem);
    }

    [Fact]
    public async Task RunAsync_ScopeOptionOnServe_IsUsageError()
    {
        var run = await SampleRun.RunAsync("history", "--tenant", Tenant, "--exclude-teams", "t-1");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--exclude-teams").And.Contain("tenants file");
    }

    private Task<SampleRun> RunAsync(string command, params string[] scope) => SampleRun.RunAsync(
    [
        command, "--tenant", Tenant, "--apideck-url", Server.BaseAddress.AbsoluteUri, "--app-id", "app-1", "--api-key", SampleRun.ApiKey,
        "--db", Temp.File("teammeter.db"), "--outbox", Temp.File("outbox"), "--today", Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "--json",
        .. scope,
    ]);
}
