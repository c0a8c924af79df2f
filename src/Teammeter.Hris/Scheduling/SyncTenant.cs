namespace Teammeter.Hris;

/// <summary>A tenant's sync schedule.</summary>
/// <param name="TenantId">The tenant.</param>
/// <param name="TimeZone">The tenant's time zone: the daily run happens at <paramref name="SyncAt"/> local time, and "today" for the lifecycle rules is this zone's date.</param>
/// <param name="SyncAt">Local time of day of the daily run.</param>
/// <param name="AutoSync">Whether the daily run is on.</param>
public sealed record SyncTenant(string TenantId, TimeZoneInfo TimeZone, TimeOnly SyncAt, bool AutoSync);
