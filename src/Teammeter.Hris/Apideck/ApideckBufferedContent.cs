using System.Buffers;
using System.Net;

namespace Teammeter.Hris.Apideck;

/// <summary>
/// A response body read completely into an array rented from <see cref="ArrayPool{T}.Shared"/>, with the original
/// content headers. The array goes back to the pool when the response is disposed.
/// </summary>
/// <remarks>
/// <see cref="HttpContent.LoadIntoBufferAsync()"/> grows a fresh <see cref="MemoryStream"/> for every page: a narrowed
/// page of 200 employees is about 110 KB, so each page allocated over 200 KB, mostly on the large object heap, and
/// every such allocation counts toward a full (gen 2) collection that re-marks the snapshot read so far. The decoder
/// reads <see cref="Body"/> straight from the buffer (<see cref="ApideckContent.ReadJsonAsync{T}"/>); anything else
/// (error bodies, a host's own handler) sees an ordinary read-only stream over it.
/// </remarks>
internal sealed class ApideckBufferedContent : HttpContent
{
    private byte[]? _buffer;
    private readonly int _length;

    /// <summary>Takes ownership of <paramref name="buffer"/> (rented from <see cref="ArrayPool{T}.Shared"/>).</summary>
    public ApideckBufferedContent(byte[] buffer, int length, HttpContent original)
    {
        _buffer = buffer;
        _length = length;
        foreach (var header in original.Headers)
        {
            Headers.TryAddWithoutValidation(header.Key, header.Value);
        }
    }

    /// <summary>The body's bytes; valid until the content (or its response) is disposed.</summary>
    public ReadOnlySpan<byte> Body => (_buffer ?? throw new ObjectDisposedException(nameof(ApideckBufferedContent))).AsSpan(0, _length);

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        stream.WriteAsync(BufferOrThrow(), 0, _length);

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        stream.WriteAsync(BufferOrThrow().AsMemory(0, _length), cancellationToken).AsTask();

    protected override Task<Stream> CreateContentReadStreamAsync() =>
        Task.FromResult<Stream>(new MemoryStream(BufferOrThrow(), 0, _length, writable: false));

    protected override bool TryComputeLength(out long length)
    {
        length = _length;
        return true;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && Interlocked.Exchange(ref _buffer, null) is { } buffer)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        base.Dispose(disposing);
    }

    private byte[] BufferOrThrow() => _buffer ?? throw new ObjectDisposedException(nameof(ApideckBufferedContent));
}
