namespace Teammeter.Hris;

/// <summary>
/// Applying a plan failed part-way. <see cref="Report"/> says how many operations were applied; since every
/// operation is an idempotent upsert keyed by HR ids, running the sync again converges without duplicates.
/// </summary>
public sealed class SyncApplyException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="report">What was planned and how far applying got.</param>
    /// <param name="innerException">The sink's or sender's failure.</param>
    public SyncApplyException(SyncReport report, Exception innerException)
        : base(CreateMessage(report), innerException)
    {
        Report = report;
    }

    /// <summary>What was planned and how far applying got.</summary>
    public SyncReport Report { get; }

    private static string CreateMessage(SyncReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return $"Applying the sync plan of tenant '{report.TenantId}' failed after {report.AppliedOperations} of {report.Plan.Operations.Count} operations. Run the sync again: it converges without duplicates.";
    }
}
