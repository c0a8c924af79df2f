using System.Net.Http.Json;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Timeout;
using Teammeter.Hris.Apideck.Dtos;

namespace Teammeter.Hris.Apideck;

/// <summary>
/// The typed <see cref="HttpClient"/> for Apideck's unified HRIS and Vault APIs. One instance serves many tenants,
/// so tenant headers go on each request, never on <see cref="HttpClient.DefaultRequestHeaders"/>.
/// </summary>
internal sealed partial class ApideckClient(
    HttpClient httpClient,
    IOptions<PersonioSyncOptions> options,
    TimeProvider timeProvider,
    ILogger<ApideckClient> logger)
{
    /// <summary>Upper bound of pages in one list: 10,000 pages of 200 is two million records.</summary>
    internal const int MaxPages = 10_000;

    /// <summary>Empty pages that still point to a next page; more in a row means the chain never ends.</summary>
    internal const int MaxEmptyPagesInARow = 3;

    private readonly PersonioSyncOptions _options = options.Value;

    public IAsyncEnumerable<ApideckPage<HrisEmployee>> GetEmployeePagesAsync(string tenantId, CancellationToken cancellationToken) =>
        GetEmployeePagesAsync(tenantId, ApideckEmployeeFields.QueryValue, null, cancellationToken);

    /// <summary>
    /// Every page of employees with the given <c>fields</c> (<see cref="ApideckEmployeeFields.For"/>), decoded and
    /// mapped (<see cref="ApideckEmployeeReader"/>); deleted records are dropped. Teams, departments and titles are
    /// shared across the read (<see cref="ApideckSharedValues"/>).
    /// </summary>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="fields">The <c>fields=</c> value.</param>
    /// <param name="attribute">The only custom attribute to keep (a scope's exclusion attribute), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public IAsyncEnumerable<ApideckPage<HrisEmployee>> GetEmployeePagesAsync(string tenantId, string fields, string? attribute, CancellationToken cancellationToken)
    {
        var shared = new ApideckSharedValues();
        return GetPagesAsync<HrisEmployee>(tenantId, "hris/employees", fields, number => new ApideckEmployeeReader(number, attribute, shared).Read, cancellationToken);
    }

    /// <summary>
    /// Reads only the first page of employees, with the sync's own <c>fields</c> and through the same resilience
    /// pipeline, so a status check sees exactly what a sync would.
    /// </summary>
    public async Task<IReadOnlyList<HrisEmployee>> GetFirstEmployeesAsync(string tenantId, int limit, CancellationToken cancellationToken)
    {
        const string Operation = "GET /hris/employees";
        var page = await ReadPageAsync(tenantId, "hris/employees", ApideckEmployeeFields.QueryValue, limit, null, new ApideckEmployeeReader(1, null, null).Read, Operation, cancellationToken).ConfigureAwait(false);
        var items = page.Items ?? throw new HrisSourceException($"Page 1 of {Operation} has no 'data' array.");
        LogPageRead(Operation, 1, items.Count);
        return items;
    }

    public IAsyncEnumerable<ApideckPage<DepartmentDto>> GetDepartmentPagesAsync(string tenantId, CancellationToken cancellationToken) =>
        GetPagesAsync<DepartmentDto>(tenantId, "hris/departments", "id,name", _ => DecodeDepartments, cancellationToken);

    private static ApideckListPage<DepartmentDto>? DecodeDepartments(ReadOnlySpan<byte> body) =>
        JsonSerializer.Deserialize(body, ApideckJsonContext.Default.ListPageDtoDepartmentDto) is { } page
            ? new ApideckListPage<DepartmentDto>(page.Data?.Count ?? 0, page.Data, page.Meta?.Cursors?.Next)
            : null;

    public async Task<SessionResponseDto> CreateSessionAsync(string tenantId, SessionRequestDto body, CancellationToken cancellationToken)
    {
        const string Operation = "POST /vault/sessions";
        using var request = new HttpRequestMessage(HttpMethod.Post, "vault/sessions")
        {
            Content = JsonContent.Create(body, ApideckJsonContext.Default.SessionRequestDto),
        };
        request.Headers.TryAddWithoutValidation(ApideckHeaders.ConsumerId, ConsumerIdOf(tenantId));
        using var response = await SendAsync(request, Operation, cancellationToken).ConfigureAwait(false);
        return await ApideckContent.ReadJsonAsync(response, ApideckJsonContext.Default.SessionResponseDto, Operation, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads the tenant's connection to the configured service; <see langword="null"/> when Apideck has none (404).</summary>
    public async Task<ConnectionDto?> GetConnectionAsync(string tenantId, CancellationToken cancellationToken)
    {
        var operation = $"GET /vault/connections/hris/{_options.ServiceId}";
        using var request = new HttpRequestMessage(HttpMethod.Get, $"vault/connections/hris/{Uri.EscapeDataString(_options.ServiceId)}");
        request.Headers.TryAddWithoutValidation(ApideckHeaders.ConsumerId, ConsumerIdOf(tenantId));
        try
        {
            using var response = await SendAsync(request, operation, cancellationToken).ConfigureAwait(false);
            var body = await ApideckContent.ReadJsonAsync(response, ApideckJsonContext.Default.ConnectionResponseDto, operation, cancellationToken).ConfigureAwait(false);
            return body.Data ?? throw new HrisSourceException($"Apideck's answer to {operation} has no connection data.", (int)response.StatusCode, null, ApideckErrors.RequestIdOf(response));
        }
        catch (HrisSourceException ex) when (IsMissingConnection(ex))
        {
            return null;
        }
    }

    private static bool IsMissingConnection(HrisSourceException ex) =>
        ex.StatusCode == 404 && ex.ErrorCode is null or "ConnectionNotFoundError" or "EntityNotFoundError";

    // Pages are read one ahead: as soon as page N's body is in, its record count and next cursor are scanned
    // (ApideckPageScan) and page N+1 is requested while page N is decoded and consumed, so decoding and mapping overlap
    // the next round trip instead of adding to it (docs/performance.md). The read-ahead is only started when page N
    // passes the checks that would stop the paging (size, repeated cursor, empty pages, page cap), so a complete read
    // costs exactly one request per page and a read that stops on a bad page no more than before; only a page whose
    // records the consumer refuses has its successor already on the way, which is cancelled (docs/reliability.md).
    private async IAsyncEnumerable<ApideckPage<T>> GetPagesAsync<T>(
        string tenantId,
        string path,
        string fields,
        Func<int, ApideckBodyDecoder<ApideckListPage<T>>> decoderFor,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var operation = $"GET /{path}";
        var limit = _options.PageSize;
        var usedCursors = new HashSet<string>(StringComparer.Ordinal);
        string? cursor = null;
        var emptyInARow = 0;

        // Cancels a read-ahead nobody will take: the consumer stopped early, or this page failed.
        using var readAheadStop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task<HttpResponseMessage>? readAhead = null;
        string? readAheadCursor = null;
        try
        {
            for (var number = 1; ; number++)
            {
                if (number > MaxPages)
                {
                    throw new HrisSourceException($"Apideck's paging of {operation} did not end after {MaxPages} pages; the cursor chain looks endless.");
                }

                var pending = readAhead ?? SendPageAsync(tenantId, path, fields, limit, cursor, operation, cancellationToken);
                readAhead = null;
                ApideckListPage<T> page;
                using (var response = await pending.ConfigureAwait(false))
                {
                    if (CanReadAhead(response, number, limit, emptyInARow, usedCursors, out var scannedNext))
                    {
                        readAheadCursor = scannedNext;
                        readAhead = SendPageAsync(tenantId, path, fields, limit, scannedNext, operation, readAheadStop.Token);
                    }

                    page = await ApideckContent.ReadAsync(response, decoderFor(number), operation, cancellationToken).ConfigureAwait(false);
                }

                var items = page.Items ?? throw new HrisSourceException($"Page {number} of {operation} has no 'data' array.");
                if (page.Records > limit)
                {
                    throw new HrisSourceException($"Page {number} of {operation} holds {page.Records} records although {limit} were requested; the data is not trustworthy.");
                }

                LogPageRead(operation, number, page.Records);
                yield return new ApideckPage<T>(number, items);

                var next = page.Next;
                if (string.IsNullOrEmpty(next))
                {
                    yield break;
                }

                emptyInARow = page.Records == 0 ? emptyInARow + 1 : 0;
                if (emptyInARow >= MaxEmptyPagesInARow)
                {
                    throw new HrisSourceException($"Apideck returned {emptyInARow} empty pages of {operation} in a row that still point to a next page; the cursor chain looks endless.");
                }

                if (!usedCursors.Add(next))
                {
                    throw new HrisSourceException($"Apideck returned a cursor on page {number} of {operation} that was already used; paging would loop forever.");
                }

                if (readAhead is not null && !string.Equals(next, readAheadCursor, StringComparison.Ordinal))
                {
                    // The scan and the decoder disagree (a page shaped oddly, e.g. repeated keys): trust the decoder.
                    await DiscardAsync(readAhead, readAheadStop).ConfigureAwait(false);
                    readAhead = null;
                }

                cursor = next;
            }
        }
        finally
        {
            if (readAhead is not null)
            {
                await DiscardAsync(readAhead, readAheadStop).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Whether page <paramref name="number"/> lets the next be requested now, and its cursor.</summary>
    private static bool CanReadAhead(HttpResponseMessage response, int number, int limit, int emptyInARow, HashSet<string> usedCursors, out string? next)
    {
        next = null;
        return number < MaxPages
            && response.Content is ApideckBufferedContent buffered
            && ApideckContent.IsJson(buffered.Headers.ContentType?.MediaType)
            && ApideckPageScan.TryScan(buffered.Body, out var count, out next)
            && count <= limit
            && !string.IsNullOrEmpty(next)
            && (count > 0 || emptyInARow + 1 < MaxEmptyPagesInARow)
            && !usedCursors.Contains(next);
    }

    private static async Task DiscardAsync(Task<HttpResponseMessage> readAhead, CancellationTokenSource stop)
    {
        await stop.CancelAsync().ConfigureAwait(false);
        try
        {
            using var response = await readAhead.ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Nobody wants this page: whatever became of it (cancelled, failed) is not this read's outcome.
        }
    }

    private async Task<ApideckListPage<T>> ReadPageAsync<T>(
        string tenantId,
        string path,
        string fields,
        int limit,
        string? cursor,
        ApideckBodyDecoder<ApideckListPage<T>> decode,
        string operation,
        CancellationToken cancellationToken)
    {
        using var response = await SendPageAsync(tenantId, path, fields, limit, cursor, operation, cancellationToken).ConfigureAwait(false);
        return await ApideckContent.ReadAsync(response, decode, operation, cancellationToken).ConfigureAwait(false);
    }

    private async Task<HttpResponseMessage> SendPageAsync(
        string tenantId,
        string path,
        string fields,
        int limit,
        string? cursor,
        string operation,
        CancellationToken cancellationToken)
    {
        var uri = $"{path}?limit={limit}&fields={fields}";
        if (cursor is not null)
        {
            uri += $"&cursor={Uri.EscapeDataString(cursor)}";
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.TryAddWithoutValidation(ApideckHeaders.ConsumerId, ConsumerIdOf(tenantId));
        request.Headers.TryAddWithoutValidation(ApideckHeaders.ServiceId, _options.ServiceId);
        return await SendAsync(request, operation, cancellationToken).ConfigureAwait(false);
    }

    private string ConsumerIdOf(string tenantId)
    {
        var consumerId = _options.ConsumerIdResolver?.Invoke(tenantId) ?? tenantId;
        return string.IsNullOrWhiteSpace(consumerId)
            ? throw new InvalidOperationException($"PersonioSyncOptions.ConsumerIdResolver returned no consumer id for tenant '{tenantId}'.")
            : consumerId;
    }

    // Says what broke in words an operator can act on; the code stays in the message for searching. A reset
    // arrives as HttpRequestError.Unknown wrapping a SocketException, so the socket error is consulted too.
    private static (string Cause, string Code) TransportCause(HttpRequestException ex)
    {
        var socketError = SocketErrorOf(ex);
        var cause = (ex.HttpRequestError, socketError) switch
        {
            (HttpRequestError.NameResolutionError, _) => "the host name could not be resolved",
            (HttpRequestError.SecureConnectionError, _) => "the TLS handshake failed",
            (HttpRequestError.ResponseEnded, _) => "the connection closed before the whole answer arrived",
            (HttpRequestError.InvalidResponse, _) => "the answer was not valid HTTP",
            (HttpRequestError.ProxyTunnelError, _) => "the proxy refused the tunnel",
            (_, SocketError.ConnectionReset) => "the connection was reset by the server or a proxy",
            (_, SocketError.ConnectionRefused) => "the connection was refused",
            (_, SocketError.TimedOut) => "the connection timed out",
            (HttpRequestError.ConnectionError, _) => "the connection could not be opened",
            _ => "the HTTP exchange failed",
        };
        var code = ex.HttpRequestError == HttpRequestError.Unknown && socketError is { } error ? error.ToString() : ex.HttpRequestError.ToString();
        return (cause, code);
    }

    private static SocketError? SocketErrorOf(Exception ex)
    {
        for (Exception? inner = ex; inner is not null; inner = inner.InnerException)
        {
            if (inner is SocketException socket)
            {
                return socket.SocketErrorCode;
            }
        }

        return null;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, string operation, CancellationToken cancellationToken)
    {
        var started = timeProvider.GetTimestamp();
        request.Options.Set(ApideckResilience.BudgetStartedKey, started);
        HttpResponseMessage response;
        try
        {
            response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException ex)
        {
            LogTransportFailed(operation, nameof(TimeoutRejectedException));
            throw new HrisSourceException($"Apideck did not answer {operation} within the request budget (PersonioSyncOptions.AttemptTimeout / RequestTimeout), also after retries.", ex);
        }
        catch (HttpRequestException ex)
        {
            var (cause, code) = TransportCause(ex);
            LogTransportFailed(operation, code);
            throw new HrisSourceException($"The connection to Apideck failed during {operation}: {cause} ({code}), also after retries.", ex);
        }

        var elapsed = timeProvider.GetElapsedTime(started);
        LogResponse(operation, (int)response.StatusCode, (long)elapsed.TotalMilliseconds);
        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            var exception = await ApideckErrors.FromResponseAsync(response, operation, _options.ServiceId, timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            LogRequestFailed(operation, (int)response.StatusCode, exception.ErrorCode, exception.RequestId);
            throw exception;
        }
    }
}
