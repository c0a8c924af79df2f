using System.Globalization;

namespace Teammeter.Hris.Review;

/// <summary>
/// Renders the review page: server-side HTML that works without JavaScript, with headings and labelled regions for
/// screen readers, native buttons and <c>&lt;details&gt;</c> for keyboards, and one small responsive style sheet.
/// </summary>
internal static class ReviewPageRenderer
{
    public static string Render(ReviewPageView view, string nonce)
    {
        var data = view.Data;
        var html = new HtmlBuilder();
        Open(html, nonce, "HR sync review · " + data.TenantId);
        html.Raw("<a class=\"skip\" href=\"#held\">Skip to the decisions</a><header><h1>HR sync review <span class=\"tenant\">")
            .Text(data.TenantId).Raw("</span></h1></header><main>");
        if (view.Notice is { } notice)
        {
            html.Element("p", notice.Describe(), "class=\"notice\" role=\"status\"");
        }

        Connection(html, data.Connection);
        var names = new PeopleNames(data.State, data.Plan);
        ReviewPlanSection.Held(html, view, names);
        Release(html, view);
        ReviewPlanSection.Plan(html, view, names);
        ReviewPlanSection.Warnings(html, data.Plan);
        History(html, data.Runs);
        html.Raw("</main></body></html>");
        return html.ToString();
    }

    /// <summary>A short page for an error or an unknown tenant, with a way back.</summary>
    public static string RenderMessage(string nonce, string title, string message, string? backLink)
    {
        var html = new HtmlBuilder();
        Open(html, nonce, title);
        html.Raw("<main>").Element("h1", title).Element("p", message, "role=\"alert\"");
        if (backLink is not null)
        {
            html.Raw("<p><a href=\"").Raw(HtmlBuilder.Attribute(backLink)).Raw("\">Back to the review page</a></p>");
        }

        html.Raw("</main></body></html>");
        return html.ToString();
    }

    /// <summary>A hidden token field and the plan field every decision form carries.</summary>
    public static void FormFields(HtmlBuilder html, ReviewPageView view, string? planId)
    {
        html.Raw("<input type=\"hidden\" name=\"").Raw(HtmlBuilder.Attribute(view.Tokens.FormFieldName))
            .Raw("\" value=\"").Raw(HtmlBuilder.Attribute(view.Tokens.RequestToken)).Raw("\">");
        if (planId is not null)
        {
            html.Raw("<input type=\"hidden\" name=\"plan\" value=\"").Raw(HtmlBuilder.Attribute(planId)).Raw("\">");
        }
    }

    public static string Action(ReviewPageView view, string action) => HtmlBuilder.Attribute(view.PagePath + "/" + action);

    private static void Open(HtmlBuilder html, string nonce, string title) =>
        html.Raw("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Raw("<meta name=\"robots\" content=\"noindex\">").Element("title", title)
            .Raw("<style nonce=\"").Raw(HtmlBuilder.Attribute(nonce)).Raw("\">").Raw(ReviewPageStyles.Css).Raw("</style></head><body>");

    private static void Connection(HtmlBuilder html, ConnectionView? connection)
    {
        html.Raw("<section aria-labelledby=\"connection-h\"><h2 id=\"connection-h\">Connection to HR</h2>");
        if (connection is null)
        {
            html.Element("p", "The host does not check the connection here.", "class=\"muted\"");
        }
        else if (connection.Status is not { } status)
        {
            html.Raw("<p class=\"state bad\"><strong>UNKNOWN</strong></p>").Element("p", connection.ReadError);
        }
        else
        {
            var ok = status.Reason == HrisConnectionReason.Connected;
            html.Raw(ok ? "<p class=\"state ok\"><strong>" : "<p class=\"state bad\"><strong>").Text(ReviewLabels.Of(status.Reason)).Raw("</strong></p>");
            html.Raw("<p><span class=\"label\">Next step: </span>").Text(status.NextStep).Raw("</p>");
            if (status.MissingAttributes.Count > 0)
            {
                html.Raw("<p id=\"missing-h\">Attributes HR does not deliver:</p><ul aria-labelledby=\"missing-h\" class=\"tags\">");
                foreach (var attribute in status.MissingAttributes)
                {
                    html.Element("li", attribute);
                }

                html.Raw("</ul>");
            }
        }

        html.Raw("</section>");
    }

    private static void Release(HtmlBuilder html, ReviewPageView view)
    {
        var (pending, count) = ReleaseState(view.Data);
        if (!pending)
        {
            return;
        }

        html.Raw("<section aria-labelledby=\"release-h\"><h2 id=\"release-h\">Invitations</h2>")
            .Raw("<p>Nobody has been invited yet. Check the plan below first; releasing invites the ")
            .Number(count).Raw(" people the sync created who have an email address, except those who have not started yet (they are invited on their first day).</p>")
            .Raw("<form method=\"post\" action=\"").Raw(Action(view, ReviewEndpoints.Release)).Raw("\">");
        FormFields(html, view, planId: null);
        html.Raw("<button type=\"submit\" class=\"primary\">Release invitations (up to ").Number(count).Raw(count == 1 ? " person)" : " people)").Raw("</button></form></section>");
    }

    /// <summary>Whether the release is still to come, and how many users it would invite (active, synced, with an email, not invited).</summary>
    private static (bool Pending, int Count) ReleaseState(ReviewPageData data)
    {
        if (data.State is not { } state)
        {
            return (data.Plan?.IsInitialSync == true, 0);
        }

        var synced = state.Users.Where(u => u.EmployeeId is not null).ToList();
        return state.InvitationsReleased || synced.Count == 0
            ? (false, 0)
            : (true, synced.Count(u => u.IsActive && !u.IsInvited && !string.IsNullOrWhiteSpace(u.Email)));
    }

    private static void History(HtmlBuilder html, IReadOnlyList<SyncRun> runs)
    {
        html.Raw("<section aria-labelledby=\"history-h\"><h2 id=\"history-h\">Run history</h2>");
        if (runs.Count == 0)
        {
            html.Element("p", "No run yet.", "class=\"muted\"");
            html.Raw("</section>");
            return;
        }

        html.Raw("<div class=\"scroll\" role=\"region\" aria-labelledby=\"history-h\" tabindex=\"0\"><table><caption>The latest runs (")
            .Number(runs.Count).Raw("), newest first, times in UTC</caption><thead><tr>")
            .Raw("<th scope=\"col\">Started</th><th scope=\"col\">Run</th><th scope=\"col\">Started by</th><th scope=\"col\">Outcome</th>")
            .Raw("<th scope=\"col\" class=\"n\">Planned</th><th scope=\"col\" class=\"n\">Applied</th><th scope=\"col\" class=\"n\">Held</th>")
            .Raw("<th scope=\"col\" class=\"n\">Invited</th><th scope=\"col\" class=\"n\">Warnings</th></tr></thead><tbody>");
        foreach (var run in runs)
        {
            html.Raw("<tr><td>").Text(run.StartedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)).Raw("</td>")
                .Element("td", ReviewLabels.Of(run.Kind)).Element("td", ReviewLabels.Of(run.Trigger))
                .Raw(run.Outcome == SyncOutcome.Succeeded ? "<td>" : "<td class=\"bad\">").Text(ReviewLabels.Of(run.Outcome))
                .Text(run.Error is null ? null : " (" + run.Error + ")").Raw("</td>");
            foreach (var count in new[] { run.PlannedOperations, run.AppliedOperations, run.HeldOperations, run.InvitationsSent, run.Warnings })
            {
                html.Raw("<td class=\"n\">").Number(count).Raw("</td>");
            }

            html.Raw("</tr>");
        }

        html.Raw("</tbody></table></div></section>");
    }
}
