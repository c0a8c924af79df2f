namespace Teammeter.Hris;

/// <summary>What an approval or a rejection of held operations did.</summary>
/// <param name="TenantId">The tenant.</param>
/// <param name="PlanId">The plan the decision named.</param>
/// <param name="Applied">Approved operations whose reason still held against a fresh read of HR: applied.</param>
/// <param name="Dropped">Approved operations whose reason no longer held: not applied (a later plan proposes what is true now).</param>
/// <param name="Rejected">Rejected operations: not proposed again until HR changes that person again.</param>
/// <param name="StillHeld">Held operations of the plan the decision did not name: still waiting.</param>
/// <param name="InvitationsSent">Invitations sent by the approval.</param>
public sealed record ReviewResult(
    string TenantId,
    string PlanId,
    IReadOnlyList<ReviewOperation> Applied,
    IReadOnlyList<ReviewOperation> Dropped,
    IReadOnlyList<ReviewOperation> Rejected,
    IReadOnlyList<ReviewOperation> StillHeld,
    int InvitationsSent);
