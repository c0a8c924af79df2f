namespace Teammeter.Hris.Review;

/// <summary>What a decision handler ended with: a notice for the page, or a problem with the request.</summary>
internal sealed record ReviewOutcome(ReviewNotice? Notice, string? Problem)
{
    public static ReviewOutcome Done(ReviewNotice notice) => new(notice, null);

    public static ReviewOutcome Bad(string problem) => new(null, problem);
}
