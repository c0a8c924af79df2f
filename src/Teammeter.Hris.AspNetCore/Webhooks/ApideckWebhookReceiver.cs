using System.Buffers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Teammeter.Hris.Webhooks;

/// <summary>
/// The endpoint: checks a delivery and queues its event, nothing else. Answers 401 when the signature is missing or
/// wrong, 413 when the body is too large (having read at most the limit), 400 when it is not the JSON Apideck sends,
/// 503 when the queue is full (Apideck retries), and 202 at once for an event, new or repeated.
/// </summary>
/// <remarks>The signing key is read per delivery, so a configuration reload that rotates the API key applies here too.</remarks>
internal sealed partial class ApideckWebhookReceiver(
    IOptionsMonitor<PersonioSyncOptions> sync,
    IOptions<ApideckWebhookOptions> options,
    SeenEventIds seen,
    WebhookQueue queue,
    ILogger<ApideckWebhookReceiver> logger)
{
    private const int ReadChunk = 16 * 1024;

    /// <summary>Handles one delivery (a plain <see cref="RequestDelegate"/>: no reflection, trimming- and AOT-safe).</summary>
    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var signature = request.Headers[ApideckSignature.HeaderName].ToString();
        if (string.IsNullOrEmpty(signature))
        {
            LogRejected(StatusCodes.Status401Unauthorized, "no signature");
            await AnswerAsync(context, StatusCodes.Status401Unauthorized, "x-apideck-signature is missing").ConfigureAwait(false);
            return;
        }

        var limit = options.Value.MaxBodyBytes;
        if (request.ContentLength > limit)
        {
            LogRejected(StatusCodes.Status413PayloadTooLarge, "declared too large");
            await AnswerAsync(context, StatusCodes.Status413PayloadTooLarge, "the body is larger than this endpoint accepts").ConfigureAwait(false);
            return;
        }

        var body = await ReadAtMostAsync(request.Body, limit, context.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            LogRejected(StatusCodes.Status413PayloadTooLarge, "too large");
            await AnswerAsync(context, StatusCodes.Status413PayloadTooLarge, "the body is larger than this endpoint accepts").ConfigureAwait(false);
            return;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body.WrittenMemory, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException)
        {
            LogRejected(StatusCodes.Status400BadRequest, "not JSON");
            await AnswerAsync(context, StatusCodes.Status400BadRequest, "the body is not JSON").ConfigureAwait(false);
            return;
        }

        using (document)
        {
            await HandleDocumentAsync(context, document.RootElement, signature).ConfigureAwait(false);
        }
    }

    private async Task HandleDocumentAsync(HttpContext context, JsonElement body, string signature)
    {
        bool verified;
        try
        {
            verified = ApideckSignature.Verify(body, signature, sync.CurrentValue.ApiKey);
        }
        catch (InvalidOperationException)
        {
            // A string System.Text.Json refuses to unescape (a lone surrogate): it cannot be canonicalised.
            LogRejected(StatusCodes.Status400BadRequest, "invalid string");
            await AnswerAsync(context, StatusCodes.Status400BadRequest, "the body holds an invalid string").ConfigureAwait(false);
            return;
        }

        if (!verified)
        {
            LogRejected(StatusCodes.Status401Unauthorized, "wrong signature");
            await AnswerAsync(context, StatusCodes.Status401Unauthorized, "x-apideck-signature does not match the body").ConfigureAwait(false);
            return;
        }

        if (!WebhookEnvelope.TryRead(body, out var webhookEvent, out var problem))
        {
            LogRejected(StatusCodes.Status400BadRequest, problem!);
            await AnswerAsync(context, StatusCodes.Status400BadRequest, problem!).ConfigureAwait(false);
            return;
        }

        if (webhookEvent is null)
        {
            LogNoEvent();
            context.Response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        if (!seen.TryAdd(webhookEvent.EventId))
        {
            LogRepeated(webhookEvent.EventId, webhookEvent.EventType, webhookEvent.ExecutionAttempt);
            context.Response.StatusCode = StatusCodes.Status202Accepted;
            return;
        }

        if (!queue.TryWrite(webhookEvent))
        {
            seen.Forget(webhookEvent.EventId);
            LogQueueFull(webhookEvent.EventId);
            context.Response.Headers.RetryAfter = "60";
            await AnswerAsync(context, StatusCodes.Status503ServiceUnavailable, "busy; retry later").ConfigureAwait(false);
            return;
        }

        LogAccepted(webhookEvent.EventId, webhookEvent.EventType, webhookEvent.ConsumerId);
        context.Response.StatusCode = StatusCodes.Status202Accepted;
    }

    /// <summary>Reads the body up to <paramref name="limit"/> bytes; <see langword="null"/> as soon as it proves longer.</summary>
    private static async Task<ArrayBufferWriter<byte>?> ReadAtMostAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(Math.Min(ReadChunk, limit + 1));
        while (true)
        {
            // Asking for one byte past the limit is how a too-long body shows itself without reading on.
            var room = Math.Min(ReadChunk, limit + 1 - buffer.WrittenCount);
            var read = await body.ReadAsync(buffer.GetMemory(room)[..room], cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return buffer;
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > limit)
            {
                return null;
            }
        }
    }

    private static Task AnswerAsync(HttpContext context, int statusCode, string reason)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(reason + "\n"), context.RequestAborted).AsTask();
    }
}
