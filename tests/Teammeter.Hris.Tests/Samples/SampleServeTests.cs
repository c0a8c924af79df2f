using System.Globalization;
using System.Text.Json;
using Npgsql;
using Teammeter.Hris.Sample;
using Teammeter.Hris.Sample.ApideckServer;
using Teammeter.Hris.Tests.Helpers;
using Teammeter.Hris.Tests.Quartz.Postgres;

namespace Teammeter.Hris.Tests.Samples;

/// <summary>
/// <c>serve</c> as a backend node: the real schedulers (built-in, and Quartz clustered on PostgreSQL) firing real
/// tenants a few seconds from now, against the embedded Apideck server and a shared SQLite file.
/// </summary>
[Collection(SerialCollection.Name)] // waits on the wall clock: keep other tests' load off the two cores meanwhile
public sealed class SampleServeTests(PostgresServer postgres) : EmbeddedApideckTests, IClassFixture<PostgresServer>
{
    [Fact]
    public async Task RunAsync_ServeBuiltin_SyncsEachAutoSyncTenantOnceAtItsLocalTime()
    {
        var due = DateTimeOffset.UtcNow.AddSeconds(3);
        var tenants = new[]
        {
            Tenant("berlin", "Europe/Berlin", due, autoSync: true),
            Tenant("kolkata", "Asia/Kolkata", due, autoSync: true),
            Tenant("manual", "Europe/Berlin", due, autoSync: false),
        };

        Prepare(tenants);

        var run = await ServeAsync("builtin", "node-1", runForSeconds: 7);

        var summary = run.Json();
        summary.GetProperty("node").GetString().Should().Be("node-1");
        var runs = Runs(summary);
        runs.Select(r => r.Tenant).Should().BeEquivalentTo("berlin", "kolkata");
        runs.Should().AllSatisfy(r => r.Result.Should().Be("changed"));
        runs.Should().AllSatisfy(r => r.Started.Should().BeOnOrAfter(due.AddSeconds(-1)));
        summary.GetProperty("runs").EnumerateArray().Should().AllSatisfy(r =>
        {
            r.GetProperty("trigger").GetString().Should().Be("Schedule");
            r.GetProperty("outcome").GetString().Should().Be("Succeeded");
            r.GetProperty("held").GetInt32().Should().Be(0);
        });
        var history = await SampleRun.RunAsync("history", "--tenant", "berlin", "--db", Temp.File("teammeter.db"), "--json");
        history.Json().EnumerateArray().Select(r => (r.GetProperty("kind").GetString(), r.GetProperty("trigger").GetString()))
            .Should().Equal([("Sync", "Schedule")], "the scheduled run is in the history the observer saw");
        (await UsersAsync("berlin")).Should().Be(20);
        (await UsersAsync("manual")).Should().Be(0, "a tenant with automatic sync off is never scheduled");
    }

    [PostgresFact]
    public async Task RunAsync_ServeQuartzTwoNodesOnAnEmptyDatabase_CreateTheTablesAndSyncEachTenantOnce()
    {
        var database = await CreateEmptyDatabaseAsync();
        var due = DateTimeOffset.UtcNow.AddSeconds(6);
        var tenants = Enumerable.Range(0, 12).Select(i => Tenant($"t{i:00}", i % 2 == 0 ? "Europe/Berlin" : "America/New_York", due, autoSync: true)).ToArray();

        Prepare(tenants);

        var nodes = await Task.WhenAll(
            ServeAsync("quartz", "node-a", runForSeconds: 12, database),
            ServeAsync("quartz", "node-b", runForSeconds: 12, database));

        var runs = nodes.SelectMany(n => Runs(n.Json())).ToList();
        runs.Select(r => r.Tenant).Should().BeEquivalentTo(tenants.Select(t => t.Id), "each tenant syncs exactly once across the cluster");
        runs.Should().AllSatisfy(r => r.Result.Should().Be("changed"));
        nodes.SelectMany(n => n.Json().GetProperty("runs").EnumerateArray()).Should().AllSatisfy(r =>
            r.GetProperty("trigger").GetString().Should().Be("Schedule", "the Quartz job reports through the same observer"));
        foreach (var tenant in tenants)
        {
            (await UsersAsync(tenant.Id)).Should().Be(20);
        }
    }

    [Fact]
    public async Task RunAsync_ServeWithABadTenantsFile_ExitsTwoNamingTheEntryAndField()
    {
        var file = Temp.File("tenants.json");
        await File.WriteAllTextAsync(file, """[{"tenant": "a", "timeZone": "Europe/Berlin", "syncAt": "06:00", "autoSync": true}, {"tenant": "b", "timeZone": "Mars/Olympus", "syncAt": "06:00", "autoSync": true}]""");

        var run = await SampleRun.RunAsync("serve", "--tenants", file, "--app-id", "app-1", "--api-key", SampleRun.ApiKey, "--apideck-url", Server.BaseAddress.AbsoluteUri);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("entry 1").And.Contain("'timeZone'").And.Contain("Mars/Olympus");
    }

    // Serves the tenants in the embedded Apideck server and writes the tenants file, before any node starts.
    private void Prepare(IReadOnlyList<TenantEntry> tenants)
    {
        foreach (var tenant in tenants)
        {
            Server.Tenants.Add(tenant.Id, SyntheticOrganisation.Create(20, seed: tenant.Id.Length));
        }

        File.WriteAllText(Temp.File("tenants.json"), JsonSerializer.Serialize(tenants.Select(t => new { tenant = t.Id, timeZone = t.Zone, syncAt = t.SyncAt, autoSync = t.AutoSync })));
    }

    private async Task<SampleRun> ServeAsync(string scheduler, string node, int runForSeconds, string? postgresConnection = null)
    {
        var file = Temp.File("tenants.json");
        string[] args =
        [
            "serve", "--tenants", file, "--scheduler", scheduler, "--node", node, "--run-for", runForSeconds.ToString(CultureInfo.InvariantCulture),
            "--apideck-url", Server.BaseAddress.AbsoluteUri, "--app-id", "app-1", "--api-key", SampleRun.ApiKey,
            "--db", Temp.File("teammeter.db"), "--outbox", Temp.File("outbox"), "--json",
        ];
        var run = await SampleRun.RunAsync(postgresConnection is null ? args : [.. args, "--quartz-postgres", postgresConnection]);
        run.ExitCode.Should().Be(0, run.Error);
        return run;
    }

    private async Task<int> UsersAsync(string tenant)
    {
        var state = await new SqliteTeammeterSink(Temp.File("teammeter.db")).LoadAsync(tenant, CancellationToken.None);
        return state.Users.Count;
    }

    private async Task<string> CreateEmptyDatabaseAsync()
    {
        var name = $"serve_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(postgres.ConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(postgres.ConnectionString) { Database = name }.ConnectionString;
    }

    private static TenantEntry Tenant(string id, string zone, DateTimeOffset due, bool autoSync)
    {
        var local = TimeZoneInfo.ConvertTime(due, TimeZoneInfo.FindSystemTimeZoneById(zone));
        return new TenantEntry(id, zone, local.ToString("HH:mm:ss", CultureInfo.InvariantCulture), autoSync);
    }

    private static List<(string Tenant, string Result, DateTimeOffset Started)> Runs(JsonElement summary) =>
    [
        .. summary.GetProperty("runs").EnumerateArray().Select(r =>
            (r.GetProperty("tenant").GetString()!, r.GetProperty("result").GetString()!, r.GetProperty("started").GetDateTimeOffset())),
    ];

    private sealed record TenantEntry(string Id, string Zone, string SyncAt, bool AutoSync);
}
