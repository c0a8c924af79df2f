namespace Teammeter.Hris.Benchmarks.Decoding;

/// <summary>Which employee fields a page carries.</summary>
public enum PageShape
{
    /// <summary>Every property of Apideck's <c>Employee</c> schema (what a request without <c>fields</c> gets).</summary>
    Full,

    /// <summary>Only what the sync asks for with <c>fields=</c> (<c>ApideckEmployeeFields</c>).</summary>
    Narrowed,
}
