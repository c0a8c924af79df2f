namespace Teammeter.Hris.Sample.ApideckServer;

/// <summary>What <see cref="DemoOrganisation.ApplyNextDay"/> changed, so the demo can narrate it and tests can check it.</summary>
/// <param name="HireId">The new hire (starts on the new day).</param>
/// <param name="LeaverId">The leaver (termination date is the new day).</param>
/// <param name="RenamedTeamId">The renamed team.</param>
/// <param name="NewTeamName">The team's new name.</param>
/// <param name="PromotedId">The promoted employee.</param>
/// <param name="NewTitle">The promoted employee's new title.</param>
/// <param name="NewManagerId">The promoted employee's new manager.</param>
public sealed record DemoNextDay(
    string HireId,
    string LeaverId,
    string RenamedTeamId,
    string NewTeamName,
    string PromotedId,
    string NewTitle,
    string NewManagerId);
