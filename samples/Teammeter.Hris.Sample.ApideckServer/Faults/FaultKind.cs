namespace Teammeter.Hris.Sample.ApideckServer;

/// <summary>How a scripted fault breaks a request.</summary>
public enum FaultKind
{
    /// <summary>Answer with a status code, Apideck's error JSON and optional headers (429 with <c>Retry-After</c>, 503, ...).</summary>
    Status,

    /// <summary>Drop the connection before any response is sent.</summary>
    AbortBeforeResponse,

    /// <summary>Send the headers and half the body, then drop the connection.</summary>
    AbortMidBody,
}
