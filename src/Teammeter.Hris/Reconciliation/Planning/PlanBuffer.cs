namespace Teammeter.Hris.Reconciliation;

/// <summary>Collects operations by apply group and sorts them once at the end.</summary>
internal sealed class PlanBuffer
{
    private readonly List<SyncOperation> _structure = [];
    private readonly List<SyncOperation> _users = [];
    private readonly List<SyncOperation> _assignments = [];
    private readonly List<SyncOperation> _reportingLines = [];
    private readonly List<SyncOperation> _invitations = [];
    private readonly List<SyncOperation> _held = [];
    private readonly List<SyncWarning> _warnings = [];

    public List<SyncOperation> Deactivations { get; } = [];

    public void Add(SyncOperation operation)
    {
        CreatedUsers += operation.Kind == SyncOperationKind.CreateUser ? 1 : 0;
        GroupOf(operation.Kind).Add(operation);
    }

    public void Hold(SyncOperation operation) => _held.Add(operation);

    public void HoldDeactivations()
    {
        _held.AddRange(Deactivations);
        Deactivations.Clear();
    }

    /// <summary>Every user the plan creates so far.</summary>
    public int CreatedUsers { get; private set; }

    /// <summary>Moves every operation to the held list: the run writes nothing until a person approves.</summary>
    public void HoldAll()
    {
        foreach (var group in new[] { _structure, _users, _assignments, _reportingLines, Deactivations, _invitations })
        {
            _held.AddRange(group);
            group.Clear();
        }
    }

    public void Warn(SyncWarning warning) => _warnings.Add(warning);

    public ChangeSet Build(IReadOnlyDictionary<ScopeExclusion, int>? excluded = null)
    {
        OperationOrder.SortByKindThenId(_structure);
        OperationOrder.SortByIdThenKind(_users);
        OperationOrder.SortByIdThenKind(_assignments);
        OperationOrder.SortByIdThenKind(_reportingLines);
        OperationOrder.SortByIdThenKind(Deactivations);
        OperationOrder.SortByIdThenKind(_invitations);
        OperationOrder.SortByKindThenId(_held);
        _warnings.Sort(WarningOrder.Instance);

        var operations = new List<SyncOperation>(
            _structure.Count + _users.Count + _assignments.Count + _reportingLines.Count + Deactivations.Count + _invitations.Count);
        operations.AddRange(_structure);
        operations.AddRange(_users);
        operations.AddRange(_assignments);
        operations.AddRange(_reportingLines);
        operations.AddRange(Deactivations);
        operations.AddRange(_invitations);
        return excluded is null ? new ChangeSet(operations, _held, _warnings) : new ChangeSet(operations, _held, _warnings) { ExcludedCounts = excluded };
    }

    private List<SyncOperation> GroupOf(SyncOperationKind kind) => kind switch
    {
        SyncOperationKind.CreateTeam or SyncOperationKind.RenameTeam or SyncOperationKind.CreateRole => _structure,
        SyncOperationKind.CreateUser or SyncOperationKind.UpdateUser or SyncOperationKind.ReactivateUser => _users,
        SyncOperationKind.AssignTeam or SyncOperationKind.AssignRole => _assignments,
        SyncOperationKind.SetManager or SyncOperationKind.ClearManager => _reportingLines,
        SyncOperationKind.DeactivateUser => Deactivations,
        _ => _invitations,
    };
}
