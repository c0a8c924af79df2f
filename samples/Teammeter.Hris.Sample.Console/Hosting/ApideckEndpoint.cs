namespace Teammeter.Hris.Sample.Hosting;

/// <summary>An Apideck base address and the credentials for it.</summary>
internal sealed record ApideckEndpoint(Uri BaseAddress, string AppId, string ApiKey)
{
    /// <summary>Never prints the API key.</summary>
    public override string ToString() => $"ApideckEndpoint {{ BaseAddress = {BaseAddress}, AppId = {AppId}, ApiKey = *** }}";
}
