using Teammeter.Hris.Sample.CommandLine;
using Teammeter.Hris.Sample.Output;

namespace Teammeter.Hris.Sample.Commands;

/// <summary>
/// <c>approve --plan</c> and <c>reject --plan</c>: a person's decision on the held operations of a plan they reviewed,
/// optionally only those of some people (<c>--only &lt;hrId,...&gt;</c>), as a review page in the product would send it.
/// </summary>
internal static class ReviewCommand
{
    public static async Task RunAsync(SampleOptions options, SampleConsole console, IPersonioSync sync, CancellationToken cancellationToken)
    {
        var tenant = options.Tenant;
        var planId = options.PlanId!; // the parser requires it for both commands
        var plan = await sync.GetPlanAsync(tenant, planId, cancellationToken)
            ?? throw new UsageException($"Option '--plan': tenant '{tenant}' has no plan '{planId}' (sync and plan print the id; history lists them).");
        var keys = options.Only is { } only ? Keys(plan, only) : null;
        var result = options.Command == SampleCommand.Approve
            ? await sync.ApproveAsync(tenant, planId, keys, cancellationToken)
            : await sync.RejectAsync(tenant, planId, keys, cancellationToken);
        ReviewOutput.Write(console, result);
    }

    /// <summary>The pending held operations of the people named; a person with none is a mistake on the command line.</summary>
    internal static List<string> Keys(ReviewPlan plan, IReadOnlyList<string> employeeIds)
    {
        var pending = plan.Held.Where(h => h.Status == ReviewOperationStatus.Pending).ToList();
        var keys = new List<string>();
        foreach (var id in employeeIds)
        {
            var held = pending.Where(h => OperationIds.EmployeeOf(h.Operation) == id).Select(h => h.Key).ToList();
            if (held.Count == 0)
            {
                throw new UsageException($"Option '--only': plan '{plan.PlanId}' holds nothing pending for employee '{id}'.");
            }

            keys.AddRange(held);
        }

        return keys;
    }
}
