using System.Runtime.InteropServices;
using Teammeter.Hris.Operations;

namespace Teammeter.Hris.Reconciliation;

/// <summary>
/// The stable order of operations within an apply group: by the id they concern (ordinal), then by kind. Operations
/// equal in both keep the order they were planned in.
/// </summary>
internal static class OperationOrder
{
    /// <summary>By id, then kind: the order of every apply group but the first.</summary>
    public static void SortByIdThenKind(List<SyncOperation> operations) => Sort(operations, kindFirst: false);

    /// <summary>By kind, then id: teams before roles in the first group, and held operations grouped by kind.</summary>
    public static void SortByKindThenId(List<SyncOperation> operations) => Sort(operations, kindFirst: true);

    private static void Sort(List<SyncOperation> operations, bool kindFirst)
    {
        if (operations.Count < 2)
        {
            return;
        }

        var span = CollectionsMarshal.AsSpan(operations);
        var keys = new OperationSortKey[span.Length];
        var ids = new string[span.Length];
        var planned = span.ToArray();
        for (var i = 0; i < span.Length; i++)
        {
            ids[i] = OperationKeys.SubjectOf(span[i]);
            keys[i] = OperationSortKey.Of(ids[i], span[i].Kind, kindFirst, i);
        }

        keys.AsSpan().Sort(new OperationSortComparer(ids, kindFirst));
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = planned[keys[i].Index];
        }
    }
}
