namespace Teammeter.Hris.Review;

/// <summary>The connection as the page shows it: the status, or the fact that it could not be read.</summary>
internal sealed record ConnectionView(HrisConnectionStatus? Status, string? ReadError)
{
    public static async Task<ConnectionView?> ReadAsync(IHrisConnections? connections, string tenantId, CancellationToken cancellationToken)
    {
        if (connections is null)
        {
            return null;
        }

        try
        {
            return new ConnectionView(await connections.GetStatusAsync(tenantId, cancellationToken).ConfigureAwait(false), null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The rest of the page is still worth seeing: the plan and the history come from the store, not from Apideck.
            return new ConnectionView(null, exception is HrisSourceException or HttpRequestException
                ? "Apideck could not be asked about the connection right now. The plan and history below are from the last run."
                : "The connection status could not be read. The plan and history below are from the last run.");
        }
    }
}
