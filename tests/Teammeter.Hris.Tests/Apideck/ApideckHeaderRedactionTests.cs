using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;
using RichardSzalay.MockHttp;
using Teammeter.Hris.Apideck;
using Teammeter.Hris.Tests.Apideck.Helpers;
using static Teammeter.Hris.Tests.Apideck.Helpers.ApideckFixtures;

namespace Teammeter.Hris.Tests.Apideck;

/// <summary>
/// Microsoft.Extensions.Http 8.x (what a net8.0 host gets) logs request header values at Trace unless told to
/// redact them; 9.0 and later redact all by default. The package configures the redaction explicitly, so both
/// target frameworks behave the same. The tests run on .NET 10 only, so the configuration itself is checked.
/// </summary>
public sealed class ApideckHeaderRedactionTests
{
    [Theory]
    [InlineData("Authorization")]
    [InlineData("authorization")]
    [InlineData("x-apideck-app-id")]
    [InlineData("x-apideck-consumer-id")]
    [InlineData("x-apideck-service-id")]
    [InlineData("X-Apideck-Anything-Added-Later")]
    public void AddApideckHris_SecretOrApideckHeader_IsRedactedInHttpLogs(string header)
    {
        var redact = RedactionPredicate();

        redact(header).Should().BeTrue();
    }

    [Theory]
    [InlineData("Request-Id")]
    [InlineData("Retry-After")]
    [InlineData("x-downstream-ratelimit-reset")]
    public void AddApideckHris_DiagnosticHeader_IsKeptInHttpLogs(string header)
    {
        // Proves the predicate is the package's own, not the framework default (which redacts everything from 9.0 on).
        var redact = RedactionPredicate();

        redact(header).Should().BeFalse();
    }

    [Fact]
    public async Task ReadSnapshotAsync_LoggingAtTrace_NoApiKeyInAnyLogLine()
    {
        using var host = new ApideckTestHost();
        host.Mock.When("*").Respond(_ => Json(Page(null, Employee("1")), HttpStatusCode.OK));

        await host.Source.ReadSnapshotAsync("t1");

        host.Logs.Entries.Should().Contain(e => e.Category.StartsWith("System.Net.Http.HttpClient", StringComparison.Ordinal), "the framework's HTTP logging ran at Trace");
        host.Logs.Entries.Should().NotContain(e => e.Message.Contains(ApideckTestHost.ApiKey, StringComparison.Ordinal));
    }

    private static Func<string, bool> RedactionPredicate()
    {
        var services = new ServiceCollection();
        var builder = services.AddApideckHris();
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptionsMonitor<HttpClientFactoryOptions>>().Get(builder.Name).ShouldRedactHeaderValue;
    }
}
