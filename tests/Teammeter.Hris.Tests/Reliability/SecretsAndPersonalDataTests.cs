using Microsoft.Extensions.Logging;
using Teammeter.Hris.Sample.ApideckServer;
using Teammeter.Hris.Tests.Reliability.Helpers;

namespace Teammeter.Hris.Tests.Reliability;

/// <summary>
/// The API key and employees' personal data stay out of logs (above Debug) and exceptions. Every reliability test
/// checks its own captured logs when its <see cref="LoopbackSync"/> is disposed; these tests add the paths with the
/// most logging: a whole tenant life, and failures that quote Apideck's own messages.
/// </summary>
public sealed class SecretsAndPersonalDataTests
{
    [Fact]
    public async Task Logs_WholeTenantLifeOverHttp_NeverHoldTheKeyAndNoPersonalDataAboveDebug()
    {
        await using var host = await LoopbackSync.StartAsync();
        host.FailEmployees(ScriptedFault.RateLimited(0));

        await host.Sync.SyncAsync(LoopbackSync.Tenant);
        await host.Sync.ReleaseInvitationsAsync(LoopbackSync.Tenant);
        DemoOrganisation.ApplyNextDay(host.Server.Tenants[LoopbackSync.Tenant], DemoOrganisation.DefaultToday.AddDays(1));
        await host.Sync.SyncAsync(LoopbackSync.Tenant);

        // The check itself runs on dispose; make sure there is something to check, at every level that matters.
        host.Log.Entries.Should().Contain(e => e.Level == LogLevel.Information && e.Category.StartsWith("Teammeter.Hris", StringComparison.Ordinal));
        host.Log.Entries.Should().Contain(e => e.Level == LogLevel.Warning, "the 429 retry is logged");
        host.Sender.Sent.Should().NotBeEmpty();
    }

    [Fact]
    public async Task SyncAsync_ErrorQuotingApideck_KeyNeverInTheException()
    {
        // Apideck's error message is quoted into the exception (it helps support); the key must still never be.
        await using var host = await LoopbackSync.StartAsync();
        host.FailEmployees(ScriptedFault.Raw(400, "application/json", "{\"status_code\":400,\"type_name\":\"RequestValidationError\",\"message\":\"bad request\"}"));

        var thrown = await host.SyncFailsWithoutWritingAsync<HrisSourceException>();

        thrown.Message.Should().Contain("bad request");
    }

    [Fact]
    public async Task SensitiveData_KeyOrEmailInText_IsDetected()
    {
        // The guard every reliability test relies on is only worth something if it can fail.
        await using var host = await LoopbackSync.StartAsync();
        var tenant = host.Server.Tenants[LoopbackSync.Tenant];
        var sensitive = SensitiveData.Of(host.Server);
        var email = tenant.Employees.SelectMany(e => e.Emails).First().Email;

        var withKey = () => sensitive.ShouldNotBeIn($"Bearer {LoopbackSync.ApiKey}", "text");
        var withEmail = () => sensitive.ShouldNotBeLeakedBy([new CapturedLog("Teammeter.Hris.X", LogLevel.Information, $"read {email}", null)]);
        var withEmailAtDebug = () => sensitive.ShouldNotBeLeakedBy([new CapturedLog("Teammeter.Hris.X", LogLevel.Debug, $"read {email}", null)]);

        withKey.Should().Throw<Exception>();
        withEmail.Should().Throw<Exception>();
        withEmailAtDebug.Should().NotThrow();
    }

    [Theory]
    [InlineData("http://unify.apideck.com")]
    [InlineData("http://10.0.0.1")]
    [InlineData("http://localhost.attacker.example")]
    [InlineData("http://127.0.0.1.nip.io")]
    [InlineData("ftp://unify.apideck.com")]
    [InlineData("ws://127.0.0.1")]
    public void Validate_NonHttpsAddressOffLoopback_FailsNamingTheOption(string address)
    {
        var options = new PersonioSyncOptions { AppId = "app", ApiKey = "key", ApideckBaseAddress = new Uri(address) };

        var result = new PersonioSyncOptionsValidator().Validate(null, options);

        result.Failed.Should().BeTrue();
        result.FailureMessage.Should().Contain("ApideckBaseAddress must use HTTPS");
    }

    [Fact]
    public void ToString_OptionsWithKey_NeverShowsTheKey()
    {
        var options = new PersonioSyncOptions { AppId = "app", ApiKey = LoopbackSync.ApiKey };

        options.ToString().Should().NotContain(LoopbackSync.ApiKey).And.Contain("ApiKey = ***");
    }
}
