using System.Buffers;

namespace Teammeter.Hris.Apideck;

/// <summary>
/// Reads each response body completely inside the attempt that received it, so the resilience pipeline around it
/// covers the body as well as the headers.
/// </summary>
/// <remarks>
/// Without it the pipeline ends when the headers arrive: a connection that drops half-way through a page is not
/// retried (one reset on page 37 of 50 fails the whole snapshot), and a server that stalls mid-body is bounded only
/// by <see cref="PersonioSyncOptions.SnapshotTimeout"/>, not by <see cref="PersonioSyncOptions.AttemptTimeout"/>.
/// The body goes into a pooled buffer (<see cref="ApideckBufferedContent"/>) rather than
/// <see cref="HttpContent.LoadIntoBufferAsync()"/>'s fresh one per page; docs/performance.md has the measurements.
/// Nothing is decoded here: a body that breaks half-way is dropped whole and its page read again, so no half-read
/// page can reach the decoder.
/// </remarks>
internal sealed class ApideckBufferingHandler : DelegatingHandler
{
    // A narrowed page of 200 employees is about 110 KB; without a Content-Length the buffer starts here and doubles.
    private const int InitialSize = 128 * 1024;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            var original = response.Content;
            response.Content = await ReadBodyAsync(original, cancellationToken).ConfigureAwait(false);
            original.Dispose();
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private static async Task<ApideckBufferedContent> ReadBodyAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var expected = content.Headers.ContentLength;
        var buffer = ArrayPool<byte>.Shared.Rent(expected is > 0 and < int.MaxValue ? (int)expected.Value + 1 : InitialSize);
        var length = 0;
        try
        {
            var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                while (true)
                {
                    if (length == buffer.Length)
                    {
                        buffer = Grow(buffer, length);
                    }

                    // The token is the attempt's: a stall ends with the attempt timeout and the page is retried.
                    var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                    if (read == 0)
                    {
                        break;
                    }

                    length += read;
                }
            }

            return new ApideckBufferedContent(buffer, length, content);
        }
        catch (Exception ex) when (cancellationToken.IsCancellationRequested && ex is not OperationCanceledException)
        {
            // A cancelled read may surface as the disposed connection's error; the timeout strategy turns only a
            // cancellation into an attempt timeout (and so a retry), as it did when LoadIntoBufferAsync was awaited.
            ArrayPool<byte>.Shared.Return(buffer);
            throw new OperationCanceledException("Reading the response body was cancelled.", ex, cancellationToken);
        }
        catch (IOException ex)
        {
            ArrayPool<byte>.Shared.Return(buffer);

            // As LoadIntoBufferAsync reported it: the retry strategy retries HttpRequestException, and the client
            // names the cause from its HttpRequestError (ResponseEnded for a graceful close mid-body).
            throw new HttpRequestException(ex is HttpIOException http ? http.HttpRequestError : HttpRequestError.Unknown, "Error while copying content to a stream.", ex);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    private static byte[] Grow(byte[] buffer, int length)
    {
        if (length >= Array.MaxLength)
        {
            throw new HttpRequestException(HttpRequestError.Unknown, "The response body is larger than a buffer can hold.");
        }

        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)length * 2, Array.MaxLength));
        buffer.AsSpan(0, length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }
}
