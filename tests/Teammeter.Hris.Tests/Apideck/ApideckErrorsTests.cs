using System.Net;
using RichardSzalay.MockHttp;
using Teammeter.Hris.Tests.Apideck.Helpers;
using static Teammeter.Hris.Tests.Apideck.Helpers.ApideckFixtures;

namespace Teammeter.Hris.Tests.Apideck;

public sealed class ApideckErrorsTests
{
    public static TheoryData<int, string, Type, string> Cases => new()
    {
        { 401, "UnauthorizedError", typeof(HrisConnectionException), "*API key and app id*" },
        { 401, "ConnectorCredentialsError", typeof(HrisConnectionException), "*credentials were rejected*setup link*" },
        { 402, "RequestLimitError", typeof(HrisSourceException), "*request limit is reached*" },
        { 403, "ForbiddenError", typeof(HrisConnectionException), "*lack read access to employees and org units*" },
        { 404, "ConnectionNotFoundError", typeof(HrisConnectionException), "This organisation has not connected Personio yet*" },
        { 404, "IntegrationNotFoundError", typeof(HrisSourceException), "*'personio' is not enabled*ServiceId*" },
        { 404, "EntityNotFoundError", typeof(HrisSourceException), "*found nothing*" },
        { 400, "RequestValidationError", typeof(HrisSourceException), "*rejected*as invalid*" },
        { 422, "InvalidCursorError", typeof(HrisSourceException), "*could not process*" },
        { 501, "UnsupportedOperationError", typeof(HrisSourceException), "*does not support*configuration error*" },
        { 409, "ConflictError", typeof(HrisSourceException), "*unexpected status*" },
        { 503, "ConnectorDisabledError", typeof(HrisConnectionException), "*switched off*" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task ReadSnapshotAsync_ErrorStatus_MapsToTypedExceptionWithoutRetry(int status, string typeName, Type expectedType, string message)
    {
        using var host = new ApideckTestHost();
        var request = host.Mock.When("*").Respond(_ =>
            Json(Error(status, typeName, "Apideck explanation"), (HttpStatusCode)status, "req-9").WithRetryAfter(TimeSpan.Zero));

        var act = () => host.Source.ReadSnapshotAsync("t1");

        var thrown = (await act.Should().ThrowAsync<HrisSourceException>()).Which;
        thrown.Should().BeOfType(expectedType);
        thrown.Message.Should().Match(message);
        thrown.Message.Should().Contain("Apideck explanation").And.Contain("req-9").And.NotContain(ApideckTestHost.ApiKey);
        thrown.StatusCode.Should().Be(status);
        thrown.ErrorCode.Should().Be(typeName);
        thrown.RequestId.Should().Be("req-9");
        var expectedAttempts = status == 503 ? 4 : 1;
        host.Mock.GetMatchCount(request).Should().Be(expectedAttempts);
    }

    [Fact]
    public async Task ReadSnapshotAsync_HtmlErrorBody_MapsByStatusAlone()
    {
        using var host = new ApideckTestHost();
        host.Mock.When("*").Respond(_ => Text("<html><h1>Forbidden</h1></html>", "text/html", HttpStatusCode.Forbidden));

        var act = () => host.Source.ReadSnapshotAsync("t1");

        var thrown = (await act.Should().ThrowAsync<HrisConnectionException>()).Which;
        thrown.StatusCode.Should().Be(403);
        thrown.ErrorCode.Should().BeNull();
        thrown.Message.Should().NotContain("<html>");
    }

    [Fact]
    public async Task ReadSnapshotAsync_MalformedJsonErrorBody_MapsByStatusAlone()
    {
        using var host = new ApideckTestHost();
        host.Mock.When("*").Respond(_ => Json("{\"type_name\": ", HttpStatusCode.Unauthorized));

        var act = () => host.Source.ReadSnapshotAsync("t1");

        (await act.Should().ThrowAsync<HrisConnectionException>()).Which.ErrorCode.Should().BeNull();
    }

    [Fact]
    public async Task ReadSnapshotAsync_LongApideckMessage_IsTruncated()
    {
        using var host = new ApideckTestHost();
        host.Mock.When("*").Respond(_ => Json(Error(422, "X", new string('m', 5000)), HttpStatusCode.UnprocessableEntity));

        var act = () => host.Source.ReadSnapshotAsync("t1");

        (await act.Should().ThrowAsync<HrisSourceException>()).Which.Message.Length.Should().BeLessThan(600);
    }
}
