using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Teammeter.Hris.Sample.ApideckServer;

/// <summary>Routes one request: faults first, then headers, then the HRIS and Vault endpoints.</summary>
internal sealed class ApideckRequestHandler(
    FakeApideckServerOptions options,
    ApideckTenants tenants,
    RequestCounters counters,
    FaultInjector faults)
{
    private const int DefaultLimit = 20;
    private const int MaxLimit = 200;
    private const string SessionPagePrefix = "/vault/session/";

    private readonly JsonResponse json = new(counters);
    private readonly ConcurrentQueue<RecordedSession> sessions = new();
    private readonly ConcurrentDictionary<string, string> sessionConsumers = new(StringComparer.Ordinal);
    private long requestSequence;

    public IReadOnlyList<RecordedSession> Sessions => [.. sessions];

    public async Task HandleAsync(HttpContext context)
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
            case FaultKind.Status:
                foreach (var (name, value) in fault.Headers)
                {
                    context.Response.Headers[name] = value;
                }

                await WriteErrorAsync(context, new ApideckError(fault.StatusCode, fault.TypeName ?? "UnexpectedError", "Scripted fault"));
                return;
            default:
                break;
        }

        var abortMidBody = fault?.Kind == FaultKind.AbortMidBody;
        var method = context.Request.Method;
        if (HttpMethods.IsGet(method) && path.StartsWith(SessionPagePrefix, StringComparison.Ordinal))
        {
            // The page the customer's admin opens; no API key, as in a browser. Opening it completes the connection.
            await CompleteSessionAsync(context, path[SessionPagePrefix.Length..]);
            return;
        }

        if (Authenticate(context) is { } authError)
        {
            await WriteErrorAsync(context, authError);
            return;
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var task = (method, segments) switch
        {
            ("GET", ["hris", "employees"]) => ListEmployeesAsync(context, abortMidBody),
            ("GET", ["hris", "departments"]) => ListDepartmentsAsync(context),
            ("POST", ["vault", "sessions"]) => CreateSessionAsync(context, abortMidBody),
            ("GET", ["vault", "connections", var api, var service]) => GetConnectionAsync(context, api, service, abortMidBody),
            _ => WriteErrorAsync(context, new ApideckError(404, "EntityNotFoundError", "Unknown Widget", $"No route for {method} {path}.")),
        };
        await task;
    }

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

        tenant = tenants.Find(context.Request.Headers["x-apideck-consumer-id"].ToString());
        if (tenant is null)
        {
            return new ApideckError(404, "ConnectionNotFoundError", "Connection not found", "No connection found for this consumer.");
        }

        return tenant.ConnectionState == VaultConnectionState.Callable
            ? null
            : new ApideckError(401, "ConnectorCredentialsError", "Connector credentials missing or invalid", $"The {options.ServiceId} connection is not authorized.");
    }

    private async Task ListEmployeesAsync(HttpContext context, bool abortMidBody)
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
        var end = Math.Min(offset + limit, employees.Count);
        var fields = FieldSelection.Parse(query["fields"].ToString());
        string? previous = offset > 0 ? PageCursor.Encode(options.ServiceId, Math.Max(0, offset - limit)) : null;
        var current = PageCursor.Encode(options.ServiceId, offset);
        string? next = end < employees.Count ? PageCursor.Encode(options.ServiceId, end) : null;

        await json.WriteAsync(context, 200, writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("status_code", 200);
            writer.WriteString("status", "OK");
            writer.WriteString("service", options.ServiceId);
            writer.WriteString("resource", "employees");
            writer.WriteString("operation", "all");
            writer.WriteStartArray("data");
            for (var i = offset; i < end; i++)
            {
                EmployeeJsonWriter.Write(writer, employees[i], organisation, fields);
            }

            writer.WriteEndArray();
            writer.WriteStartObject("meta");
            writer.WriteNumber("items_on_page", Math.Max(0, end - offset));
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
        }, abortMidBody);
    }

    private async Task ListDepartmentsAsync(HttpContext context)
    {
        if (ResolveConnectedTenant(context, out _) is { } error)
        {
            await WriteErrorAsync(context, error);
            return;
        }

        // design.md §2: the Personio connector has no departments resource.
        await WriteErrorAsync(context, new ApideckError(501, "UnsupportedOperationError", "Unsupported operation", $"The {options.ServiceId} connector does not support departments.all."));
    }

    private async Task CreateSessionAsync(HttpContext context, bool abortMidBody)
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
        }, abortMidBody);
    }

    private async Task GetConnectionAsync(HttpContext context, string unifiedApi, string serviceId, bool abortMidBody)
    {
        if (unifiedApi != "hris" || serviceId != options.ServiceId)
        {
            await WriteErrorAsync(context, new ApideckError(404, "ConnectorNotFoundError", "Unknown connector", $"Unknown connector '{unifiedApi}+{serviceId}'."));
            return;
        }

        // A consumer Vault has never seen simply has nothing connected yet.
        var state = tenants.Find(context.Request.Headers["x-apideck-consumer-id"].ToString())?.ConnectionState ?? VaultConnectionState.Available;
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
            writer.WriteBoolean("enabled", true);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }, abortMidBody);
    }

    private async Task CompleteSessionAsync(HttpContext context, string token)
    {
        if (!sessionConsumers.TryGetValue(token, out var consumerId))
        {
            await WriteErrorAsync(context, new ApideckError(404, "EntityNotFoundError", "Unknown session", "The session link is unknown or expired."));
            return;
        }

        tenants.GetOrAddEmpty(consumerId).ConnectionState = VaultConnectionState.Callable;
        var page = Encoding.UTF8.GetBytes($"Personio is now connected for '{consumerId}'. You can close this page.\n");
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.Body.WriteAsync(page, context.RequestAborted);
        counters.RecordBytes(page.Length);
    }

    private Task WriteErrorAsync(HttpContext context, ApideckError error) =>
        json.WriteAsync(context, error.StatusCode, error.Write, abortMidBody: false);

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
