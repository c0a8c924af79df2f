using System.Text;

namespace Teammeter.Hris.Diagnostics;

/// <summary>
/// An exception as the package logs it at Information and above: the type and stack trace of every exception in the
/// chain, no message. A host's SMTP or database exception often quotes an address or a name, and the package's own
/// lines must stay free of personal data at those levels; the full exception goes to a separate Debug line.
/// </summary>
internal sealed class RedactedException : Exception
{
    private const int MaxDepth = 16;

    private readonly string _text;
    private readonly string? _stackTrace;

    private RedactedException(Exception original)
        : base($"{original.GetType().FullName} (message withheld; it is logged at Debug)")
    {
        _stackTrace = original.StackTrace;
        var text = new StringBuilder();
        Describe(original, text, 0);
        _text = text.ToString();
    }

    /// <inheritdoc />
    public override string? StackTrace => _stackTrace;

    /// <summary>Wraps <paramref name="exception"/> for logging without its (and its inner exceptions') messages.</summary>
    public static Exception Of(Exception exception) => new RedactedException(exception);

    /// <summary>Types and stack traces, in the shape of <see cref="Exception.ToString"/>.</summary>
    public override string ToString() => _text;

    private static void Describe(Exception exception, StringBuilder text, int depth)
    {
        text.Append(exception.GetType().FullName).Append(": (message withheld)");
        var inners = exception is AggregateException aggregate ? aggregate.InnerExceptions : (IReadOnlyList<Exception>)(exception.InnerException is { } inner ? [inner] : []);
        foreach (var innerException in inners)
        {
            text.AppendLine().Append(" ---> ");
            if (depth >= MaxDepth)
            {
                text.Append("…");
                break;
            }

            Describe(innerException, text, depth + 1);
            text.AppendLine().Append("   --- End of inner exception stack trace ---");
        }

        if (exception.StackTrace is { } stack)
        {
            text.AppendLine().Append(stack);
        }
    }
}
