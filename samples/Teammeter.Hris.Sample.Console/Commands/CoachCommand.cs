using Teammeter.Hris.Sample.CommandLine;
using Teammeter.Hris.Sample.Output;

namespace Teammeter.Hris.Sample.Commands;

/// <summary>
/// <c>coach &lt;edit&gt;</c>: changes the sample's Teammeter data by hand, the way a coach completes the organisation
/// after the initial sync. Each edit is stored as the coach's, not the sync's, so the next sync keeps it.
/// </summary>
internal static class CoachCommand
{
    public static async Task<int> RunAsync(SampleOptions options, SampleConsole console, CancellationToken cancellationToken)
    {
        // The parser guarantees the edit for this command.
        var edit = options.Coach!;
        var tenant = options.Tenant;
        if (!File.Exists(options.DatabasePath))
        {
            throw new UsageException($"Option '--db': '{options.DatabasePath}' does not exist; a coach edits data a sync has written.");
        }

        var sink = new SqliteTeammeterSink(options.DatabasePath);
        try
        {
            await ApplyAsync(sink, tenant, edit, cancellationToken);
        }
        catch (UnknownRecordException exception)
        {
            // Naming a person or team the tenant does not have is a mistake on the command line, not a failure.
            var option = exception.ParameterName switch
            {
                "managerId" => "--manager",
                "teamId" => "--team",
                _ => "--employee",
            };
            throw new UsageException($"Option '{option}': {exception.Message}");
        }

        var user = (await sink.LoadAsync(tenant, cancellationToken)).Users.Single(u => u.EmployeeId == edit.EmployeeId);
        var coachTeams = await sink.GetCoachTeamsAsync(tenant, edit.EmployeeId, cancellationToken);
        if (console.Json)
        {
            console.WriteJson(json =>
            {
                json.WriteStartObject();
                json.WriteString("tenant", tenant);
                json.WriteString("edit", edit.Verb);
                json.WriteString("employeeId", edit.EmployeeId);
                json.WriteBoolean("active", user.IsActive);
                json.WriteBoolean("deactivatedBySync", user.DeactivatedBySync);
                WriteNullable(json, "managerId", user.ManagerId);
                json.WriteBoolean("managerSetBySync", user.ManagerSetBySync);
                WriteNullable(json, "syncedTeamId", user.TeamId);
                json.WriteStartArray("coachTeamIds");
                foreach (var team in coachTeams)
                {
                    json.WriteStringValue(team);
                }

                json.WriteEndArray();
                json.WriteBoolean("hasEmail", user.Email is not null);
                json.WriteEndObject();
            });
        }
        else
        {
            console.Say($"coach {edit.Verb}: {Describe(edit)} (a coach's edit: the sync keeps it)");
        }

        return ExitCodes.Success;
    }

    private static Task ApplyAsync(SqliteTeammeterSink sink, string tenant, CoachEdit edit, CancellationToken cancellationToken) => edit.Action switch
    {
        CoachAction.SetManager => sink.SetCoachManagerAsync(tenant, edit.EmployeeId, edit.ManagerId!, cancellationToken),
        CoachAction.ClearManager => sink.ClearCoachManagerAsync(tenant, edit.EmployeeId, cancellationToken),
        CoachAction.AddTeam => sink.AddCoachTeamAsync(tenant, edit.EmployeeId, edit.TeamId!, cancellationToken),
        CoachAction.SetEmail => sink.SetCoachEmailAsync(tenant, edit.EmployeeId, edit.Email!, cancellationToken),
        CoachAction.Deactivate => sink.DeactivateByCoachAsync(tenant, edit.EmployeeId, cancellationToken),
        _ => throw new UsageException($"Unknown coach edit '{edit.Action}'."),
    };

    private static string Describe(CoachEdit edit) => edit.Action switch
    {
        CoachAction.SetManager => $"{edit.EmployeeId} now reports to {edit.ManagerId}",
        CoachAction.ClearManager => $"{edit.EmployeeId} has no reporting line",
        CoachAction.AddTeam => $"{edit.EmployeeId} is also in team {edit.TeamId}",
        CoachAction.SetEmail => $"{edit.EmployeeId} has an email now and can be invited",
        CoachAction.Deactivate => $"{edit.EmployeeId} is deactivated",
        _ => edit.Action.ToString(),
    };

    private static void WriteNullable(System.Text.Json.Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
