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

    [Fact]
    public void Create_EveryErrorStatus_HasItsOwnMessage()
    {
        var messages = Errors.Select(row => ApideckErrors.Create((int)row[0], (string)row[1], null, null, "GET /hris/employees", "personio", null).Message).ToList();

        messages.Should().OnlyHaveUniqueItems();
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
