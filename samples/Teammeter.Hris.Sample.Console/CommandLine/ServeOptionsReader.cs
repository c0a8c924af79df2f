using System.Globalization;

namespace Teammeter.Hris.Sample.CommandLine;

/// <summary>The options of <c>serve</c>: the tenants file, the scheduler, and the review page it may host.</summary>
internal static class ServeOptionsReader
{
    public static CommandLineResult Settings(Dictionary<string, string> values)
    {
        if (!values.TryGetValue("--tenants", out var tenantsFile))
        {
            return CommandLineResult.Failure("Option '--tenants' is required for the 'serve' command.");
        }

        var scheduler = values.GetValueOrDefault("--scheduler", "builtin") switch
        {
            "builtin" => SchedulerKind.Builtin,
            "quartz" => SchedulerKind.Quartz,
            _ => (SchedulerKind?)null,
        };
        if (scheduler is null)
        {
            return CommandLineResult.Failure($"Option '--scheduler' must be 'builtin' or 'quartz', not '{values["--scheduler"]}'.");
        }

        var postgres = values.GetValueOrDefault("--quartz-postgres");
        if (scheduler == SchedulerKind.Quartz && postgres is null)
        {
            return CommandLineResult.Failure("Option '--quartz-postgres' is required with '--scheduler quartz': the nodes of a cluster share its job store.");
        }

        if (scheduler == SchedulerKind.Builtin && postgres is not null)
        {
            return CommandLineResult.Failure("Option '--quartz-postgres' needs '--scheduler quartz'.");
        }

        TimeSpan? runFor = null;
        if (values.TryGetValue("--run-for", out var seconds))
        {
            // Task.Delay takes at most about 49.7 days; beyond that the host would start and then crash.
            const int MaxRunForSeconds = 49 * 24 * 60 * 60;
            if (!int.TryParse(seconds, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value is <= 0 or > MaxRunForSeconds)
            {
                return CommandLineResult.Failure($"Option '--run-for' must be a whole number of seconds from 1 to {MaxRunForSeconds} (49 days), not '{seconds}'.");
            }

            runFor = TimeSpan.FromSeconds(value);
        }

        var options = new SampleOptions { TenantsFile = tenantsFile, Scheduler = scheduler.Value, QuartzPostgres = postgres, RunFor = runFor };
        return CommandLineResult.Success(values.TryGetValue("--node", out var node) ? options with { Node = node } : options);
    }

    // --web hosts the review page beside the scheduler; it is never open without a token.
    public static CommandLineResult Web(Dictionary<string, string> values, Func<string, string?> getEnvironmentVariable)
    {
        var token = values.GetValueOrDefault("--web-token") ?? CommandLineParser.NonEmpty(getEnvironmentVariable("TEAMMETER_WEB_TOKEN"));
        if (!values.TryGetValue("--web", out var url))
        {
            return values.ContainsKey("--web-token") ? CommandLineResult.Failure("Option '--web-token' needs '--web'.") : CommandLineResult.Success(new SampleOptions());
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) || uri.AbsolutePath != "/")
        {
            return CommandLineResult.Failure($"Option '--web' must be an http(s) URL without a path, such as http://127.0.0.1:5080, not '{url}'.");
        }

        if (token is null)
        {
            return CommandLineResult.Failure("Option '--web-token' (or TEAMMETER_WEB_TOKEN) is required with '--web': the review page shows personal data and is never open.");
        }

        return token.Length < 12
            ? CommandLineResult.Failure("Option '--web-token' must be at least 12 characters long.")
            : CommandLineResult.Success(new SampleOptions { WebUrl = uri, WebToken = token });
    }
}
