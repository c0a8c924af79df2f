namespace Teammeter.Hris.Sample.CommandLine;

/// <summary>A parsed <c>coach</c> command: the edit, the user it changes, and the value it needs.</summary>
internal sealed record CoachEdit(CoachAction Action, string EmployeeId)
{
    /// <summary>The verbs as typed, and the value option each one needs besides <c>--employee</c>.</summary>
    public static readonly IReadOnlyDictionary<string, (CoachAction Action, string? ValueOption)> Verbs =
        new Dictionary<string, (CoachAction, string?)>(StringComparer.Ordinal)
        {
            ["set-manager"] = (CoachAction.SetManager, "--manager"),
            ["clear-manager"] = (CoachAction.ClearManager, null),
            ["add-team"] = (CoachAction.AddTeam, "--team"),
            ["set-email"] = (CoachAction.SetEmail, "--email"),
            ["deactivate"] = (CoachAction.Deactivate, null),
        };

    /// <summary>The options only <c>coach</c> takes.</summary>
    public static readonly string[] Options = ["--employee", "--manager", "--team", "--email"];

    /// <summary><see cref="CoachAction.SetManager"/>: the manager's HR id.</summary>
    public string? ManagerId { get; init; }

    /// <summary><see cref="CoachAction.AddTeam"/>: the team's HR id.</summary>
    public string? TeamId { get; init; }

    /// <summary><see cref="CoachAction.SetEmail"/>: the address the coach typed.</summary>
    public string? Email { get; init; }

    /// <summary>The verb as typed, for messages and <c>--json</c>.</summary>
    public string Verb => Verbs.First(v => v.Value.Action == Action).Key;

    /// <summary>Builds the edit from the verb and the option values, or says what is wrong, naming the option.</summary>
    public static (CoachEdit? Edit, string? Error) Parse(string? verb, IReadOnlyDictionary<string, string> values)
    {
        if (verb is null)
        {
            return (null, $"The 'coach' command needs an edit: {string.Join(", ", Verbs.Keys)}.");
        }

        if (!Verbs.TryGetValue(verb, out var spec))
        {
            return (null, $"Unknown coach edit '{verb}'. Edits: {string.Join(", ", Verbs.Keys)}.");
        }

        if (!values.TryGetValue("--employee", out var employee))
        {
            return (null, $"Option '--employee' is required for 'coach {verb}'.");
        }

        if (Options.FirstOrDefault(o => o != "--employee" && o != spec.ValueOption && values.ContainsKey(o)) is { } extra)
        {
            return (null, $"Option '{extra}' does not apply to 'coach {verb}'.");
        }

        string? value = null;
        if (spec.ValueOption is { } option && !values.TryGetValue(option, out value))
        {
            return (null, $"Option '{option}' is required for 'coach {verb}'.");
        }

        if (spec.Action == CoachAction.SetManager && value == employee)
        {
            return (null, $"Option '--manager': employee '{employee}' cannot be their own manager.");
        }

        if (spec.Action == CoachAction.SetEmail && !LooksLikeEmail(value!))
        {
            return (null, $"Option '--email' must be an email address, not '{value}'.");
        }

        var edit = new CoachEdit(spec.Action, employee);
        return (spec.Action switch
        {
            CoachAction.SetManager => edit with { ManagerId = value },
            CoachAction.AddTeam => edit with { TeamId = value },
            CoachAction.SetEmail => edit with { Email = value!.Trim() },
            _ => edit,
        }, null);
    }

    // A plausibility check, not validation: one '@' with something on both sides and no whitespace.
    internal static bool LooksLikeEmail(string value)
    {
        var trimmed = value.Trim();
        var at = trimmed.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == trimmed.LastIndexOf('@') && at < trimmed.Length - 1 && !trimmed.Any(char.IsWhiteSpace);
    }
}
