namespace Teammeter.Hris.Reconciliation;

/// <summary>How an employee found its Teammeter user.</summary>
internal enum MatchKind
{
    None,
    ById,
    LinkedByEmail,
    Rekeyed,
}
