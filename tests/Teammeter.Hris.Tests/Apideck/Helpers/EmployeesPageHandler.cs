using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Teammeter.Hris.Tests.Apideck.Helpers;

/// <summary>
/// A primary handler that answers every request with one page of one employee and records the credentials each
/// request carried. A fresh one per handler chain, so the factory may dispose an expired one.
/// </summary>
internal sealed class EmployeesPageHandler(ConcurrentQueue<(string? Authorization, string? AppId)> requests) : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        requests.Enqueue((
            request.Headers.Authorization?.ToString(),
            request.Headers.TryGetValues("x-apideck-app-id", out var appIds) ? string.Join(",", appIds) : null));
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent(ApideckFixtures.Page(null, ApideckFixtures.Employee("e-1", managerId: null)), Encoding.UTF8, "application/json"),
        });
    }
}
