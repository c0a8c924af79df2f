using Microsoft.Data.Sqlite;
using Teammeter.Hris.Sample;

namespace Teammeter.Hris.Tests.Samples;

/// <summary>
/// Issue 22 (1) on the sample's SQLite file: the lease contract of <see cref="ISyncStore"/>, and what the host's
/// tables must guarantee (<see cref="ITeammeterSink"/>: one user per tenant and HR id, one invitation per key).
/// </summary>
public sealed class SqliteSyncStoreLeaseTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 6, 0, 0, TimeSpan.Zero);

    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    private string DatabasePath => temp.File("teammeter.db");

    // A new store for every call, as a second process would open the file.
    private SqliteSyncStore Store() => new(DatabasePath);

    [Fact]
    public async Task TryAcquireLeaseAsync_HeldByAnotherUntilLater_IsRefusedUntilItExpires()
    {
        (await Store().TryAcquireLeaseAsync("t", "a", Now, Now.AddMinutes(2), default)).Should().BeTrue();

        var before = await Store().TryAcquireLeaseAsync("t", "b", Now.AddMinutes(1), Now.AddMinutes(3), default);
        var sameOwner = await Store().TryAcquireLeaseAsync("t", "a", Now.AddMinutes(1), Now.AddMinutes(3), default);
        var otherTenant = await Store().TryAcquireLeaseAsync("u", "b", Now, Now.AddMinutes(2), default);
        var atExpiry = await Store().TryAcquireLeaseAsync("t", "b", Now.AddMinutes(3), Now.AddMinutes(5), default);

        before.Should().BeFalse();
        sameOwner.Should().BeTrue();
        otherTenant.Should().BeTrue();
        atExpiry.Should().BeTrue();
        (await Store().RenewLeaseAsync("t", "a", Now.AddMinutes(9), default)).Should().BeFalse("b took it over");
        (await Store().RenewLeaseAsync("t", "b", Now.AddMinutes(9), default)).Should().BeTrue();
    }

    [Fact]
    public async Task ReleaseLeaseAsync_ByAnotherOwner_LeavesTheLease()
    {
        await Store().TryAcquireLeaseAsync("t", "a", Now, Now.AddMinutes(2), default);

        await Store().ReleaseLeaseAsync("t", "b", default);
        var whileHeld = await Store().TryAcquireLeaseAsync("t", "b", Now, Now.AddMinutes(2), default);
        await Store().ReleaseLeaseAsync("t", "a", default);
        var released = await Store().TryAcquireLeaseAsync("t", "b", Now, Now.AddMinutes(2), default);

        whileHeld.Should().BeFalse();
        released.Should().BeTrue();
    }

    [Fact]
    public async Task TryAcquireLeaseAsync_ManyOwnersAtOnce_ExactlyOneGetsIt()
    {
        await Store().GetRunsAsync("t", 1, default);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => Store().TryAcquireLeaseAsync("t", $"owner-{i}", Now, Now.AddMinutes(2), default))));

        results.Count(r => r).Should().Be(1);
    }

    [Theory]
    [InlineData("INSERT INTO users (tenant, external_id, email) VALUES ('acme', 'e1', 'b@example.test')", "a second user with the same tenant and HR id")]
    [InlineData("INSERT INTO invitations (tenant, user_id, external_id, email, idempotency_key, sent_at) VALUES ('acme', 1, 'e1', 'a@example.test', 'acme:e1', 'now')", "a second invitation with the same key")]
    public async Task Schema_DuplicateOfWhatTheSinkContractForbids_IsRejectedByTheDatabase(string duplicate, string what)
    {
        await new SqliteTeammeterSink(DatabasePath).LoadAsync("acme", default);
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString());
        await connection.OpenAsync();
        await Execute(connection, "INSERT INTO tenants (id) VALUES ('acme') ON CONFLICT DO NOTHING");
        await Execute(connection, "INSERT INTO users (id, tenant, external_id, email) VALUES (1, 'acme', 'e1', 'a@example.test')");
        await Execute(connection, "INSERT INTO invitations (tenant, user_id, external_id, email, idempotency_key, sent_at) VALUES ('acme', 1, 'e1', 'a@example.test', 'acme:e1', 'now')");

        var act = () => Execute(connection, duplicate);

        (await act.Should().ThrowAsync<SqliteException>(what)).Which.SqliteErrorCode.Should().Be(19, "SQLITE_CONSTRAINT");
    }

    private static async Task Execute(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
