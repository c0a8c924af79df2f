namespace Teammeter.Hris.Sample.CommandLine;

/// <summary>The review options: <c>--plan</c> and <c>--only</c> of approve and reject, <c>--admin-email</c> of the commands that run a sync.</summary>
internal static class ReviewOptionsReader
{
    // --plan and --only belong to approve and reject; --admin-email to the commands that run the sync.
    public static CommandLineResult Read(SampleCommand command, string commandName, Dictionary<string, string> values)
    {
        var decides = command is SampleCommand.Approve or SampleCommand.Reject;
        var options = new SampleOptions();
        if (values.TryGetValue("--plan", out var plan))
        {
            if (!decides)
            {
                return CommandLineResult.Failure("Option '--plan' applies only to the 'approve' and 'reject' commands.");
            }

            options = options with { PlanId = plan.Trim() };
        }
        else if (decides)
        {
            return CommandLineResult.Failure($"Option '--plan' is required for the '{commandName}' command: the id of the plan that was reviewed (sync and plan print it).");
        }

        if (values.TryGetValue("--only", out var only))
        {
            if (!decides)
            {
                return CommandLineResult.Failure("Option '--only' applies only to the 'approve' and 'reject' commands.");
            }

            var ids = only.Split(',', StringSplitOptions.TrimEntries);
            if (ids.Any(string.IsNullOrEmpty))
            {
                return CommandLineResult.Failure($"Option '--only' must be a comma-separated list of HR ids, not '{only}'.");
            }

            options = options with { Only = [.. ids.Distinct(StringComparer.Ordinal)] };
        }

        if (values.TryGetValue("--admin-email", out var admin))
        {
            if (command is SampleCommand.Coach or SampleCommand.History)
            {
                return CommandLineResult.Failure($"Option '--admin-email' does not apply to '{commandName}': it runs no sync.");
            }

            if (!CoachEdit.LooksLikeEmail(admin))
            {
                return CommandLineResult.Failure($"Option '--admin-email' must be an email address, not '{admin}'.");
            }

            options = options with { AdminEmail = admin.Trim() };
        }

        return CommandLineResult.Success(options);
    }
}
