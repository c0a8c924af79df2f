using Teammeter.Hris.Sample.ApideckServer;

namespace Teammeter.Hris.Tests.Reliability.Helpers;

/// <summary>Faults shaped like Apideck's own error answers.</summary>
internal static class ApideckFaults
{
    /// <summary>
    /// A 5xx in Apideck's error shape. The spec lists no <c>type_name</c> for 5xx, so the server's catch-all
    /// <c>UnexpectedError</c> stands in; the client must decide on the status alone.
    /// </summary>
    public static ScriptedFault ServerError(int status) => ScriptedFault.Status(status, "UnexpectedError");
}
