namespace Teammeter.Hris.Apideck;

/// <summary>Decodes a whole response body; <see langword="null"/> for a JSON <c>null</c>.</summary>
/// <typeparam name="T">What the body holds.</typeparam>
/// <param name="body">The body's bytes, valid only during the call.</param>
internal delegate T? ApideckBodyDecoder<T>(ReadOnlySpan<byte> body)
    where T : class;
