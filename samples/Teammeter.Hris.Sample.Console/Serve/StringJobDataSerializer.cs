using System.Collections.Specialized;
using System.Text.Json;
using Quartz.Spi;

namespace Teammeter.Hris.Sample.Serve;

/// <summary>
/// The job store's serializer. Quartz 3.x's only built-in one is BinaryFormatter, which .NET 8+ disables, and
/// Quartz.Serialization.Json would bring Newtonsoft.Json for what is only ever a string map: with
/// <c>UseProperties</c> the store serializes nothing else, and the tenant job holds only its tenant id.
/// </summary>
internal sealed class StringJobDataSerializer : IObjectSerializer
{
    public void Initialize()
    {
    }

    public byte[] Serialize<T>(T obj)
        where T : class =>
        obj is NameValueCollection properties
            ? JsonSerializer.SerializeToUtf8Bytes(properties.AllKeys.ToDictionary(k => k!, k => properties[k]))
            : throw new NotSupportedException($"Only string job data is stored; got {typeof(T)}.");

    public T? DeSerialize<T>(byte[] data)
        where T : class
    {
        if (!typeof(T).IsAssignableFrom(typeof(NameValueCollection)))
        {
            throw new NotSupportedException($"Only string job data is stored; asked for {typeof(T)}.");
        }

        var properties = new NameValueCollection();
        foreach (var (key, value) in JsonSerializer.Deserialize<Dictionary<string, string?>>(data)!)
        {
            properties.Add(key, value);
        }

        return (T)(object)properties;
    }
}
