using System.Text.Json;
using Teammeter.Hris.Reconciliation;
using Teammeter.Hris.Operations;

namespace Teammeter.Hris.Review;

/// <summary>Writes plans into their stored form (<see cref="StoredPlan"/>) and reads them back for a review.</summary>
internal static class PlanRecords
{
    /// <summary>
    /// Operations kept with their "why" in a stored plan. A larger plan (an initial sync of a very large organisation)
    /// keeps the count and the first ones; held operations and warnings are always kept whole.
    /// </summary>
    public const int MaxStoredOperations = 25_000;

    public static StoredPlan Create(string tenantId, string planId, DateTimeOffset createdAt, SyncRunKind kind, bool isInitialSync, ChangeSet plan, HrisFields missingFields, Explainer explainer)
    {
        var document = new PlanDocument
        {
            Kind = kind,
            IsInitialSync = isInitialSync,
            MissingFields = missingFields,
            OperationCount = plan.Operations.Count,
            Operations = [.. plan.Operations.Take(MaxStoredOperations).Select(o => OperationCodec.ToDto(o, explainer.Explain(o), ReviewOperationStatus.Approved, null))],
            Held = [.. plan.Held.Select(o => OperationCodec.ToDto(o, explainer.Explain(o), ReviewOperationStatus.Pending, HrFingerprint(o, explainer)))],
            Warnings = [.. plan.Warnings.Select(w => new WarningDto(w.Code, w.Message, w.EmployeeId, [.. w.RelatedIds], w.Why))],
        };
        return new StoredPlan(tenantId, planId, createdAt, Fingerprints.OfPlan(plan.Operations, plan.Held), Serialize(document));
    }

    /// <summary>What an operation was based on: the HR record of its employee, or the operation itself.</summary>
    public static string HrFingerprint(SyncOperation operation, Explainer explainer) =>
        OperationKeys.EmployeeOf(operation) is { } id ? Fingerprints.OfEmployee(explainer.Employee(id)) : Fingerprints.OfOperation(operation);

    public static PlanDocument Document(StoredPlan stored)
    {
        try
        {
            return JsonSerializer.Deserialize(stored.Content, ReviewJsonContext.Default.PlanDocument)
                ?? throw new FormatException("empty document");
        }
        catch (JsonException exception)
        {
            throw new FormatException($"The stored plan '{stored.PlanId}' of tenant '{stored.TenantId}' cannot be read: {exception.Message}", exception);
        }
    }

    public static StoredPlan WithDocument(StoredPlan stored, PlanDocument document) => stored with { Content = Serialize(document) };

    public static ReviewPlan Read(StoredPlan stored)
    {
        var document = Document(stored);
        return new ReviewPlan
        {
            TenantId = stored.TenantId,
            PlanId = stored.PlanId,
            CreatedAt = stored.CreatedAt,
            Fingerprint = stored.Fingerprint,
            Kind = document.Kind,
            IsInitialSync = document.IsInitialSync,
            MissingFields = document.MissingFields,
            OperationCount = document.OperationCount,
            Operations = [.. document.Operations.Select(ToReview)],
            Held = [.. document.Held.Select(ToReview)],
            Warnings = [.. document.Warnings.Select(w => new ReviewWarning(new SyncWarning(w.Code, w.Message, w.Employee, w.Related), w.Why))],
        };
    }

    public static ReviewOperation ToReview(OperationDto dto) =>
        new(dto.Key!, OperationCodec.FromDto(dto), dto.Why ?? string.Empty, dto.Status);

    private static string Serialize(PlanDocument document) => JsonSerializer.Serialize(document, ReviewJsonContext.Default.PlanDocument);
}
