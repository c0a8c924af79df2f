using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Teammeter.Hris.Sample.ApideckServer;

/// <summary>Writes a JSON body built with <see cref="Utf8JsonWriter"/>, counts its bytes, and can cut it short on purpose.</summary>
internal sealed class JsonResponse(RequestCounters counters, CancellationToken stopping)
{
    public async Task WriteAsync(HttpContext context, int statusCode, Action<Utf8JsonWriter> write, FaultKind? bodyFault)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "application/json";
        var body = buffer.WrittenMemory;
        if (bodyFault is FaultKind.AbortMidBody or FaultKind.StallMidBody)
        {
            // Promise the full length, deliver half: the client sees a truncated body, as with a dropped connection.
            context.Response.ContentLength = body.Length;
            var half = body[..(body.Length / 2)];
            await context.Response.Body.WriteAsync(half, context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            counters.RecordBytes(half.Length);
            if (bodyFault == FaultKind.StallMidBody)
            {
                // Hold the connection open without sending more, until the client gives up or the server stops.
                using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
                try
                {
                    await Task.Delay(Timeout.Infinite, linked.Token);
                }
                catch (OperationCanceledException)
                {
                    // The client gave up or the server stops: either way the stall is over.
                }
            }

            context.Abort();
            return;
        }

        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
        counters.RecordBytes(body.Length);
    }
}
