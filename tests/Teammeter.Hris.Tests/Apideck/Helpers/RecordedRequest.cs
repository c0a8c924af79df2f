using System.Web;

namespace Teammeter.Hris.Tests.Apideck.Helpers;

/// <summary>What a test saw of one request.</summary>
internal sealed record RecordedRequest(HttpMethod Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string? Body)
{
    public string? Query(string name) => HttpUtility.ParseQueryString(Uri.Query)[name];

    public IReadOnlyList<string> QueryNames => [.. HttpUtility.ParseQueryString(Uri.Query).AllKeys.Select(k => k!)];
}
