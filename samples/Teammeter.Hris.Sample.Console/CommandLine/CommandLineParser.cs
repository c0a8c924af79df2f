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
          approve-deactivations  Apply deactivations held by the mass-deactivation guard

        Options:
          --tenant <id>          Apideck consumer id (required except for demo)
          --apideck-url <url>    Apideck base URL (default https://unify.apideck.com)
          --app-id <id>          Apideck application id (or APIDECK_APP_ID)
          --api-key <key>        Apideck API key (or APIDECK_API_KEY); never echoed
          --service-id <id>      Connector id (default personio)
          --db <path>            SQLite database (default teammeter-sample.db; the demo: teammeter-demo/teammeter.db)
          --outbox <dir>         Folder for invitation .eml files (default outbox/; the demo: teammeter-demo/outbox/)
          --today <yyyy-MM-dd>   Override the tenant's date, for reproducible runs
          --json                 Machine-readable output on stdout
          --help                 Show this help
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
    };

    private static readonly HashSet<string> ValueOptions = new(StringComparer.Ordinal)
    {
        "--tenant", "--apideck-url", "--app-id", "--api-key", "--service-id", "--db", "--outbox", "--today",
    };

    public static ParseResult Parse(IReadOnlyList<string> args, Func<string, string?> getEnvironmentVariable)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(getEnvironmentVariable);
        string? commandName = null;
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

            if (!ValueOptions.Contains(name))
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

        return Build(commandName is null ? SampleCommand.Demo : Commands[commandName], commandName ?? "demo", values, json, getEnvironmentVariable);
    }

    private static ParseResult Build(SampleCommand command, string commandName, Dictionary<string, string> values, bool json, Func<string, string?> getEnvironmentVariable)
    {
        var options = new SampleOptions { Command = command, Json = json };
        if (values.TryGetValue("--tenant", out var tenant))
        {
            options = options with { Tenant = tenant };
        }
        else if (command != SampleCommand.Demo)
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

        var appId = values.GetValueOrDefault("--app-id") ?? NonEmpty(getEnvironmentVariable("APIDECK_APP_ID"));
        var apiKey = values.GetValueOrDefault("--api-key") ?? NonEmpty(getEnvironmentVariable("APIDECK_API_KEY"));
        if (command != SampleCommand.Demo)
        {
            // The demo brings its own embedded server; every other command talks to a real Apideck account.
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

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
