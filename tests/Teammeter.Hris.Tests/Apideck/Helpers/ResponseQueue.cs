namespace Teammeter.Hris.Tests.Apideck.Helpers;

/// <summary>Serves prepared responses in order and records every request (a copy of its URI and headers).</summary>
internal sealed class ResponseQueue
{
    private readonly Queue<Func<HttpResponseMessage>> _responses = new();

    public List<RecordedRequest> Requests { get; } = [];

    public ResponseQueue Then(Func<HttpResponseMessage> response)
    {
        _responses.Enqueue(response);
        return this;
    }

    public async Task<HttpResponseMessage> RespondAsync(HttpRequestMessage request)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync();
        Requests.Add(new RecordedRequest(
            request.Method,
            request.RequestUri!,
            request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase),
            body));
        return _responses.Count > 0
            ? _responses.Dequeue()()
            : throw new InvalidOperationException($"No response prepared for request {Requests.Count}.");
    }
}
