namespace Teammeter.Hris;

/// <summary>A team the sync created (or linked) in Teammeter.</summary>
/// <param name="TeamId">The HR id of the team (or department, when departments are the team source).</param>
/// <param name="Name">The team's current name in Teammeter.</param>
public sealed record TeammeterTeam(string TeamId, string Name);
