namespace Teammeter.Hris.Sync;

/// <summary>The dependency order in which operations are applied (docs/reconciliation.md §13).</summary>
internal static class ApplyPhase
{
    public const int Count = 6;

    public static int Of(SyncOperationKind kind) => kind switch
    {
        SyncOperationKind.CreateTeam or SyncOperationKind.RenameTeam or SyncOperationKind.CreateRole => 0,
        SyncOperationKind.CreateUser or SyncOperationKind.UpdateUser or SyncOperationKind.ReactivateUser => 1,
        SyncOperationKind.AssignTeam or SyncOperationKind.AssignRole => 2,
        SyncOperationKind.SetManager or SyncOperationKind.ClearManager => 3,
        SyncOperationKind.DeactivateUser => 4,
        SyncOperationKind.SendInvitation => 5,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown operation kind."),
    };
}
