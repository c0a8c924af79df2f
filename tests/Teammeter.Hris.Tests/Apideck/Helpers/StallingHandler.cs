namespace Teammeter.Hris.Tests.Apideck.Helpers;

/// <summary>A server that never answers: the request ends only when it is cancelled.</summary>
internal sealed class StallingHandler : HttpMessageHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await Task.Delay(Timeout.Infinite, cancellationToken);
        throw new InvalidOperationException("Unreachable: the delay above only ends by cancellation.");
    }
}
