namespace Teammeter.Hris.Apideck;

/// <summary>
/// Reads each response body completely inside the attempt that received it, so the resilience pipeline around it
/// covers the body as well as the headers.
/// </summary>
/// <remarks>
/// Without it the pipeline ends when the headers arrive: a connection that drops half-way through a page is not
/// retried (one reset on page 37 of 50 fails the whole snapshot), and a server that stalls mid-body is bounded only
/// by <see cref="PersonioSyncOptions.SnapshotTimeout"/>, not by <see cref="PersonioSyncOptions.AttemptTimeout"/>.
/// A page holds at most 200 records, so buffering it costs little.
/// </remarks>
internal sealed class ApideckBufferingHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
#if NET9_0_OR_GREATER
            await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
#else
            // net8.0 has no cancellable overload: stop waiting on cancellation; disposing the response below ends the read.
            await response.Content.LoadIntoBufferAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
#endif
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }
}
