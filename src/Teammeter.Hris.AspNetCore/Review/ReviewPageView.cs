using Microsoft.AspNetCore.Antiforgery;

namespace Teammeter.Hris.Review;

/// <summary>The page to render: the data, where the page lives, the form token, the last decision's notice, the page of people.</summary>
internal sealed record ReviewPageView(ReviewPageData Data, string PagePath, AntiforgeryTokenSet Tokens, ReviewNotice? Notice, int PageNumber)
{
    /// <summary>People (or team and role groups) per page of the plan: keeps the page light with 5,000 people.</summary>
    public const int GroupsPerPage = 100;
}
