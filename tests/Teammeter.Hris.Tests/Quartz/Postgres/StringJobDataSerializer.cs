using System.Collections.Specialized;
using System.Text.Json;
using Quartz.Spi;

namespace Teammeter.Hris.Tests.Quartz.Postgres;

/// <summary>
/// The job store's serializer for the tests. Quartz 3.x's only built-in one is BinaryFormatter, which .NET 8+
/// disables; hosts use Quartz.Serialization.Json or their own. With <c>UseProperties</c> the store only ever
/// serializes string maps, which is all the tenant job holds.
/// </summary>
public sealed class StringJobDataSerializer : IObjectSerializer
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
