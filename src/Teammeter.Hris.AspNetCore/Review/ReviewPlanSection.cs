using System.Globalization;

namespace Teammeter.Hris.Review;

/// <summary>Renders the plan's parts: the held operations with their decisions, the plan grouped by person, the warnings.</summary>
internal static class ReviewPlanSection
{
    public static void Held(HtmlBuilder html, ReviewPageView view, PeopleNames names)
    {
        var plan = view.Data.Plan;
        var held = plan?.Held ?? [];
        var pending = held.Count(o => o.Status == ReviewOperationStatus.Pending);
        html.Raw("<section id=\"held\" aria-labelledby=\"held-h\"><h2 id=\"held-h\">Held for your decision (").Number(pending).Raw(")</h2>");
        if (plan is null || held.Count == 0)
        {
            html.Element("p", "Nothing is waiting for a decision.", "class=\"muted\"");
            html.Raw("</section>");
            return;
        }

        html.Element("p", "The sync did not apply these changes on its own. Approving applies a change only if HR still says so; rejecting keeps it from coming back until HR changes that person again.");
        if (pending > 1)
        {
            html.Raw("<form method=\"post\" class=\"all\" action=\"").Raw(ReviewPageRenderer.Action(view, ReviewEndpoints.ApproveAll)).Raw("\">");
            ReviewPageRenderer.FormFields(html, view, plan.PlanId);
            html.Raw("<button type=\"submit\">Approve all ").Number(pending).Raw(" waiting changes</button></form>");
        }

        html.Raw("<ul class=\"ops\">");
        foreach (var operation in held)
        {
            var subject = Subject(operation, names);
            var what = ReviewLabels.Of(operation.Operation.Kind);
            html.Raw("<li class=\"op\"><div class=\"what\"><strong>").Text(what).Raw("</strong> · ").Text(subject.Name);
            if (subject.Id is not null)
            {
                html.Raw(" <span class=\"muted\">(HR id ").Text(subject.Id).Raw(")</span>");
            }

            html.Raw("</div>").Element("p", operation.Why, "class=\"why\"");
            if (operation.Status != ReviewOperationStatus.Pending)
            {
                html.Raw("<p class=\"status\">").Text(ReviewLabels.Of(operation.Status)).Raw("</p></li>");
                continue;
            }

            var accessibleName = what.ToLowerInvariant() + ": " + subject.Name;
            html.Raw("<div class=\"actions\">");
            Decision(html, view, plan.PlanId, operation.Key, ReviewEndpoints.Approve, "Approve", accessibleName);
            Decision(html, view, plan.PlanId, operation.Key, ReviewEndpoints.Reject, "Reject", accessibleName);
            html.Raw("</div></li>");
        }

        html.Raw("</ul></section>");
    }

    public static void Plan(HtmlBuilder html, ReviewPageView view, PeopleNames names)
    {
        html.Raw("<section id=\"plan\" aria-labelledby=\"plan-h\"><h2 id=\"plan-h\">Latest plan</h2>");
        if (view.Data.Plan is not { } plan)
        {
            html.Element("p", "No plan yet: the first sync makes one.", "class=\"muted\"");
            html.Raw("</section>");
            return;
        }

        html.Raw("<p>").Text(plan.IsInitialSync ? "The initial sync" : ReviewLabels.Of(plan.Kind) + " run").Raw(" of ")
            .Text(plan.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)).Raw(" UTC: ")
            .Number(plan.OperationCount).Raw(plan.Kind == SyncRunKind.Plan ? " change(s) it would apply" : " change(s) applied")
            .Raw(", ").Number(plan.Held.Count).Raw(" held. <span class=\"muted\">Plan ").Text(plan.PlanId).Raw("</span></p>");
        if (plan.MissingFields != HrisFields.None)
        {
            html.Raw("<p class=\"bad\">HR did not deliver: ").Text(plan.MissingFields.ToString()).Raw(".</p>");
        }

        Counts(html, plan);
        People(html, view, plan, names);
        html.Raw("</section>");
    }

    public static void Warnings(HtmlBuilder html, ReviewPlan? plan)
    {
        var warnings = plan?.Warnings ?? [];
        html.Raw("<section aria-labelledby=\"warnings-h\"><h2 id=\"warnings-h\">Warnings (").Number(warnings.Count).Raw(")</h2>");
        if (warnings.Count == 0)
        {
            html.Element("p", "No warnings.", "class=\"muted\"").Raw("</section>");
            return;
        }

        // Many warnings (an organisation without emails) stay collapsed, so the page stays short.
        html.Raw(warnings.Count <= 20 ? "<details open>" : "<details>").Raw("<summary>").Number(warnings.Count).Raw(" warning(s) to read</summary><ul class=\"warnings\">");
        foreach (var warning in warnings)
        {
            html.Element("li", warning.Why);
        }

        html.Raw("</ul></details></section>");
    }

    private static void Decision(HtmlBuilder html, ReviewPageView view, string planId, string key, string action, string label, string accessibleName)
    {
        html.Raw("<form method=\"post\" action=\"").Raw(ReviewPageRenderer.Action(view, action)).Raw("\">");
        ReviewPageRenderer.FormFields(html, view, planId);
        html.Raw("<input type=\"hidden\" name=\"key\" value=\"").Raw(HtmlBuilder.Attribute(key)).Raw("\">")
            .Raw("<button type=\"submit\" class=\"").Raw(action).Raw("\" aria-label=\"").Raw(HtmlBuilder.Attribute(label + " " + accessibleName)).Raw("\">")
            .Text(label).Raw("</button></form>");
    }

    private static void Counts(HtmlBuilder html, ReviewPlan plan)
    {
        var counts = plan.Operations.GroupBy(o => o.Operation.Kind).OrderBy(g => g.Key).Select(g => (g.Key, Count: g.Count())).ToList();
        if (counts.Count == 0)
        {
            html.Element("p", "No change: Teammeter matches HR.");
            return;
        }

        html.Raw("<table class=\"counts\"><caption>Changes by kind</caption><thead><tr><th scope=\"col\">Change</th><th scope=\"col\" class=\"n\">Count</th></tr></thead><tbody>");
        foreach (var (kind, count) in counts)
        {
            html.Raw("<tr><th scope=\"row\">").Text(ReviewLabels.Of(kind)).Raw("</th><td class=\"n\">").Number(count).Raw("</td></tr>");
        }

        html.Raw("</tbody></table>");
        if (plan.OperationCount > plan.Operations.Count)
        {
            html.Raw("<p class=\"muted\">The plan lists the first ").Number(plan.Operations.Count).Raw(" of ").Number(plan.OperationCount).Raw(" changes.</p>");
        }
    }

    private static void People(HtmlBuilder html, ReviewPageView view, ReviewPlan plan, PeopleNames names)
    {
        var groups = PersonGroup.Of(plan.Operations, names);
        if (groups.Count == 0)
        {
            return;
        }

        var pages = (groups.Count + ReviewPageView.GroupsPerPage - 1) / ReviewPageView.GroupsPerPage;
        var page = Math.Min(view.PageNumber, pages);
        var first = (page - 1) * ReviewPageView.GroupsPerPage;
        var shown = groups.Skip(first).Take(ReviewPageView.GroupsPerPage).ToList();
        html.Raw("<h3 id=\"people-h\">Changes by person</h3><p class=\"muted\">")
            .Number(groups.Count).Raw(" people and groups");
        if (pages > 1)
        {
            html.Raw(", showing ").Number(first + 1).Raw("–").Number(first + shown.Count).Raw(" (page ").Number(page).Raw(" of ").Number(pages).Raw(")");
        }

        html.Raw(". Open a name to see its changes and why.</p><ul class=\"people\" aria-labelledby=\"people-h\">");
        foreach (var group in shown)
        {
            html.Raw("<li><details><summary>").Text(group.Label);
            if (group.EmployeeId is not null && names.Knows(group.EmployeeId))
            {
                html.Raw(" <span class=\"muted\">(HR id ").Text(group.EmployeeId).Raw(")</span>");
            }

            html.Raw(" <span class=\"count\">").Number(group.Operations.Count).Raw(group.Operations.Count == 1 ? " change" : " changes").Raw("</span></summary><ul>");
            foreach (var operation in group.Operations)
            {
                html.Raw("<li><strong>").Text(ReviewLabels.Of(operation.Operation.Kind)).Raw("</strong>: ").Text(operation.Why).Raw("</li>");
            }

            html.Raw("</ul></details></li>");
        }

        html.Raw("</ul>");
        Pager(html, page, pages);
    }

    private static void Pager(HtmlBuilder html, int page, int pages)
    {
        if (pages <= 1)
        {
            return;
        }

        html.Raw("<nav aria-label=\"Pages of the plan\" class=\"pager\">");
        if (page > 1)
        {
            html.Raw("<a rel=\"prev\" href=\"?page=").Raw((page - 1).ToString(CultureInfo.InvariantCulture)).Raw("#plan\">Previous page</a>");
        }

        html.Raw("<span>Page ").Number(page).Raw(" of ").Number(pages).Raw("</span>");
        if (page < pages)
        {
            html.Raw("<a rel=\"next\" href=\"?page=").Raw((page + 1).ToString(CultureInfo.InvariantCulture)).Raw("#plan\">Next page</a>");
        }

        html.Raw("</nav>");
    }

    private static (string Name, string? Id) Subject(ReviewOperation operation, PeopleNames names)
    {
        if (operation.EmployeeId is { } id)
        {
            return names.Knows(id) ? (names.Of(id), id) : (names.Of(id), null);
        }

        return (operation.Key, null);
    }
}
