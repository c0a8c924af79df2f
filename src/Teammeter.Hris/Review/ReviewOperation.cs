namespace Teammeter.Hris;

/// <summary>One operation of a stored plan, with its key, its explanation and, when held, its review status.</summary>
/// <param name="Key">Identifies the operation within a tenant: its kind and the HR id (or team id, role) it is about, for example <c>DeactivateUser:e1</c>.</param>
/// <param name="Operation">The operation.</param>
/// <param name="Why">A short explanation built from the HR facts, for the person reviewing it.</param>
/// <param name="Status">For a held operation, where it stands; <see cref="ReviewOperationStatus.Approved"/> for one applied without review.</param>
public sealed record ReviewOperation(string Key, SyncOperation Operation, string Why, ReviewOperationStatus Status)
{
    /// <summary>The HR id of the person the operation is about; <see langword="null"/> for team and role operations.</summary>
    public string? EmployeeId => Operations.OperationKeys.EmployeeOf(Operation);
}
