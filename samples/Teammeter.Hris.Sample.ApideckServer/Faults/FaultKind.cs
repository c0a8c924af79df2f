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

    /// <summary>Reset the TCP connection (RST, not a graceful close) before any response is sent.</summary>
    ResetConnection,

    /// <summary>Wait <see cref="ScriptedFault.Delay"/> before answering normally (a slow server).</summary>
    Delay,

    /// <summary>Send the headers and half the body, then stall until the client gives up.</summary>
    StallMidBody,

    /// <summary>Answer with a scripted status, content type and body (an HTML page with 200, invalid or truncated JSON, ...).</summary>
    RawBody,

    /// <summary>Answer the employees page normally, but with a <c>next</c> cursor that points at the same page again.</summary>
    RepeatCursor,

    /// <summary>Answer an empty employees page whose <c>next</c> cursor is new each time (an endless chain of empty pages).</summary>
    EmptyPage,

    /// <summary>Answer an employees page with <see cref="ScriptedFault.ExtraRecords"/> more records than the requested <c>limit</c>.</summary>
    OversizePage,

    /// <summary>Answer an employees page that starts one record early, so the previous page's last employee arrives twice.</summary>
    OverlapPreviousPage,
}
