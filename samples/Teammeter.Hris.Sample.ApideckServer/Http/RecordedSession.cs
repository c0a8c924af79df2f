namespace Teammeter.Hris.Sample.ApideckServer;

/// <summary>A <c>POST /vault/sessions</c> the server received.</summary>
/// <param name="ConsumerId">The consumer the session is for.</param>
/// <param name="Body">The request body as sent (JSON), or empty.</param>
/// <param name="SessionToken">The token the server issued; the session link ends with it.</param>
public sealed record RecordedSession(string ConsumerId, string Body, string SessionToken);
