namespace Teammeter.Hris.Sync;

/// <summary>How far applying a plan got; survives a failure so the report can say so.</summary>
internal sealed class ApplyProgress
{
    public int Applied { get; set; }

    public int InvitationsSent { get; set; }
}
