namespace Teammeter.Hris.Sample.Serve;

/// <summary>One scheduled sync this node ran, for the summary <c>serve</c> prints on exit.</summary>
/// <param name="Tenant">The tenant id.</param>
/// <param name="Result"><c>changed</c>, <c>unchanged</c>, <c>held</c>, <c>source_failed</c>, <c>apply_failed</c>, <c>cancelled</c> or <c>failed</c>.</param>
/// <param name="Started">When the run started.</param>
/// <param name="Finished">When it ended.</param>
internal sealed record ServeRun(string Tenant, string Result, DateTimeOffset Started, DateTimeOffset Finished);
