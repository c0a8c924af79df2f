using Teammeter.Hris.Apideck;
using Teammeter.Hris.Sample.ApideckServer;
using Teammeter.Hris.Tests.Reliability.Helpers;

namespace Teammeter.Hris.Tests.Reliability;

/// <summary>
/// Apideck's error answers (statuses and <c>type_name</c>s from <c>apideck-hris.yml</c>) over real loopback HTTP:
/// each maps to its own typed exception and message, at once, without a retry and without writing anything.
/// </summary>
public sealed class ApideckErrorStatusTests
{
    public static TheoryData<int, string, Type, string> Errors => new()
    {
        { 401, "UnauthorizedError", typeof(HrisConnectionException), "Apideck rejected the credentials of GET /hris/employees: check the Apideck API key and app id*" },
        { 402, "RequestLimitError", typeof(HrisSourceException), "Apideck refused GET /hris/employees because the Apideck subscription's request limit is reached*" },
        { 403, "ForbiddenError", typeof(HrisConnectionException), "Access was denied for GET /hris/employees: the organisation's personio API credential may lack read access*" },
        { 404, "ConnectionNotFoundError", typeof(HrisConnectionException), "This organisation has not connected Personio yet*send its HR admin the setup link*" },
        { 422, "InvalidStateError", typeof(HrisSourceException), "Apideck could not process GET /hris/employees*" },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public async Task SyncAsync_ErrorStatus_ThrowsItsTypedExceptionAtOnce(int status, string typeName, Type type, string message)
    {
        await using var host = await LoopbackSync.StartAsync();
        host.FailEmployees(ScriptedFault.Status(status, typeName));

        var thrown = await host.SyncFailsWithoutWritingAsync<HrisSourceException>();

        thrown.Should().BeOfType(type);
        thrown.Message.Should().Match(message);
        thrown.Message.Should().Contain($"(HTTP {status} {typeName}, Apideck request id req-");
        thrown.StatusCode.Should().Be(status);
        thrown.ErrorCode.Should().Be(typeName);
        host.EmployeeRequests.Should().Be(1);
    }

    /// <summary>Every status and <c>type_name</c> the mapper tells apart, with a word its sentence must use.</summary>
    public static TheoryData<int, string?, string> ErrorKinds => new()
    {
        { 400, null, "invalid" },
        { 401, null, "API key" },
        { 401, "ConnectorCredentialsError", "re-enter" },
        { 402, null, "request limit" },
        { 403, null, "read access" },
        { 404, null, "found nothing" },
        { 404, "ConnectionNotFoundError", "setup link" },
        { 412, "ConnectorDisabledError", "switched off" },
        { 404, "IntegrationNotFoundError", "ServiceId" },
        { 418, null, "unexpected status" },
        { 422, null, "could not process" },
        { 429, null, "throttling" },
        { 500, null, "server error" },
        { 501, null, "does not support" },
    };

    [Fact]
    public void Create_EveryErrorKind_HasItsOwnSentenceBeforeTheStatus()
    {
        // Each message ends with "(HTTP <status> …)", which alone would make them all unique: compare what comes
        // before it, the sentence an operator reads.
        var sentences = ErrorKinds.Select(row => Sentence(ApideckErrors.Create((int)row[0], (string?)row[1], null, null, "GET /hris/employees", "personio", null).Message)).ToList();

        sentences.Should().OnlyHaveUniqueItems();
    }

    [Theory]
    [MemberData(nameof(ErrorKinds))]
    public void Create_ErrorKind_SaysWhatHappenedAndKeepsTheStatus(int status, string? typeName, string word)
    {
        var message = ApideckErrors.Create(status, typeName, null, "req-1", "GET /hris/employees", "personio", null).Message;

        Sentence(message).Should().Contain(word);
        message.Should().EndWith(typeName is null ? $"(HTTP {status}, Apideck request id req-1)" : $"(HTTP {status} {typeName}, Apideck request id req-1)");
    }

    private static string Sentence(string message)
    {
        var status = message.IndexOf(" (HTTP ", StringComparison.Ordinal);
        status.Should().BePositive("every message ends with the status: {0}", message);
        return message[..status];
    }

    [Fact]
    public async Task SyncAsync_ConsumerUnknownToApideck_SaysTheOrganisationHasNotConnected()
    {
        // No scripted fault: the server's own answer for a consumer it has never seen.
        await using var host = await LoopbackSync.StartAsync();

        var thrown = await host.SyncFailsWithoutWritingAsync<HrisConnectionException>("never-connected");

        thrown.Message.Should().StartWith("This organisation has not connected Personio yet");
        thrown.ErrorCode.Should().Be("ConnectionNotFoundError");
        host.EmployeeRequests.Should().Be(1);
    }

    [Fact]
    public async Task SyncAsync_ConnectionNotAuthorised_SaysTheCredentialsMustBeReentered()
    {
        await using var host = await LoopbackSync.StartAsync();
        host.AddTenant("half-connected", DemoOrganisation.Create(DemoOrganisation.DefaultToday).Take(3)).ConnectionState = VaultConnectionState.Available;

        var thrown = await host.SyncFailsWithoutWritingAsync<HrisConnectionException>("half-connected");

        thrown.Message.Should().Contain("credentials were rejected or have not been authorised");
        thrown.StatusCode.Should().Be(401);
        thrown.ErrorCode.Should().Be("ConnectorCredentialsError");
    }
}
