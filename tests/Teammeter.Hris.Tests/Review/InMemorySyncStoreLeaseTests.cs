namespace Teammeter.Hris.Tests.Review;

/// <summary>The lease contract of <see cref="ISyncStore"/>, on the in-memory store (the sample's SQLite store has the same tests).</summary>
public sealed class InMemorySyncStoreLeaseTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task TryAcquireLeaseAsync_HeldByAnotherUntilLater_IsRefusedUntilItExpires()
    {
        var store = new InMemorySyncStore();
        (await store.TryAcquireLeaseAsync("t", "a", Now, Now.AddMinutes(2), default)).Should().BeTrue();

        var before = await store.TryAcquireLeaseAsync("t", "b", Now.AddMinutes(1), Now.AddMinutes(3), default);
        var otherTenant = await store.TryAcquireLeaseAsync("u", "b", Now, Now.AddMinutes(2), default);
        var atExpiry = await store.TryAcquireLeaseAsync("t", "b", Now.AddMinutes(2), Now.AddMinutes(4), default);

        before.Should().BeFalse();
        otherTenant.Should().BeTrue();
        atExpiry.Should().BeTrue();
        (await store.RenewLeaseAsync("t", "a", Now.AddMinutes(5), default)).Should().BeFalse("b took it over");
    }

    [Fact]
    public async Task ReleaseLeaseAsync_ByAnotherOwner_LeavesTheLease()
    {
        var store = new InMemorySyncStore();
        await store.TryAcquireLeaseAsync("t", "a", Now, Now.AddMinutes(2), default);

        await store.ReleaseLeaseAsync("t", "b", default);
        var whileHeld = await store.TryAcquireLeaseAsync("t", "b", Now, Now.AddMinutes(2), default);
        await store.ReleaseLeaseAsync("t", "a", default);
        var released = await store.TryAcquireLeaseAsync("t", "b", Now, Now.AddMinutes(2), default);

        whileHeld.Should().BeFalse();
        released.Should().BeTrue();
    }
}
