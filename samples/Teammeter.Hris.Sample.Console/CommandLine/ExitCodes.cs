namespace Teammeter.Hris.Sample.CommandLine;

/// <summary>The process exit codes the sample documents.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    public const int Failure = 1;

    /// <summary>Bad usage or configuration; the message names the option.</summary>
    public const int Usage = 2;

    /// <summary>The HR source failed (unreachable, unauthorised, not connected, invalid data); nothing was written.</summary>
    public const int HrSourceFailed = 3;

    /// <summary>Another process or node is running the tenant (its lease is valid); nothing was read or written: try again later.</summary>
    public const int TenantBusy = 4;
}
