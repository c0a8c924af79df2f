using System.Text;

namespace Teammeter.Hris.Sample.Output;

/// <summary>
/// A write-only stream that decodes the UTF-8 written to it and writes the text to a <see cref="TextWriter"/>, so a
/// <see cref="System.Text.Json.Utf8JsonWriter"/> can stream a document to stdout (or a test's StringWriter) instead
/// of building it whole first.
/// </summary>
internal sealed class TextWriterStream(TextWriter output) : Stream
{
    // One decoder for the whole stream: it keeps the first bytes of a character split across two writes until the rest arrive.
    private readonly Decoder _decoder = Encoding.UTF8.GetDecoder();
    private readonly char[] _chars = new char[32 * 1024];
    private bool _disposed;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => !_disposed;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count)
    {
        ValidateBufferArguments(buffer, offset, count);
        Write(buffer.AsSpan(offset, count));
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        Decode(buffer, flush: false);
    }

    public override void WriteByte(byte value) => Write([value]);

    /// <summary>Flushes the text writer; the bytes of an unfinished character stay with the decoder.</summary>
    public override void Flush() => output.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_disposed)
        {
            // A character left unfinished at the end becomes U+FFFD, as Encoding.UTF8.GetString would make it.
            Decode([], flush: true);
            _disposed = true;
        }

        base.Dispose(disposing);
    }

    private void Decode(ReadOnlySpan<byte> bytes, bool flush)
    {
        var completed = false;
        while (!completed)
        {
            _decoder.Convert(bytes, _chars, flush, out var used, out var written, out completed);
            output.Write(_chars, 0, written);
            bytes = bytes[used..];
        }
    }
}
