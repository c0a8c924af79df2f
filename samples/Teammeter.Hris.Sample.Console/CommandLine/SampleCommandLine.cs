using System.CommandLine;

namespace Teammeter.Hris.Sample.CommandLine;

/// <summary>
/// The sample's commands as a System.CommandLine tree: it brings per-command help, <c>--version</c>, typo suggestions
/// and shell completion. Every command accepts every option the sample has ever taken, but the ones that do not apply
/// to it are hidden from its help: typing one still reaches <see cref="CommandLineParser"/>, whose message says where
/// the option belongs, which helps a support engineer more than "unrecognized".
/// </summary>
internal static class SampleCommandLine
{
    public static readonly IReadOnlyDictionary<string, (SampleCommand Command, string Description)> Commands =
        new Dictionary<string, (SampleCommand, string)>(StringComparer.Ordinal)
        {
            ["demo"] = (SampleCommand.Demo, "Run the embedded end-to-end demo (the default; needs no credentials)"),
            ["connect"] = (SampleCommand.Connect, "Create a Vault session and print the link the customer's admin opens"),
            ["status"] = (SampleCommand.Status, "Show the tenant's Personio connection state"),
            ["plan"] = (SampleCommand.Plan, "Read Personio and show what a sync would change, without writing"),
            ["sync"] = (SampleCommand.Sync, "Read Personio and apply the changes"),
            ["release-invitations"] = (SampleCommand.ReleaseInvitations, "Mark the review as approved and send invitations"),
            ["approve"] = (SampleCommand.Approve, "Approve held operations of a reviewed plan: each is re-checked against Personio and applied only if it still holds (dropped otherwise)"),
            ["reject"] = (SampleCommand.Reject, "Reject held operations: not proposed again until HR changes that person again"),
            ["approve-deactivations"] = (SampleCommand.ApproveDeactivations, "Shortcut: approve every held deactivation of the latest plan"),
            ["history"] = (SampleCommand.History, "List the tenant's runs, newest first (needs only --tenant and --db)"),
            ["serve"] = (SampleCommand.Serve, "Run the daily sync for the tenants in --tenants, like a backend node"),
            ["coach"] = (SampleCommand.Coach, "Edit the Teammeter data by hand, as a coach does (the sync keeps these edits; needs only --tenant and --db)"),
        };

    private static readonly IReadOnlyDictionary<string, string> CoachDescriptions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["set-manager"] = "Set a reporting line: --employee <hrId> --manager <hrId>",
        ["clear-manager"] = "Remove the user's reporting line: --employee <hrId>",
        ["add-team"] = "Add an extra team membership: --employee <hrId> --team <hrTeamId>",
        ["set-email"] = "Set an email for someone HR has none for: --employee <hrId> --email <address>",
        ["deactivate"] = "Deactivate a user; the sync does not undo it: --employee <hrId>",
    };

    /// <summary>Builds the tree; every command runs <paramref name="run"/>, which reads the command from the parse result.</summary>
    public static RootCommand Create(Func<ParseResult, CancellationToken, Task<int>> run)
    {
        var root = new RootCommand(
            "The Teammeter.Hris sample: syncs a Personio organisation (through Apideck) into a SQLite Teammeter. Without a command it runs the narrated demo. "
            + "Exit codes: 0 done, 1 failed, 2 bad usage (the message names the option), 3 the HR source failed (nothing was written), 4 the tenant is busy.");
        AddOptions(root, SampleCommand.Demo, coachVerb: null);
        root.SetAction(run);
        foreach (var (name, (command, description)) in Commands)
        {
            var sub = new Command(name, description);
            AddOptions(sub, command, coachVerb: null);
            sub.SetAction(run);
            if (command == SampleCommand.Coach)
            {
                foreach (var (verb, verbDescription) in CoachDescriptions)
                {
                    var edit = new Command(verb, verbDescription);
                    AddOptions(edit, command, verb);
                    edit.SetAction(run);
                    sub.Subcommands.Add(edit);
                }
            }

            root.Subcommands.Add(sub);
        }

        return root;
    }

    /// <summary>The command a parse result runs, and for <c>coach</c> the edit (null when none was typed).</summary>
    public static (SampleCommand Command, string Name, string? CoachVerb) Identify(ParseResult result)
    {
        var command = result.CommandResult.Command;
        if (command is RootCommand)
        {
            return (SampleCommand.Demo, "demo", null);
        }

        return Commands.TryGetValue(command.Name, out var known)
            ? (known.Command, command.Name, null)
            : (SampleCommand.Coach, "coach", command.Name);
    }

    private static void AddOptions(Command command, SampleCommand kind, string? coachVerb)
    {
        foreach (var spec in SampleOptionSpecs.All)
        {
            command.Options.Add(new Option<string>(spec.Name) { HelpName = spec.HelpName, Description = spec.Description, Hidden = !spec.AppliesTo(kind) });
        }

        foreach (var spec in SampleOptionSpecs.Coach)
        {
            var applies = coachVerb is not null && (spec.Name == "--employee" || CoachEdit.Verbs[coachVerb].ValueOption == spec.Name);
            command.Options.Add(new Option<string>(spec.Name) { HelpName = spec.HelpName, Description = spec.Description, Hidden = !applies });
        }

        command.Options.Add(new Option<bool>(SampleFlags.Json) { Description = "Machine-readable output on stdout, and nothing else there" });
        command.Options.Add(new Option<bool>(SampleFlags.Verbose) { Description = "Show the full logs (HTTP, retries, the package's events) on stderr instead of one line per retry" });
    }
}
