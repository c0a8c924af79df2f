using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Teammeter.Hris.Sample.CommandLine;

/// <summary>
/// Turns what <see cref="SampleCommandLine"/> parsed into validated <see cref="SampleOptions"/>: System.CommandLine
/// splits the words, this class knows what they mean together (which options a command needs, what a value must look
/// like). The app id and API key fall back to <c>APIDECK_APP_ID</c> and <c>APIDECK_API_KEY</c>.
/// </summary>
internal static class CommandLineParser
{
    private static readonly string[] ServeOptions = ["--tenants", "--scheduler", "--quartz-postgres", "--node", "--run-for", "--web", "--web-token"];

    /// <summary>Parses and validates without running anything.</summary>
    public static CommandLineResult Parse(IReadOnlyList<string> args, Func<string, string?> getEnvironmentVariable)
    {
        ArgumentNullException.ThrowIfNull(args);
        var result = SampleCommandLine.Create((_, _) => Task.FromResult(ExitCodes.Success)).Parse(args);
        return result.Errors.Count > 0
            ? CommandLineResult.Failure(string.Join(' ', result.Errors.Select(e => e.Message)))
            : Read(result, getEnvironmentVariable);
    }

    /// <summary>Validates a parse that has no syntax errors.</summary>
    public static CommandLineResult Read(ParseResult result, Func<string, string?> getEnvironmentVariable)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(getEnvironmentVariable);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var option in result.CommandResult.Command.Options.OfType<Option<string>>())
        {
            if (result.GetResult(option) is not { Implicit: false } given)
            {
                continue;
            }

            var value = given.Tokens.Count > 0 ? given.Tokens[0].Value : string.Empty;
            if (result.CommandResult.Command.Options.Any(o => o.Name == value))
            {
                // `--tenant --json`: System.CommandLine hands the next word to an option that needs a value.
                return CommandLineResult.Failure($"Option '{option.Name}' needs a value.");
            }

            if (string.IsNullOrWhiteSpace(value))
            {
                return CommandLineResult.Failure($"Option '{option.Name}' needs a non-empty value.");
            }

            values[option.Name] = value;
        }

        var (command, commandName, coachVerb) = SampleCommandLine.Identify(result);
        var json = result.GetValue<bool>(SampleFlags.Json);
        var verbose = result.GetValue<bool>(SampleFlags.Verbose);
        var built = Build(command, commandName, coachVerb, values, json, getEnvironmentVariable);
        return built.Options is { } options ? CommandLineResult.Success(options with { Verbose = verbose }) : built;
    }

    private static CommandLineResult Build(SampleCommand command, string commandName, string? coachVerb, Dictionary<string, string> values, bool json, Func<string, string?> getEnvironmentVariable)
    {
        var options = new SampleOptions { Command = command, Json = json };
        if (command == SampleCommand.Coach)
        {
            var (edit, error) = CoachEdit.Parse(coachVerb, values);
            if (error is not null)
            {
                return CommandLineResult.Failure(error);
            }

            options = options with { Coach = edit };
        }
        else if (CoachEdit.Options.FirstOrDefault(values.ContainsKey) is { } coachOnly)
        {
            return CommandLineResult.Failure($"Option '{coachOnly}' applies only to the 'coach' command.");
        }

        var review = ReviewOptionsReader.Read(command, commandName, values);
        if (review.Error is not null)
        {
            return review;
        }

        options = options with { PlanId = review.Options!.PlanId, Only = review.Options.Only, AdminEmail = review.Options.AdminEmail };
        var (scope, scopeError) = ScopeOptions.Parse(command, values);
        if (scopeError is not null)
        {
            return CommandLineResult.Failure(scopeError);
        }

        options = options with { Scope = scope };
        if (command == SampleCommand.Serve)
        {
            if (values.ContainsKey("--tenant") || values.ContainsKey("--today"))
            {
                return CommandLineResult.Failure("Options '--tenant' and '--today' do not apply to 'serve': the tenants come from '--tenants', and the date is the real one.");
            }

            var serve = ServeOptionsReader.Settings(values);
            if (serve.Error is not null)
            {
                return serve;
            }

            var web = ServeOptionsReader.Web(values, getEnvironmentVariable);
            if (web.Error is not null)
            {
                return web;
            }

            options = serve.Options! with { Command = command, Json = json, AdminEmail = options.AdminEmail, WebUrl = web.Options!.WebUrl, WebToken = web.Options.WebToken };
        }
        else if (ServeOptions.FirstOrDefault(values.ContainsKey) is { } serveOnly)
        {
            return CommandLineResult.Failure($"Option '{serveOnly}' applies only to the 'serve' command.");
        }

        if (values.TryGetValue("--tenant", out var tenant))
        {
            options = options with { Tenant = tenant };
        }
        else if (command is not SampleCommand.Demo and not SampleCommand.Serve)
        {
            return CommandLineResult.Failure($"Option '--tenant' is required for the '{commandName}' command.");
        }

        if (values.TryGetValue("--apideck-url", out var url))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                return CommandLineResult.Failure($"Option '--apideck-url' must be an absolute http(s) URL, not '{url}'.");
            }

            options = options with { ApideckUrl = uri };
        }

        if (values.TryGetValue("--today", out var today))
        {
            if (!DateOnly.TryParseExact(today, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return CommandLineResult.Failure($"Option '--today' must be a date as yyyy-MM-dd, not '{today}'.");
            }

            options = options with { Today = date };
        }

        if (NonEmpty(getEnvironmentVariable(SampleOptions.CrashAfterInvitationsVariable)) is { } crash)
        {
            if (!int.TryParse(crash, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
            {
                return CommandLineResult.Failure($"Environment variable {SampleOptions.CrashAfterInvitationsVariable} must be a positive whole number, not '{crash}'.");
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
                return CommandLineResult.Failure($"Option '--app-id' (or APIDECK_APP_ID) is required for the '{commandName}' command.");
            }

            if (apiKey is null)
            {
                return CommandLineResult.Failure($"Option '--api-key' (or APIDECK_API_KEY) is required for the '{commandName}' command.");
            }
        }

        return CommandLineResult.Success(options with
        {
            AppId = appId,
            ApiKey = apiKey,
            ServiceId = values.GetValueOrDefault("--service-id") ?? options.ServiceId,
            DatabasePath = values.GetValueOrDefault("--db") ?? (command == SampleCommand.Demo ? SampleOptions.DemoDatabasePath : options.DatabasePath),
            OutboxDirectory = values.GetValueOrDefault("--outbox") ?? (command == SampleCommand.Demo ? SampleOptions.DemoOutboxDirectory : options.OutboxDirectory),
        });
    }

    internal static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
