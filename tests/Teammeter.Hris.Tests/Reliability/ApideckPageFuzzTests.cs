using System.Globalization;
using System.Text.Json.Nodes;
using CsCheck;
using RichardSzalay.MockHttp;
using Teammeter.Hris.Tests.Apideck.Helpers;
using static Teammeter.Hris.Tests.Apideck.Helpers.ApideckFixtures;

namespace Teammeter.Hris.Tests.Reliability;

/// <summary>
/// Spec-shaped employee pages with random damage (fields removed, values of the wrong type or absurd size, records
/// duplicated): the source either maps them or throws <see cref="HrisSourceException"/>, never anything else.
/// </summary>
public sealed class ApideckPageFuzzTests
{
    private const int Iterations = 400;

    private static readonly Gen<JsonNode?> Values = Gen.OneOf(
        Gen.Const(() => (JsonNode?)null),
        Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b)),
        Gen.Long.Select(n => (JsonNode?)JsonValue.Create(n)),
        Gen.Double.Select(d => (JsonNode?)(double.IsFinite(d) ? JsonValue.Create(d) : JsonValue.Create(0.5))),
        Gen.String.Select(s => (JsonNode?)JsonValue.Create(s)),
        Gen.String[0, 20].Array[0, 3].Select(a => (JsonNode?)new JsonArray(a.Select(s => (JsonNode?)JsonValue.Create(s)).ToArray())),
        Gen.OneOfConst("", " ", "\u0000", "😀", "9999-99-99", "2021-02-30", "1e309", "-1", "null", new string('x', 100_000))
            .Select(s => (JsonNode?)JsonValue.Create(s)),
        Gen.Const(() => (JsonNode?)new JsonObject()),
        Gen.Const(() => (JsonNode?)new JsonArray()));

    private static readonly Gen<Mutation> Mutations = Gen.Select(Gen.Int[0, 2], Gen.Int[0, 10_000], Values, (kind, target, value) => new Mutation(kind, target, value));

    private static readonly Gen<(int Employees, Mutation[] Mutations)> Pages = Gen.Select(Gen.Int[1, 4], Mutations.Array[1, 4]);

    [Fact]
    public void ReadSnapshotAsync_DamagedPage_MapsOrThrowsHrisSourceExceptionOnly()
    {
        Pages.Sample(
            page =>
            {
                var json = Build(page.Employees, page.Mutations);
                var outcome = ReadAsync(json).GetAwaiter().GetResult();

                outcome.Should().Match<Exception?>(
                    e => e == null || e is HrisSourceException,
                    $"the page was: {json[..Math.Min(json.Length, 2000)]}");
            },
            iter: Iterations,
            threads: 2);
    }

    // Found by the fuzz test above; kept as fixed cases so they cannot come back unnoticed.
    [Fact]
    public async Task ReadSnapshotAsync_NullEntriesInEmailsAndJobs_AreIgnored()
    {
        var employee = Employee("1", managerId: null);
        employee["emails"] = new JsonArray(null, new JsonObject { ["email"] = "1@example.com", ["type"] = "work" });
        employee["title"] = null;
        employee["jobs"] = new JsonArray(null, new JsonObject { ["title"] = "Engineer", ["is_primary"] = true });

        var outcome = await ReadAsync(Page(null, employee));

        outcome.Should().BeNull();
    }

    [Fact]
    public async Task ReadSnapshotAsync_NullRecordInData_ThrowsNamingIt()
    {
        var page = JsonNode.Parse(Page(null, Employee("1", managerId: null)))!;
        page["data"]!.AsArray().Add(null);

        var outcome = await ReadAsync(page.ToJsonString());

        outcome.Should().BeOfType<HrisSourceException>().Which.Message.Should().Be(
            "Page 1 of GET /hris/employees holds a null record instead of an employee; the snapshot is unusable.");
    }

    [Fact]
    public async Task ReadSnapshotAsync_TwoIdenticalRepeatsAfterADifferingRecord_KeepsEachVersionOnce()
    {
        var changed = Employee("1", managerId: null);
        changed["title"] = "Lead";
        using var host = new ApideckTestHost(o => o.MaxRetryAttempts = 0);
        host.Mock.When("*").Respond(() => Task.FromResult(Json(Page(null, changed, Employee("1", managerId: null), Employee("1", managerId: null)))));

        var snapshot = await host.Source.ReadSnapshotAsync("tenant-fuzz");

        snapshot.Employees.Select(e => e.Title).Should().Equal("Lead", "Engineer");
    }

    private static async Task<Exception?> ReadAsync(string json)
    {
        using var host = new ApideckTestHost(o => o.MaxRetryAttempts = 0);
        host.Mock.When("*").Respond(() => Task.FromResult(Json(json)));
        try
        {
            var snapshot = await host.Source.ReadSnapshotAsync("tenant-fuzz");
            snapshot.Employees.Should().OnlyHaveUniqueItems("identical repeats are collapsed; differing records with one id are left to the reconciler, which warns");
            return null;
        }
        catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
        {
            return ex;
        }
    }

    private static string Build(int employees, Mutation[] mutations)
    {
        var page = JsonNode.Parse(Page(null, [.. Enumerable.Range(1, employees).Select(i => Employee(i.ToString(CultureInfo.InvariantCulture), managerId: "1"))]))!;
        foreach (var mutation in mutations)
        {
            mutation.Apply(page);
        }

        return page.ToJsonString();
    }

    /// <summary>One change to the page: 0 replaces a node's value, 1 removes it, 2 duplicates an employee.</summary>
    private sealed record Mutation(int Kind, int Target, JsonNode? Value)
    {
        public void Apply(JsonNode page)
        {
            if (Kind == 2 && page["data"] is JsonArray data && data.Count > 0)
            {
                data.Add(data[Target % data.Count]?.DeepClone());
                return;
            }

            var nodes = Descendants(page).ToList();
            var node = nodes[Target % nodes.Count];
            switch (node.Parent)
            {
                case JsonObject parent:
                    var name = parent.First(p => ReferenceEquals(p.Value, node)).Key;
                    if (Kind == 1)
                    {
                        parent.Remove(name);
                    }
                    else
                    {
                        parent[name] = Value?.DeepClone();
                    }

                    break;
                case JsonArray array:
                    var index = array.IndexOf(node);
                    if (Kind == 1)
                    {
                        array.RemoveAt(index);
                    }
                    else
                    {
                        array[index] = Value?.DeepClone();
                    }

                    break;
                default:
                    break;
            }
        }

        // Every non-null node below the root, in document order (null values cannot be targeted, their property can).
        private static IEnumerable<JsonNode> Descendants(JsonNode node)
        {
            IEnumerable<JsonNode?> children = node switch
            {
                JsonObject o => o.Select(p => p.Value),
                JsonArray a => a,
                _ => [],
            };
            foreach (var child in children.OfType<JsonNode>())
            {
                yield return child;
                foreach (var descendant in Descendants(child))
                {
                    yield return descendant;
                }
            }
        }
    }
}
