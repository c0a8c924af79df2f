using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Teammeter.Hris.Review;

/// <summary>
/// What the last decision did, carried to the page in the redirect's query as an action and counts (never names),
/// and shown there as a status message.
/// </summary>
internal sealed record ReviewNotice(string Action, int Applied, int Dropped, int Rejected, int StillHeld, int Invited)
{
    /// <summary>How many operations or invitations the decision concerned, for the log.</summary>
    public int Count => Applied + Dropped + Rejected + Invited;

    public static ReviewNotice Of(string action, ReviewResult result) =>
        new(action, result.Applied.Count, result.Dropped.Count, result.Rejected.Count, result.StillHeld.Count, result.InvitationsSent);

    public static ReviewNotice Released(int invited) => new(ReviewEndpoints.Release, 0, 0, 0, 0, invited);

    public string ToQuery() => string.Create(
        CultureInfo.InvariantCulture,
        $"?done={Action}&applied={Applied}&dropped={Dropped}&rejected={Rejected}&held={StillHeld}&invited={Invited}");

    public static ReviewNotice? FromQuery(IQueryCollection query)
    {
        var action = query["done"].ToString();
        if (action is not (ReviewEndpoints.Approve or ReviewEndpoints.Reject or ReviewEndpoints.Release))
        {
            return null;
        }

        return new ReviewNotice(action, Number(query, "applied"), Number(query, "dropped"), Number(query, "rejected"), Number(query, "held"), Number(query, "invited"));
    }

    /// <summary>The sentence the page shows.</summary>
    public string Describe() => Action switch
    {
        ReviewEndpoints.Release => $"Invitations released: {Invited} sent.",
        ReviewEndpoints.Reject => $"Rejected {Rejected}. They are not proposed again until HR changes that person. {StillHeld} still waiting for a decision.",
        _ => $"Approved: {Applied} applied, {Dropped} dropped because HR no longer says so, {Invited} invitation(s) sent. {StillHeld} still waiting for a decision.",
    };

    private static int Number(IQueryCollection query, string name) =>
        int.TryParse(query[name], NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;
}
