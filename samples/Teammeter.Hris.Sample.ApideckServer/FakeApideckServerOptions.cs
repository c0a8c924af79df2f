namespace Teammeter.Hris.Sample.ApideckServer;

/// <summary>The credentials and connector the embedded server accepts.</summary>
public sealed class FakeApideckServerOptions
{
    /// <summary>The API key expected as <c>Authorization: Bearer &lt;key&gt;</c>.</summary>
    public string ApiKey { get; set; } = "demo-api-key";

    /// <summary>The application id expected in <c>x-apideck-app-id</c>.</summary>
    public string AppId { get; set; } = "demo-app";

    /// <summary>The one connector every tenant has (<c>x-apideck-service-id</c>).</summary>
    public string ServiceId { get; set; } = "personio";
}
