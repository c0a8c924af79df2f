namespace Teammeter.Hris.Sample.CommandLine;

/// <summary>The options that take a value, except the coach edits' (<see cref="CoachEdit.Verbs"/>), with their help text.</summary>
internal static class SampleOptionSpecs
{
    public static readonly OptionSpec[] All =
    [
        new("--tenant", "id", "Apideck consumer id (required except for demo and serve)", c => c != SampleCommand.Serve),
        new("--apideck-url", "url", "Apideck base URL (default https://unify.apideck.com)", CallsApideck),
        new("--app-id", "id", "Apideck application id (or APIDECK_APP_ID)", CallsApideck),
        new("--api-key", "key", "Apideck API key (or APIDECK_API_KEY); never echoed", CallsApideck),
        new("--service-id", "id", "Connector id (default personio)", CallsApideck),
        new("--db", "path", "SQLite database (default teammeter-sample.db; the demo: teammeter-demo/teammeter.db)", Everywhere),
        new("--outbox", "dir", "Folder for invitation .eml files (default outbox/; the demo: teammeter-demo/outbox/)", c => c is not SampleCommand.History),
        new("--today", "yyyy-MM-dd", "Override the tenant's date, for reproducible runs", c => c != SampleCommand.Serve),
        new("--admin-email", "addr", "Tell this admin what needs attention (held operations, failures, a lost connection, missing attributes): one admin-*.eml per notification in --outbox", c => c is not SampleCommand.Coach and not SampleCommand.History),
        new("--plan", "id", "The id of the reviewed plan (sync and plan print it); required", Decides),
        new("--only", "hrId,...", "Decide only these people's held operations (default: all of the plan's)", Decides),
        new(ScopeOptions.ExcludeEmploymentTypes, "types", "Leave out contractor, freelance, temp, internship, other or employee", Plans),
        new(ScopeOptions.ExcludeCompanies, "ids", "Leave out these companies (Personio legal entities)", Plans),
        new(ScopeOptions.OnlyCompanies, "ids", "Sync only these companies", Plans),
        new(ScopeOptions.ExcludeDepartments, "ids", "Leave out these departments", Plans),
        new(ScopeOptions.ExcludeTeams, "ids", "Leave out these teams", Plans),
        new(ScopeOptions.ExclusionAttribute, "name", "Leave out people whose Personio attribute <name> is true/yes/1", Plans),
        new("--tenants", "file.json", """Required. [{"tenant": "acme", "timeZone": "Europe/Berlin", "syncAt": "06:00", "autoSync": true}], re-read when it changes (a tenant's "scope" goes there too)""", Serves),
        new("--scheduler", "kind", "builtin (default; one node) or quartz (a cluster sharing --quartz-postgres)", Serves),
        new("--quartz-postgres", "cs", "PostgreSQL connection string of the Quartz job store; creates missing tables", Serves),
        new("--node", "name", "This process's name in the cluster and the summary (default: the machine name)", Serves),
        new("--run-for", "seconds", "Stop after this many seconds, 1..4233600 (49 days; default: until Ctrl+C), after in-flight runs", Serves),
        new("--web", "url", "Also host the review page at <url>/review/<tenant> (e.g. http://127.0.0.1:5080)", Serves),
        new("--web-token", "secret", "The page's access token (or TEAMMETER_WEB_TOKEN): 'Authorization: Bearer <secret>' or the sign-in form's cookie; required with --web", Serves),
    ];

    /// <summary>The coach edits' options; which of them an edit takes is in <see cref="CoachEdit.Verbs"/>.</summary>
    public static readonly OptionSpec[] Coach =
    [
        new("--employee", "hrId", "The user the edit changes (required)", _ => true),
        new("--manager", "hrId", "The manager's HR id", _ => true),
        new("--team", "hrTeamId", "The team's HR id", _ => true),
        new("--email", "address", "The address to set", _ => true),
    ];

    private static bool Everywhere(SampleCommand command) => true;

    // The history and a coach's edits read and write the database only; they still accept these, hidden from help.
    private static bool CallsApideck(SampleCommand command) => command is not SampleCommand.History and not SampleCommand.Coach;

    private static bool Decides(SampleCommand command) => command is SampleCommand.Approve or SampleCommand.Reject;

    private static bool Serves(SampleCommand command) => command == SampleCommand.Serve;

    private static bool Plans(SampleCommand command) => ScopeOptions.Planning.Contains(command);
}
