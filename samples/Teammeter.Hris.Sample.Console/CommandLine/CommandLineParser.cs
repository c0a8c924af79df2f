using System.Globalization;

namespace Teammeter.Hris.Sample.CommandLine;

/// <summary>
/// Parses <c>&lt;command&gt; [options]</c>. Options take <c>--name value</c> or <c>--name=value</c>; the app id and
/// API key fall back to <c>APIDECK_APP_ID</c> and <c>APIDECK_API_KEY</c>.
/// </summary>
internal static class CommandLineParser
{
    public const string Usage = """
        Usage: dotnet run --project samples/Teammeter.Hris.Sample.Console -- [command] [options]

        Commands:
          demo                   Run the embedded end-to-end demo (default; needs no credentials)
          connect                Create a Vault session and print the link the customer's admin opens
          status                 Show the tenant's Personio connection state
          plan                   Read Personio and show what a sync would change, without writing
          sync                   Read Personio and apply the changes
          release-invitations    Mark the review as approved and send invitations
          approve --plan <id>    Approve held operations of a reviewed plan: each is re-checked against Personio
                                 and applied only if it still holds (dropped otherwise); --only <hrId,...> for some
          reject --plan <id>     Reject held operations (--only <hrId,...> for some): not proposed again until HR
                                 changes that person again
          approve-deactivations  Shortcut: approve every held deactivation of the latest plan
          history                List the tenant's runs, newest first (no Apideck credentials needed)
          serve                  Run the daily sync for the tenants in --tenants, like a backend node
          coach <edit>           Edit the Teammeter data by hand, as a coach does (the sync keeps these edits):
            set-manager --employee <hrId> --manager <hrId>   a reporting line
            clear-manager --employee <hrId>                  remove the user's reporting line
            add-team --employee <hrId> --team <hrTeamId>     an extra team membership
            set-email --employee <hrId> --email <address>    an email for someone HR has none for
            deactivate --employee <hrId>                     a deactivation the sync does not undo

        Options:
          --tenant <id>          Apideck consumer id (required except for demo and serve)
          --apideck-url <url>    Apideck base URL (default https://unify.apideck.com)
          --app-id <id>          Apideck application id (or APIDECK_APP_ID)
          --api-key <key>        Apideck API key (or APIDECK_API_KEY); never echoed
          --service-id <id>      Connector id (default personio)
          --db <path>            SQLite database (default teammeter-sample.db; the demo: teammeter-demo/teammeter.db)
          --outbox <dir>         Folder for invitation .eml files (default outbox/; the demo: teammeter-demo/outbox/)
          --today <yyyy-MM-dd>   Override the tenant's date, for reproducible runs
          --json                 Machine-readable output on stdout

          --admin-email <addr>   Tell this admin what needs attention (held operations, failures, a lost
                                 connection, missing attributes): one admin-*.eml per notification in --outbox

        coach and history need only --tenant and --db (no Apideck credentials). An unknown employee, manager or team,
        an unknown plan, or an --only id with nothing held is bad usage (exit code 2) naming it.

        Options of serve:
          --tenants <file.json>  [{"tenant": "acme", "timeZone": "Europe/Berlin", "syncAt": "06:00", "autoSync": true}]
                                 (re-read when it changes, so schedule changes need no restart)
          --scheduler <kind>     builtin (default; one node) or quartz (a cluster sharing --quartz-postgres)
          --quartz-postgres <cs> PostgreSQL connection string of the Quartz job store; creates missing tables
          --node <name>          This process's name in the cluster and the summary (default: the machine name)
          --run-for <seconds>    Stop after this many seconds, 1..4233600 (49 days; default: until Ctrl+C), after in-flight runs
          --web <url>            Also host the review page at <url>/review/<tenant> (e.g. http://127.0.0.1:5080)
          --web-token <secret>   The page's access token (or TEAMMETER_WEB_TOKEN): 'Authorization: Bearer <secret>'
                                 or the sign-in form's cookie; required with --web
          --help                 Show this help

        Scope (plan, sync, release-invitations, approve, reject, approve-deactivations; serve: "scope" in the tenants file):
          --exclude-employment-types <types>  leave out contractor, freelance, temp, internship, other or employee
          --exclude-companies <ids>           leave out these companies (Personio legal entities)
          --only-companies <ids>              sync only these companies
          --exclude-departments <ids>         leave out these departments
          --exclude-teams <ids>               leave out these teams
          --exclusion-attribute <name>        leave out people whose Personio attribute <name> is true/yes/1
        """;

    private static readonly Dictionary<string, SampleCommand> Commands = new(StringComparer.Ordinal)
    {
        ["demo"] = SampleCommand.Demo,
        ["connect"] = SampleCommand.Connect,
        ["status"] = SampleCommand.Status,
        ["plan"] = SampleCommand.Plan,
        ["sync"] = SampleCommand.Sync,
        ["release-invitations"] = SampleCommand.ReleaseInvitations,
        ["approve-deactivations"] = SampleCommand.ApproveDeactivations,
        ["approve"] = SampleCommand.Approve,
        ["reject"] = SampleCommand.Reject,
        ["history"] = SampleCommand.History,
        ["serve"] = SampleCommand.Serve,
        ["coach"] = SampleCommand.Coach,
    };

    private static readonly HashSet<string> ValueOptions = new(StringComparer.Ordinal)
    {
        "--tenant", "--apideck-url", "--app-id", "--api-key", "--service-id", "--db", "--outbox", "--today",
        "--tenants", "--scheduler", "--quartz-postgres", "--node", "--run-for", "--web", "--web-token",
        "--employee", "--manager", "--team", "--email", "--plan", "--only", "--admin-email",
    };

    private static readonly string[] ServeOptions = ["--tenants", "--scheduler", "--quartz-postgres", "--node", "--run-for", "--web", "--web-token"];

    public static ParseResult Parse(IReadOnlyList<string> args, Func<string, string?> getEnvironmentVariable)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(getEnvironmentVariable);
        string? commandName = null;
        string? coachVerb = null;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var json = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "--help" or "-h")
            {
                return ParseResult.Help();
            }

            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                if (commandName == "coach" && coachVerb is null)
                {
                    // `coach` is the one command with a second word: the edit.
                    coachVerb = arg;
                    continue;
                }

                if (commandName is not null)
                {
                    return ParseResult.Failure($"Unexpected argument '{arg}': the command is already '{commandName}'.");
                }

                if (!Commands.ContainsKey(arg))
                {
                    return ParseResult.Failure($"Unknown command '{arg}'. Commands: {string.Join(", ", Commands.Keys)}.");
                }

                commandName = arg;
                continue;
            }

            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? arg : arg[..equals];
            if (name == "--json")
            {
                if (equals >= 0)
                {
                    return ParseResult.Failure("Option '--json' takes no value.");
                }

                json = true;
                continue;
            }

            if (!ValueOptions.Contains(name) && !ScopeOptions.Names.Contains(name, StringComparer.Ordinal))
            {
                return ParseResult.Failure($"Unknown option '{name}'. Run with --help for the list.");
            }

            string value;
            if (equals >= 0)
            {
                value = arg[(equals + 1)..];
            }
            else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                value = args[++i];
            }
            else
            {
                return ParseResult.Failure($"Option '{name}' needs a value.");
            }

            if (string.IsNullOrWhiteSpace(value))
            {
                return ParseResult.Failure($"Option '{name}' needs a non-empty value.");
            }

            if (!values.TryAdd(name, value))
            {
                return ParseResult.Failure($"Option '{name}' is given more than once.");
            }
        }

        return Build(commandName is null ? SampleCommand.Demo : Commands[commandName], commandName ?? "demo", coachVerb, values, json, getEnvironmentVariable);
    }

    private static ParseResult Build(SampleCommand command, string commandName, string? coachVerb, Dictionary<string, string> values, bool json, Func<string, string?> getEnvironmentVariable)
    {
        var options = new SampleOptions { Command = command, Json = json };
        if (command == SampleCommand.Coach)
        {
            var (edit, error) = CoachEdit.Parse(coachVerb, values);
            if (error is not null)
            {
                return ParseResult.Failure(error);
            }

            options = options with { Coach = edit };
        }
        else if (CoachEdit.Options.FirstOrDefault(values.ContainsKey) is { } coachOnly)
        {
            return ParseResult.Failure($"Option '{coachOnly}' applies only to the 'coach' command.");
        }

        var review = Review(command, commandName, values);
        if (review.Error is not null)
        {
            return review;
        }

        options = options with { PlanId = review.Options!.PlanId, Only = review.Options.Only, AdminEmail = review.Options.AdminEmail };
        var (scope, scopeError) = ScopeOptions.Parse(command, values);
        if (scopeError is not null)
        {
            return ParseResult.Failure(scopeError);
        }

        options = options with { Scope = scope };
        if (command == SampleCommand.Serve)
        {
            if (values.ContainsKey("--tenant") || values.ContainsKey("--today"))
            {
                return ParseResult.Failure("Options '--tenant' and '--today' do not apply to 'serve': the tenants come from '--tenants', and the date is the real one.");
            }

            var serve = ServeSettings(values);
            if (serve.Error is not null)
            {
                return serve;
            }

            var web = WebSettings(values, getEnvironmentVariable);
            if (web.Error is not null)
            {
                return web;
            }

            options = serve.Options! with { Command = command, Json = json, AdminEmail = options.AdminEmail, WebUrl = web.Options!.WebUrl, WebToken = web.Options.WebToken };
        }
        else if (ServeOptions.FirstOrDefault(values.ContainsKey) is { } serveOnly)
        {
            return ParseResult.Failure($"Option '{serveOnly}' applies only to the 'serve' command.");
        }

        if (values.TryGetValue("--tenant", out var tenant))
        {
            options = options with { Tenant = tenant };
        }
        else if (command is not SampleCommand.Demo and not SampleCommand.Serve)
        {
            return ParseResult.Failure($"Option '--tenant' is required for the '{commandName}' command.");
        }

        if (values.TryGetValue("--apideck-url", out var url))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                return ParseResult.Failure($"Option '--apideck-url' must be an absolute http(s) URL, not '{url}'.");
            }

            options = options with { ApideckUrl = uri };
        }

        if (values.TryGetValue("--today", out var today))
        {
            if (!DateOnly.TryParseExact(today, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return ParseResult.Failure($"Option '--today' must be a date as yyyy-MM-dd, not '{today}'.");
            }

            options = options with { Today = date };
        }

        if (NonEmpty(getEnvironmentVariable(SampleOptions.CrashAfterInvitationsVariable)) is { } crash)
        {
            if (!int.TryParse(crash, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
            {
                return ParseResult.Failure($"Environment variable {SampleOptions.CrashAfterInvitationsVariable} must be a positive whole number, not '{crash}'.");
            }

            options = options with { CrashAfterInvitations = count };
        }

        var appId = values.GetValueOrDefault("--app-id") ?? NonEmpty(getEnvironmentVariable("APIDECK_APP_ID"));
        var apiKey = values.GetValueOrDefault("--api-key") ?? NonEmpty(getEnvironmentVariable("APIDECK_API_KEY"));
        if (command is not SampleCommand.Demo and not SampleCommand.Coach and not SampleCommand.History)
        {
            // The demo brings its own embedded server, a coach edits only the Teammeter data and the history only
            // reads it; every other command talks to a real Apideck account.
            if (appId is null)
            {
                return ParseResult.Failure($"Option '--app-id' (or APIDECK_APP_ID) is required for the '{commandName}' command.");
            }

            if (apiKey is null)
            {
                return ParseResult.Failure($"Option '--api-key' (or APIDECK_API_KEY) is required for the '{commandName}' command.");
            }
        }

        return ParseResult.Success(options with
        {
            AppId = appId,
            ApiKey = apiKey,
            ServiceId = values.GetValueOrDefault("--service-id") ?? options.ServiceId,
            DatabasePath = values.GetValueOrDefault("--db") ?? (command == SampleCommand.Demo ? SampleOptions.DemoDatabasePath : options.DatabasePath),
            OutboxDirectory = values.GetValueOrDefault("--outbox") ?? (command == SampleCommand.Demo ? SampleOptions.DemoOutboxDirectory : options.OutboxDirectory),
        });
    }

    // --plan and --only belong to approve and reject; --admin-email to the commands that run the sync.
    private static ParseResult Review(SampleCommand command, string commandName, Dictionary<string, string> values)
    {
        var decides = command is SampleCommand.Approve or SampleCommand.Reject;
        var options = new SampleOptions();
        if (values.TryGetValue("--plan", out var plan))
        {
            if (!decides)
            {
                return ParseResult.Failure("Option '--plan' applies only to the 'approve' and 'reject' commands.");
            }

            options = options with { PlanId = plan.Trim() };
        }
        else if (decides)
        {
            return ParseResult.Failure($"Option '--plan' is required for the '{commandName}' command: the id of the plan that was reviewed (sync and plan print it).");
        }

        if (values.TryGetValue("--only", out var only))
        {
            if (!decides)
            {
                return ParseResult.Failure("Option '--only' applies only to the 'approve' and 'reject' commands.");
            }

            var ids = only.Split(',', StringSplitOptions.TrimEntries);
            if (ids.Any(string.IsNullOrEmpty))
            {
                return ParseResult.Failure($"Option '--only' must be a comma-separated list of HR ids, not '{only}'.");
            }

            options = options with { Only = [.. ids.Distinct(StringComparer.Ordinal)] };
        }

        if (values.TryGetValue("--admin-email", out var admin))
        {
            if (command is SampleCommand.Coach or SampleCommand.History)
            {
                return ParseResult.Failure($"Option '--admin-email' does not apply to '{commandName}': it runs no sync.");
            }

            if (!CoachEdit.LooksLikeEmail(admin))
            {
                return ParseResult.Failure($"Option '--admin-email' must be an email address, not '{admin}'.");
            }

            options = options with { AdminEmail = admin.Trim() };
        }

        return ParseResult.Success(options);
    }

    private static ParseResult ServeSettings(Dictionary<string, string> values)
    {
        if (!values.TryGetValue("--tenants", out var tenantsFile))
        {
            return ParseResult.Failure("Option '--tenants' is required for the 'serve' command.");
        }

        var scheduler = values.GetValueOrDefault("--scheduler", "builtin") switch
        {
            "builtin" => SchedulerKind.Builtin,
            "quartz" => SchedulerKind.Quartz,
            _ => (SchedulerKind?)null,
        };
        if (scheduler is null)
        {
            return ParseResult.Failure($"Option '--scheduler' must be 'builtin' or 'quartz', not '{values["--scheduler"]}'.");
        }

        var postgres = values.GetValueOrDefault("--quartz-postgres");
        if (scheduler == SchedulerKind.Quartz && postgres is null)
        {
            return ParseResult.Failure("Option '--quartz-postgres' is required with '--scheduler quartz': the nodes of a cluster share its job store.");
        }

        if (scheduler == SchedulerKind.Builtin && postgres is not null)
        {
            return ParseResult.Failure("Option '--quartz-postgres' needs '--scheduler quartz'.");
        }

        TimeSpan? runFor = null;
        if (values.TryGetValue("--run-for", out var seconds))
        {
            // Task.Delay takes at most about 49.7 days; beyond that the host would start and then crash.
            const int MaxRunForSeconds = 49 * 24 * 60 * 60;
            if (!int.TryParse(seconds, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value is <= 0 or > MaxRunForSeconds)
            {
                return ParseResult.Failure($"Option '--run-for' must be a whole number of seconds from 1 to {MaxRunForSeconds} (49 days), not '{seconds}'.");
            }

            runFor = TimeSpan.FromSeconds(value);
        }

        var options = new SampleOptions { TenantsFile = tenantsFile, Scheduler = scheduler.Value, QuartzPostgres = postgres, RunFor = runFor };
        return ParseResult.Success(values.TryGetValue("--node", out var node) ? options with { Node = node } : options);
    }

    // --web hosts the review page beside the scheduler; it is never open without a token.
    private static ParseResult WebSettings(Dictionary<string, string> values, Func<string, string?> getEnvironmentVariable)
    {
        var token = values.GetValueOrDefault("--web-token") ?? NonEmpty(getEnvironmentVariable("TEAMMETER_WEB_TOKEN"));
        if (!values.TryGetValue("--web", out var url))
        {
            return values.ContainsKey("--web-token") ? ParseResult.Failure("Option '--web-token' needs '--web'.") : ParseResult.Success(new SampleOptions());
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) || uri.AbsolutePath != "/")
        {
            return ParseResult.Failure($"Option '--web' must be an http(s) URL without a path, such as http://127.0.0.1:5080, not '{url}'.");
        }

        if (token is null)
        {
            return ParseResult.Failure("Option '--web-token' (or TEAMMETER_WEB_TOKEN) is required with '--web': the review page shows personal data and is never open.");
        }

        return token.Length < 12
            ? ParseResult.Failure("Option '--web-token' must be at least 12 characters long.")
            : ParseResult.Success(new SampleOptions { WebUrl = uri, WebToken = token });
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
