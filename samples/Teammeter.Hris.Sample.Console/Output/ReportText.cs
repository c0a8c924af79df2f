namespace Teammeter.Hris.Sample.Output;

/// <summary>
/// Prints a report for a person: the plan id, a compact table of counts, each held operation with its why, and
/// warnings by code.
/// </summary>
internal static class ReportText
{
    /// <summary>Held operations listed one per line; a larger held set (a mass deactivation) ends with a count.</summary>
    public const int MaxHeldLines = 20;

    public static void Write(TextWriter output, SyncReport report)
    {
        var verb = report.Kind == SyncRunKind.Plan ? "would change" : report.Written ? "changed" : "had nothing to change";
        output.WriteLine($"  tenant {report.TenantId}{(report.IsInitialSync ? " (initial sync)" : string.Empty)} {verb} in {report.Duration.TotalMilliseconds:F0} ms (plan {report.PlanId})");
        if (report.Counts.Count > 0)
        {
            output.WriteLine("    operation          count");
            foreach (var (kind, count) in report.Counts)
            {
                output.WriteLine($"    {kind,-18} {count,5}");
            }
        }

        if (report.ExcludedCounts.Count > 0)
        {
            var reasons = string.Join(", ", report.ExcludedCounts.Select(c => $"{c.Key} {c.Value}"));
            output.WriteLine($"    {"excluded (scope)",-18} {report.ExcludedCounts.Values.Sum(),5}  ({reasons})");
        }

        if (report.InvitationsSent > 0)
        {
            output.WriteLine($"    invitations sent   {report.InvitationsSent,5}");
        }

        if (report.Held.Count > 0)
        {
            output.WriteLine($"    HELD for approval: {report.Held.Count} operation(s) ({string.Join(", ", report.Held.GroupBy(o => o.Kind).Select(g => $"{g.Count()} {g.Key}"))})");
            foreach (var held in report.Held.Take(MaxHeldLines))
            {
                var (employee, team, _, role) = OperationIds.Of(held);
                output.WriteLine($"      {held.Kind,-15} {employee ?? team ?? role,-12} {report.Explain(held)}");
            }

            if (report.Held.Count > MaxHeldLines)
            {
                output.WriteLine($"      ... and {report.Held.Count - MaxHeldLines} more (--json lists them all)");
            }

            output.WriteLine($"    review: approve --plan {report.PlanId} [--only <hrId,...>], or reject --plan {report.PlanId} [--only <hrId,...>]");
        }

        if (report.MissingFields != HrisFields.None)
        {
            output.WriteLine($"    MISSING from Personio (allow these attributes for the credential): {report.MissingFields}");
        }

        if (report.Warnings.Count > 0)
        {
            output.WriteLine($"    warnings: {string.Join(", ", report.Warnings.GroupBy(w => w.Code).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key}"))}");
        }
    }
}
