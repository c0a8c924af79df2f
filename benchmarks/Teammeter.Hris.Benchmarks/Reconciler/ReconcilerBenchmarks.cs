using BenchmarkDotNet.Attributes;
using Teammeter.Hris.Reconciliation;

namespace Teammeter.Hris.Benchmarks.Reconciler;

/// <summary>
/// <see cref="OrgReconciler.Plan"/> against the floor any correct diff pays: indexing both sides by id once.
/// Read the ratio per row group (one size, one scenario); "B/employee" is allocated bytes over the headcount.
/// </summary>
[MemoryDiagnoser]
[BytesPerEmployeeColumn]
public class ReconcilerBenchmarks
{
    private const int Seed = 20261125;

    private HrisSnapshot _snapshot = null!;
    private TeammeterState _state = null!;
    private ReconcilePolicy _policy = null!;

    /// <summary>Headcount of the generated organisation (before churn).</summary>
    [Params(1_000, 10_000, 100_000)]
    public int Employees { get; set; }

    /// <summary>What the plan has to do.</summary>
    [ParamsAllValues]
    public ReconcilerScenario Scenario { get; set; }

    /// <summary>Generates the inputs and checks they produce the plan the scenario names, so a regression cannot hide as a fast empty plan.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var tenant = SyntheticTenant.Create(Employees, Seed);
        (_snapshot, _state, _policy) = Scenario switch
        {
            ReconcilerScenario.InitialSync => (tenant.Snapshot(Seed), TeammeterState.Empty(SyntheticTenant.TenantId), ReconcilePolicy.Default),
            ReconcilerScenario.SteadyState => (tenant.Snapshot(Seed), tenant.SyncedState(Seed + 1), new ReconcilePolicy { InvitationsReleased = true }),
            // The churn's vanished records deactivate automatically here, as before vanished records were held by default,
            // so the figures stay comparable with docs/performance.md; likewise the 1 % of hires (1,000 at 100k) pass the
            // mass-creation guard (100 by default), which would otherwise hold them and most of the day's plan.
            _ => (tenant.WithDailyChurn(Seed + 2).Snapshot(Seed), tenant.SyncedState(Seed + 1), new ReconcilePolicy { InvitationsReleased = true, MissingEmployees = MissingEmployeeAction.Deactivate, MassCreationMaxCount = int.MaxValue }),
        };

        var plan = Plan();
        var counts = plan.CountByKind();
        var expected = Scenario switch
        {
            ReconcilerScenario.InitialSync => counts.GetValueOrDefault(SyncOperationKind.CreateUser) == Employees,
            ReconcilerScenario.SteadyState => plan.IsEmpty && plan.Warnings.Count == 0,
            _ => plan.Held.Count == 0
                && counts.GetValueOrDefault(SyncOperationKind.CreateUser) == Employees / 100
                && counts.GetValueOrDefault(SyncOperationKind.DeactivateUser) == Employees / 100
                && counts.GetValueOrDefault(SyncOperationKind.RenameTeam) > 0,
        };
        if (!expected)
        {
            var summary = string.Join(", ", counts.Select(c => $"{c.Key}={c.Value}"));
            throw new InvalidOperationException(
                $"The {Scenario} inputs at {Employees} planned [{summary}], held {plan.Held.Count}, warned {plan.Warnings.Count}: not the scenario.");
        }
    }

    /// <summary>The floor: one ordinal dictionary per side, keyed by HR id. Any correct diff must at least look every record up once.</summary>
    [Benchmark(Baseline = true)]
    public int IndexBothSides() => DiffFloor.IndexBothSides(_snapshot, _state);

    /// <summary>Creates a plan context over the generated inputs (for <see cref="PlanStepProfile"/>).</summary>
    internal PlanContext NewContext() => new(_snapshot, _state, _policy, SyntheticTenant.Today);

    /// <summary>The whole plan: index, match, lifecycle, users, teams, roles, reporting lines, invitations, guards, ordering.</summary>
    [Benchmark]
    public ChangeSet Plan() => OrgReconciler.Plan(_snapshot, _state, _policy, SyntheticTenant.Today);
}
