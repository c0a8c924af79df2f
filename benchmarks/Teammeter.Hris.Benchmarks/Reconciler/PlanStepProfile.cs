using System.Diagnostics;
using System.Globalization;
using Teammeter.Hris.Reconciliation;

namespace Teammeter.Hris.Benchmarks.Reconciler;

/// <summary>
/// Times each step of one plan (the steps <c>ReconcileRun.Execute</c> runs, in its order) next to the floor, best of
/// 15 rounds, with bytes allocated per employee. BenchmarkDotNet only sees the whole plan; this shows which step to
/// look at. Run: <c>-- --steps 100000 SteadyState</c>, or <c>-- --steps 100000 sample</c> for a steady state on
/// <see cref="SampleInputs"/>. Keep the step list in line with <c>ReconcileRun</c>.
/// </summary>
internal static class PlanStepProfile
{
    private const int Rounds = 15;

    private static readonly (string Name, Action<PlanContext> Run)[] Steps =
    [
        ("EmployeeIndex", c => { c.Employees = EmployeeIndex.Build(c); c.Slots = new EmployeeSlot[c.Employees.Count]; }),
        ("UserIndex", c => { c.Users = UserIndex.Build(c); c.Deactivating = new bool[c.Users.Users.Length]; }),
        ("Lifecycle", Lifecycle.Classify),
        ("IdentityMatcher", IdentityMatcher.Match),
        ("GuardRekeys", MassChangeGuard.GuardRekeys),
        ("UserPlanner", UserPlanner.Plan),
        ("GuardDeactivations", MassChangeGuard.GuardDeactivations),
        ("OrgPlanner", OrgPlanner.Plan),
        ("InvitationPlanner", InvitationPlanner.Plan),
        ("EmptyTeams", EmptyTeams.Warn),
        ("GuardOrganisation", MassChangeGuard.GuardOrganisation),
        ("PlanBuffer.Build", c => c.Plan.Build()),
    ];

    /// <summary><c>&lt;employees&gt; &lt;scenario&gt;</c> on generated inputs, or <c>&lt;employees&gt; sample</c> on inputs read as production reads them.</summary>
    public static async Task RunAsync(string[] args)
    {
        var employees = int.Parse(args[0], CultureInfo.InvariantCulture);
        if (args[1] == "sample")
        {
            var (snapshot, state, today) = await SampleInputs.ReadAsync(employees);
            var plan = OrgReconciler.Plan(snapshot, state, ReconcilePolicy.Default, today);
            Profile(
                $"SteadyState (sample inputs, {plan.Operations.Count} operations) at {snapshot.Employees.Count:N0}",
                snapshot.Employees.Count,
                () => new PlanContext(snapshot, state, ReconcilePolicy.Default, today),
                () => DiffFloor.IndexBothSides(snapshot, state),
                () => OrgReconciler.Plan(snapshot, state, ReconcilePolicy.Default, today));
            return;
        }

        var scenario = Enum.Parse<ReconcilerScenario>(args[1]);
        var benchmarks = new ReconcilerBenchmarks { Employees = employees, Scenario = scenario };
        benchmarks.Setup();
        Profile($"{scenario} at {employees:N0}", employees, benchmarks.NewContext, benchmarks.IndexBothSides, () => benchmarks.Plan());
    }

    private static void Profile(string title, int employees, Func<PlanContext> newContext, Func<int> floorRun, Func<ChangeSet> plan)
    {
        var floor = Measure(() => floorRun());

        // The whole plan as callers make it, timed apart: the best of each step hides the collections that fall into
        // some step in every round, so the sum of the steps can be well below what one plan costs.
        var whole = new double[Rounds];
        for (var round = 0; round < Rounds; round++)
        {
            whole[round] = Once(() => plan()).Ms;
        }

        Array.Sort(whole);
        var best = new double[Steps.Length];
        var bytes = new long[Steps.Length];
        Array.Fill(best, double.MaxValue);
        for (var round = 0; round < Rounds; round++)
        {
            var context = newContext();
            for (var s = 0; s < Steps.Length; s++)
            {
                var (ms, allocated) = Once(() => Steps[s].Run(context));
                best[s] = Math.Min(best[s], ms);
                bytes[s] = allocated;
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{title}: steps {best.Sum():F1} ms, floor {floor.Ms:F1} ms ({best.Sum() / floor.Ms:F1}x)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"whole plan",-22}{whole[0],9:F2} ms best, {whole[Rounds / 2]:F2} ms median ({whole[Rounds / 2] / floor.Ms:F1}x the floor)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"floor",-22}{floor.Ms,9:F2} ms{floor.Bytes / (double)employees,9:F1} B/employee"));
        for (var s = 0; s < Steps.Length; s++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {Steps[s].Name,-22}{best[s],9:F2} ms{bytes[s] / (double)employees,9:F1} B/employee"));
        }
    }

    private static (double Ms, long Bytes) Measure(Action action)
    {
        var result = (Ms: double.MaxValue, Bytes: 0L);
        for (var round = 0; round < Rounds; round++)
        {
            var (ms, bytes) = Once(action);
            result = (Math.Min(result.Ms, ms), bytes);
        }

        return result;
    }

    private static (double Ms, long Bytes) Once(Action action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        action();
        return (watch.Elapsed.TotalMilliseconds, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
