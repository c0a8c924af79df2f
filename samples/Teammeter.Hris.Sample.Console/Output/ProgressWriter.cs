using System.Globalization;

namespace Teammeter.Hris.Sample.Output;

/// <summary>
/// One self-overwriting status line on stderr ("Reading Personio: page 3, 300 people") while a long command runs, so a
/// person at a terminal sees it is not stuck. Nothing at all when stderr is redirected: a log file or a test's capture
/// gets no carriage returns.
/// </summary>
internal sealed class ProgressWriter(TextWriter error, bool isTerminal)
{
    private readonly Lock _gate = new();
    private int _pages;
    private int _records;
    private long _applied;
    private int _shown;

    public bool IsTerminal => isTerminal;

    /// <summary>The package read a page of employees (its log event 1003).</summary>
    public void PageRead(int recordCount) =>
        Show(() => $"Reading Personio: page {++_pages}, {_records += recordCount} people");

    /// <summary>The package applied operations (its <c>teammeter.hris.operations</c> counter).</summary>
    public void OperationsApplied(long count) =>
        Show(() => $"Applying the plan: {_applied += count} operations applied");

    /// <summary>Writes <paramref name="line"/> on a line of its own, over the status line if one is shown.</summary>
    public void WriteLine(string line)
    {
        lock (_gate)
        {
            ClearLocked();
            error.WriteLine(line);
        }
    }

    /// <summary>Removes the status line before the command's own output.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            ClearLocked();
        }
    }

    private void Show(Func<string> line)
    {
        if (!isTerminal)
        {
            return;
        }

        lock (_gate)
        {
            var text = line();
            error.Write(string.Create(CultureInfo.InvariantCulture, $"\r{text.PadRight(_shown)}"));
            error.Flush();
            _shown = text.Length;
        }
    }

    private void ClearLocked()
    {
        if (_shown > 0)
        {
            error.Write($"\r{new string(' ', _shown)}\r");
            _shown = 0;
        }
    }
}
