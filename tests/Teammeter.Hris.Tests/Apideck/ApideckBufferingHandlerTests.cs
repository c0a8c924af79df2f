using System.Net;
using System.Net.Http.Headers;
using Teammeter.Hris.Apideck;

namespace Teammeter.Hris.Tests.Apideck;

/// <summary>
/// The body is read whole into a pooled buffer inside the attempt (docs/reliability.md): every byte and header is
/// kept, and a body that breaks or stalls half-way fails the attempt the way the retry strategy expects.
/// </summary>
public sealed class ApideckBufferingHandlerTests
{
    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(128 * 1024, false)]
    [InlineData(128 * 1024, true)]
    [InlineData(700_001, false)]
    [InlineData(700_001, true)]
    public async Task SendAsync_BodyInOddChunks_KeepsEveryByteAndTheContentHeaders(int size, bool withLength)
    {
        var body = Enumerable.Range(0, size).Select(i => (byte)(i * 31)).ToArray();
        using var invoker = CreateSut(new ChunkedStream(body, chunk: 4093), withLength ? size : null);

        using var response = await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, "http://apideck.test/x"), CancellationToken.None);

        var content = response.Content.Should().BeOfType<ApideckBufferedContent>().Subject;
        content.Body.ToArray().Should().Equal(body);
        (await response.Content.ReadAsByteArrayAsync()).Should().Equal(body);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        response.Content.Headers.ContentLength.Should().Be(size);
    }

    [Fact]
    public async Task SendAsync_BodyBreaksHalfWay_ThrowsRetryableErrorNamingTheCauseAndDisposesTheResponse()
    {
        var broken = new ChunkedStream(new byte[300_000], chunk: 8192, failAfter: 150_000);
        using var invoker = CreateSut(broken, length: null);

        var act = () => invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, "http://apideck.test/x"), CancellationToken.None);

        var thrown = (await act.Should().ThrowAsync<HttpRequestException>()).Which;
        thrown.HttpRequestError.Should().Be(HttpRequestError.ResponseEnded);
        thrown.InnerException.Should().BeOfType<HttpIOException>();
        broken.Disposed.Should().BeTrue();
    }

    [Fact]
    public async Task SendAsync_BodyStallsUntilTheAttemptIsCancelled_ThrowsOperationCanceled()
    {
        var stalling = new ChunkedStream(new byte[300_000], chunk: 8192, stallAfter: 100_000);
        using var invoker = CreateSut(stalling, length: null);
        using var attempt = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        var act = () => invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, "http://apideck.test/x"), attempt.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        stalling.Disposed.Should().BeTrue();
    }

    [Fact]
    public async Task Dispose_BufferedContent_BodyCannotBeReadAfterwards()
    {
        using var invoker = CreateSut(new ChunkedStream(new byte[1000], chunk: 100), length: null);
        var response = await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, "http://apideck.test/x"), CancellationToken.None);
        var content = (ApideckBufferedContent)response.Content;

        response.Dispose();
        response.Dispose();

        var read = () => content.Body.Length;
        read.Should().Throw<ObjectDisposedException>();
    }

    private static HttpMessageInvoker CreateSut(Stream body, long? length) =>
        new(new ApideckBufferingHandler { InnerHandler = new StreamHandler(body, length) });

    private sealed class StreamHandler(Stream body, long? length) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var content = new StreamContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            content.Headers.ContentLength = length;
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
        }
    }

    /// <summary>Serves a body in chunks of a fixed size, and can break (as a connection closed mid-body) or stall.</summary>
    private sealed class ChunkedStream(byte[] body, int chunk, int failAfter = -1, int stallAfter = -1) : Stream
    {
        private int _position;

        public bool Disposed { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (failAfter >= 0 && _position >= failAfter)
            {
                throw new HttpIOException(HttpRequestError.ResponseEnded, "The response ended prematurely.");
            }

            if (stallAfter >= 0 && _position >= stallAfter)
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            var count = Math.Min(Math.Min(chunk, buffer.Length), body.Length - _position);
            body.AsMemory(_position, count).CopyTo(buffer);
            _position += count;
            return count;
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }
}
