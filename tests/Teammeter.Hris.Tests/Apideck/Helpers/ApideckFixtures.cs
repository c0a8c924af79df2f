using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Teammeter.Hris.Tests.Apideck.Helpers;

/// <summary>Spec-shaped Apideck payloads (GetEmployeesResponse, Employee, error bodies) for tests.</summary>
internal static class ApideckFixtures
{
    public const string BaseAddress = "https://unify.apideck.com";
    public const string EmployeesUrl = BaseAddress + "/hris/employees";

    /// <summary>A complete employee with every field the source reads, all populated.</summary>
    public static JsonObject Employee(string id, string? managerId = "m-1") => new()
    {
        ["id"] = id,
        ["first_name"] = "Ada",
        ["last_name"] = "Lovelace",
        ["emails"] = new JsonArray(
            new JsonObject { ["email"] = $"private-{id}@example.org", ["type"] = "personal" },
            new JsonObject { ["email"] = $"{id}@example.com", ["type"] = "work" }),
        ["employment_status"] = "active",
        ["employment_start_date"] = "2021-03-01",
        ["employment_end_date"] = null,
        ["title"] = "Engineer",
        ["jobs"] = new JsonArray(new JsonObject { ["title"] = "Engineer", ["is_primary"] = true }),
        ["team"] = new JsonObject { ["id"] = "t-1", ["name"] = "Platform" },
        ["department_id"] = "d-1",
        ["department_name"] = "Engineering",
        ["manager"] = managerId is null ? null : new JsonObject { ["id"] = managerId },
        ["employee_number"] = $"E-{id}",
        ["created_at"] = "2020-09-30T07:43:32.000Z",
        ["updated_at"] = "2024-01-02T10:00:00.000Z",
        ["deleted"] = false,
    };

    /// <summary>A GetEmployeesResponse page; <paramref name="next"/> null marks the last page.</summary>
    public static string Page(string? next, params JsonObject[] employees) => new JsonObject
    {
        ["status_code"] = 200,
        ["status"] = "OK",
        ["service"] = "personio",
        ["resource"] = "Employees",
        ["operation"] = "all",
        ["data"] = new JsonArray(employees.Select(e => (JsonNode)e.DeepClone()).ToArray()),
        ["meta"] = new JsonObject
        {
            ["items_on_page"] = employees.Length,
            ["cursors"] = new JsonObject { ["previous"] = null, ["current"] = null, ["next"] = next },
        },
        ["links"] = new JsonObject { ["previous"] = null, ["current"] = null, ["next"] = null },
    }.ToJsonString();

    /// <summary>Apideck's error body.</summary>
    public static string Error(int statusCode, string typeName, string message = "Something failed") => new JsonObject
    {
        ["status_code"] = statusCode,
        ["error"] = "Error",
        ["type_name"] = typeName,
        ["message"] = message,
        ["detail"] = "details",
        ["ref"] = "https://developers.apideck.com/errors#" + typeName.ToLowerInvariant(),
    }.ToJsonString();

    public static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.OK, string? requestId = "req-1")
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (requestId is not null)
        {
            response.Headers.TryAddWithoutValidation("Request-Id", requestId);
        }

        return response;
    }

    public static HttpResponseMessage Text(string body, string mediaType, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, mediaType) };

    public static HttpResponseMessage WithRetryAfter(this HttpResponseMessage response, TimeSpan delta)
    {
        response.Headers.RetryAfter = new RetryConditionHeaderValue(delta);
        return response;
    }
}
