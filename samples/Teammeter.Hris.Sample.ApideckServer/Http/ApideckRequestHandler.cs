using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Teammeter.Hris.Sample.ApideckServer;

/// <summary>The HRIS and Vault endpoints as minimal API routes, behind a preamble for faults and a filter for the Apideck headers.</summary>
internal sealed class ApideckRequestHandler(
    FakeApideckServerOptions options,
    ApideckTenants tenants,
    RequestCounters counters,
    FaultInjector faults,
    CancellationToken stopping)
{
    private const int DefaultLimit = 20;
    private const int MaxLimit = 200;
    private const string SessionPagePrefix = "/vault/session/";
    private static readonly object FaultKey = new();

    private readonly JsonResponse json = new(counters, stopping);
    private readonly ConcurrentQueue<RecordedSession> sessions = new();
    private readonly ConcurrentDictionary<string, string> sessionConsumers = new(StringComparer.Ordinal);
    private long requestSequence;
    private long cursorGeneration;

    public IReadOnlyList<RecordedSession> Sessions => [.. sessions];

    /// <summary>
    /// Wires the server: every request first passes <see cref="PreambleAsync"/> (counted, given a request id, and
    /// broken on purpose when a fault is queued), then reaches its endpoint. The API endpoints, and the 404 for an
    /// unknown route, sit behind <see cref="AuthenticateAsync"/>; the session page the admin opens does not.
    /// </summary>
    public void Map(WebApplication app)
    {
        app.Use(PreambleAsync);

        // The page the customer's admin opens; no API key, as in a browser. Opening it completes the connection.
        app.MapGet(SessionPagePrefix + "{**token}", (HttpContext context, string? token) => CompleteSessionAsync(context, token ?? ""));

        var api = app.MapGroup("").AddEndpointFilter(AuthenticateAsync);
        api.MapGet("/hris/employees", Endpoint(context => ListEmployeesAsync(context, FaultOf(context))));
        api.MapGet("/hris/departments", Endpoint(ListDepartmentsAsync));
        api.MapPost("/vault/sessions", Endpoint(context => CreateSessionAsync(context, BodyFaultOf(context))));
        api.MapGet("/vault/connections/{unifiedApi}/{serviceId}", (HttpContext context, string unifiedApi, string serviceId) =>
            GetConnectionAsync(context, unifiedApi, serviceId, BodyFaultOf(context)));

        // Any other path or method, Apideck's way: a JSON 404 (after authentication, as Apideck checks the key first).
        api.MapFallback("{**path}", Endpoint(context => WriteErrorAsync(
            context,
            new ApideckError(404, "EntityNotFoundError", "Unknown Widget", $"No route for {context.Request.Method} {context.Request.Path.Value}."))));
    }

    // Map* given a RequestDelegate skips endpoint filters (dotnet/aspnetcore#59937); as a plain delegate the
    // endpoint goes through the request delegate factory, which runs the authentication filter.
    private static Delegate Endpoint(Func<HttpContext, Task> handler) => handler;

    private async Task PreambleAsync(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path.Value ?? "/";
        counters.RecordRequest(path);
        context.Response.Headers["Request-Id"] = string.Create(CultureInfo.InvariantCulture, $"req-{Interlocked.Increment(ref requestSequence):D8}");

        if (faults.Interceptor is { } interceptor && await interceptor(context, context.RequestAborted))
        {
            return;
        }

        var fault = faults.TakeNext(path);
        switch (fault?.Kind)
        {
            case FaultKind.AbortBeforeResponse:
                context.Abort();
                return;
            case FaultKind.ResetConnection:
                Reset(context);
                return;
            case FaultKind.Status:
                foreach (var (name, value) in fault.Headers)
                {
                    context.Response.Headers[name] = value;
                }

                await WriteErrorAsync(context, new ApideckError(fault.StatusCode, fault.TypeName ?? "UnexpectedError", "Scripted fault"));
                return;
            case FaultKind.RawBody:
                await WriteRawAsync(context, fault);
                return;
            case FaultKind.Delay:
                if (!await WaitAsync(fault.Delay, context.RequestAborted))
                {
                    return;
                }

                break;
            default:
                break;
        }

        // The paging faults and the body faults are the endpoint's to apply.
        context.Items[FaultKey] = fault;
        await next(context);
    }

    private async ValueTask<object?> AuthenticateAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        if (Authenticate(invocation.HttpContext) is { } error)
        {
            await WriteErrorAsync(invocation.HttpContext, error);
            return Results.Empty;
        }

        return await next(invocation);
    }

    private static ScriptedFault? FaultOf(HttpContext context) => context.Items[FaultKey] as ScriptedFault;

    private static FaultKind? BodyFaultOf(HttpContext context) =>
        FaultOf(context)?.Kind is FaultKind.AbortMidBody or FaultKind.StallMidBody ? FaultOf(context)!.Kind : null;

    private ApideckError? Authenticate(HttpContext context)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        if (authorization.Length == 0)
        {
            return ApideckError.Unauthorized("Missing authentication");
        }

        if (!string.Equals(authorization, "Bearer " + options.ApiKey, StringComparison.Ordinal))
        {
            return ApideckError.Unauthorized("Invalid API key");
        }

        var appId = context.Request.Headers["x-apideck-app-id"].ToString();
        if (!string.Equals(appId, options.AppId, StringComparison.Ordinal))
        {
            return ApideckError.Unauthorized(appId.Length == 0 ? "Missing header x-apideck-app-id" : "Unknown application id");
        }

        return context.Request.Headers["x-apideck-consumer-id"].ToString().Length == 0
            ? ApideckError.Validation("Missing header x-apideck-consumer-id")
            : null;
    }

    private ApideckError? ResolveConnectedTenant(HttpContext context, out ApideckTenant? tenant)
    {
        tenant = null;
        var serviceId = context.Request.Headers["x-apideck-service-id"].ToString();
        if (serviceId.Length > 0 && !string.Equals(serviceId, options.ServiceId, StringComparison.Ordinal))
        {
            return new ApideckError(404, "ConnectorNotFoundError", "Unknown connector", $"Unknown service id '{serviceId}'.");
        }

        tenant = tenants.FindServing(context.Request.Headers["x-apideck-consumer-id"].ToString());
        if (tenant is null)
        {
            return new ApideckError(404, "ConnectionNotFoundError", "Connection not found", "No connection found for this consumer.");
        }

        return tenant.IsCallable
            ? null
            : new ApideckError(401, "ConnectorCredentialsError", "Connector credentials missing or invalid", tenant.ConnectionEnabled
                ? $"The {options.ServiceId} connection is not authorized."
                : $"The {options.ServiceId} connection is disabled.");
    }

    private async Task ListEmployeesAsync(HttpContext context, ScriptedFault? fault)
    {
        if (ResolveConnectedTenant(context, out var tenant) is { } error)
        {
            await WriteErrorAsync(context, error);
            return;
        }

        var query = context.Request.Query;
        var limit = DefaultLimit;
        if (query.TryGetValue("limit", out var limitText)
            && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > MaxLimit))
        {
            await WriteErrorAsync(context, ApideckError.Validation($"limit must be an integer from 1 to {MaxLimit}."));
            return;
        }

        var offset = 0;
        var cursor = query["cursor"].ToString();
        if (cursor.Length > 0 && !PageCursor.TryDecode(options.ServiceId, cursor, out offset))
        {
            await WriteErrorAsync(context, new ApideckError(400, "InvalidCursorError", "Invalid cursor", "The cursor was not issued by this connector."));
            return;
        }

        var organisation = tenant!.Snapshot;
        var employees = organisation.Employees;
        var fields = FieldSelection.Parse(query["fields"].ToString());
        string? previous = offset > 0 ? PageCursor.Encode(options.ServiceId, Math.Max(0, offset - limit)) : null;
        var current = PageCursor.Encode(options.ServiceId, offset);
        var (start, end, next) = PlanPage(fault?.Kind, offset, limit, employees.Count, current);
        var extra = fault?.Kind == FaultKind.OversizePage && employees.Count > 0 ? fault.ExtraRecords : 0;
        var bodyFault = fault?.Kind is FaultKind.AbortMidBody or FaultKind.StallMidBody ? fault.Kind : (FaultKind?)null;

        await json.WriteAsync(context, 200, writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("status_code", 200);
            writer.WriteString("status", "OK");
            writer.WriteString("service", options.ServiceId);
            writer.WriteString("resource", "employees");
            writer.WriteString("operation", "all");
            writer.WriteStartArray("data");
            for (var i = start; i < end + extra; i++)
            {
                // An oversize page repeats records when the organisation runs out: only the count matters.
                EmployeeJsonWriter.Write(writer, employees[i % employees.Count], organisation, fields);
            }

            writer.WriteEndArray();
            writer.WriteStartObject("meta");
            writer.WriteNumber("items_on_page", Math.Max(0, end + extra - start));
            writer.WriteStartObject("cursors");
            writer.WriteString("previous", previous);
            writer.WriteString("current", current);
            writer.WriteString("next", next);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteStartObject("links");
            writer.WriteString("previous", previous is null ? null : PageLink(context, previous));
            writer.WriteString("current", PageLink(context, cursor.Length > 0 ? cursor : null));
            writer.WriteString("next", next is null ? null : PageLink(context, next));
            writer.WriteEndObject();
            writer.WriteEndObject();
        }, bodyFault);
    }

    /// <summary>Which records a page holds and where its <c>next</c> cursor points, honouring the paging faults.</summary>
    private (int Start, int End, string? Next) PlanPage(FaultKind? kind, int offset, int limit, int count, string current)
    {
        switch (kind)
        {
            case FaultKind.RepeatCursor:
                return (offset, Math.Min(offset + limit, count), current);
            case FaultKind.EmptyPage:
                return (offset, offset, PageCursor.Encode(options.ServiceId, offset, Interlocked.Increment(ref cursorGeneration)));
            case FaultKind.OverlapPreviousPage:
                var start = Math.Max(0, offset - 1);
                var overlapEnd = Math.Min(start + limit, count);
                return (start, overlapEnd, overlapEnd < count ? PageCursor.Encode(options.ServiceId, overlapEnd) : null);
            default:
                var end = Math.Min(offset + limit, count);
                return (offset, end, end < count ? PageCursor.Encode(options.ServiceId, end) : null);
        }
    }

    private async Task ListDepartmentsAsync(HttpContext context)
    {
        if (ResolveConnectedTenant(context, out _) is { } error)
        {
            await WriteErrorAsync(context, error);
            return;
        }

        // The Personio connector has no departments resource (docs/personio-setup.md, ReadDepartmentsEndpoint).
        await WriteErrorAsync(context, new ApideckError(501, "UnsupportedOperationError", "Unsupported operation", $"The {options.ServiceId} connector does not support departments.all."));
    }

    private async Task CreateSessionAsync(HttpContext context, FaultKind? bodyFault)
    {
        var consumerId = context.Request.Headers["x-apideck-consumer-id"].ToString();
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var token = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray());
        tenants.GetOrAddEmpty(consumerId);
        sessionConsumers[token] = consumerId;
        sessions.Enqueue(new RecordedSession(consumerId, body, token));

        var sessionUri = $"{context.Request.Scheme}://{context.Request.Host}{SessionPagePrefix}{token}";
        await json.WriteAsync(context, 200, writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("status_code", 200);
            writer.WriteString("status", "OK");
            writer.WriteStartObject("data");
            writer.WriteString("session_uri", sessionUri);
            writer.WriteString("session_token", token);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }, bodyFault);
    }

    private async Task GetConnectionAsync(HttpContext context, string unifiedApi, string serviceId, FaultKind? bodyFault)
    {
        if (unifiedApi != "hris" || serviceId != options.ServiceId)
        {
            await WriteErrorAsync(context, new ApideckError(404, "ConnectorNotFoundError", "Unknown connector", $"Unknown connector '{unifiedApi}+{serviceId}'."));
            return;
        }

        // A consumer Vault has never seen simply has nothing connected yet.
        var tenant = tenants.Find(context.Request.Headers["x-apideck-consumer-id"].ToString());
        var state = tenant?.ConnectionState ?? VaultConnectionState.Available;
        var enabled = state != VaultConnectionState.Available && tenant?.ConnectionEnabled == true;
        await json.WriteAsync(context, 200, writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("status_code", 200);
            writer.WriteString("status", "OK");
            writer.WriteStartObject("data");
            writer.WriteString("id", $"{unifiedApi}+{serviceId}");
            writer.WriteString("service_id", serviceId);
            writer.WriteString("name", "Personio");
            writer.WriteString("unified_api", unifiedApi);
            writer.WriteString("state", state.ToString().ToLowerInvariant());
            writer.WriteString("integration_state", "configured");
            writer.WriteString("auth_type", "apiKey");
            writer.WriteString("status", "live");
            writer.WriteBoolean("enabled", enabled);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }, bodyFault);
    }

    private async Task CompleteSessionAsync(HttpContext context, string token)
    {
        if (!sessionConsumers.TryGetValue(token, out var consumerId))
        {
            await WriteErrorAsync(context, new ApideckError(404, "EntityNotFoundError", "Unknown session", "The session link is unknown or expired."));
            return;
        }

        // The admin enters the credentials and, as the setup guide tells them, makes sure the switch is on.
        var tenant = tenants.GetOrAddEmpty(consumerId);
        tenant.ConnectionState = VaultConnectionState.Callable;
        tenant.ConnectionEnabled = true;
        var page = Encoding.UTF8.GetBytes($"Personio is now connected for '{consumerId}'. You can close this page.\n");
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.Body.WriteAsync(page, context.RequestAborted);
        counters.RecordBytes(page.Length);
    }

    private Task WriteErrorAsync(HttpContext context, ApideckError error) =>
        json.WriteAsync(context, error.StatusCode, error.Write, bodyFault: null);

    private async Task WriteRawAsync(HttpContext context, ScriptedFault fault)
    {
        foreach (var (name, value) in fault.Headers)
        {
            context.Response.Headers[name] = value;
        }

        var body = Encoding.UTF8.GetBytes(fault.Body);
        context.Response.StatusCode = fault.StatusCode;
        if (fault.ContentType is not null)
        {
            context.Response.ContentType = fault.ContentType;
        }

        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
        counters.RecordBytes(body.Length);
    }

    /// <summary>Waits, unless the client goes away or the server stops first; <see langword="false"/> then.</summary>
    private async Task<bool> WaitAsync(TimeSpan delay, CancellationToken requestAborted)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, stopping);
        try
        {
            await Task.Delay(delay, linked.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    // Linger 0 turns the close into a TCP RST, which is what a crashed proxy or a load balancer timeout sends.
    private static void Reset(HttpContext context)
    {
        if (context.Features.Get<IConnectionSocketFeature>()?.Socket is { } socket)
        {
            socket.LingerState = new LingerOption(enable: true, seconds: 0);
        }

        context.Abort();
    }

    private static string PageLink(HttpContext context, string? cursor)
    {
        var request = context.Request;
        var parameters = request.Query
            .Where(p => p.Key != "cursor")
            .Select(p => new KeyValuePair<string, string?>(p.Key, p.Value.ToString()))
            .ToList();
        if (cursor is not null)
        {
            parameters.Add(new("cursor", cursor));
        }

        return QueryHelpers.AddQueryString($"{request.Scheme}://{request.Host}{request.Path}", parameters);
    }
}
