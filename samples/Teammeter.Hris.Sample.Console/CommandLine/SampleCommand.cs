namespace Teammeter.Hris.Sample.CommandLine;

/// <summary>The sample's commands, as typed on the command line (kebab-case).</summary>
internal enum SampleCommand
{
    Demo,
    Connect,
    Status,
    Plan,
    Sync,
    ReleaseInvitations,
    ApproveDeactivations,
    Approve,
    Reject,
    History,
    Serve,
    Coach,
}
