using System.Text;

namespace Teammeter.Hris.Reconciliation;

/// <summary>Text normalisation the rules rely on. Returns the input instance when nothing changes, so steady-state runs do not allocate.</summary>
internal static class Normalise
{
    /// <summary>Trims; white space only becomes <see langword="null"/>.</summary>
    public static string? Text(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var trimmed = value.Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }

    /// <summary>Trims and collapses inner white space to one space, so "Senior  Engineer " and "Senior Engineer" are one role.</summary>
    public static string? Title(string? value)
    {
        var trimmed = Text(value);
        if (trimmed is null || !NeedsCollapse(trimmed))
        {
            return trimmed;
        }

        var builder = new StringBuilder(trimmed.Length);
        var previousWasSpace = false;
        foreach (var c in trimmed)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!previousWasSpace)
                {
                    builder.Append(' ');
                }

                previousWasSpace = true;
            }
            else
            {
                builder.Append(c);
                previousWasSpace = false;
            }
        }

        return builder.ToString();
    }

    /// <summary>The form of an email used to find an unlinked user (<see cref="UpdateUser.MatchEmail"/>).</summary>
    public static string? MatchEmail(string? email) => Text(email)?.ToLowerInvariant();

    private static bool NeedsCollapse(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsWhiteSpace(value[i]) && (value[i] != ' ' || char.IsWhiteSpace(value[i + 1])))
            {
                return true;
            }
        }

        return false;
    }
}
