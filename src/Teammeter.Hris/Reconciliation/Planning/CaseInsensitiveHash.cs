using System.Numerics;
using System.Runtime.InteropServices;

namespace Teammeter.Hris.Reconciliation;

/// <summary>
/// A hash code that is equal for strings equal under <see cref="StringComparison.OrdinalIgnoreCase"/>, four chars
/// at a time. The framework's case-insensitive hash is randomised to resist crafted collisions and cost more than
/// the rest of <see cref="Lifecycle"/> at 100,000 emails; this one only feeds <see cref="RepeatedHashes"/>, where a
/// collision costs an exact check, never a wrong answer. Never key a dictionary with it.
/// </summary>
internal static class CaseInsensitiveHash
{
    private const ulong NonAscii = 0xFF80_FF80_FF80_FF80;
    private const ulong FoldAscii = 0x0020_0020_0020_0020;
    private const ulong Multiplier = 0x9E37_79B9_7F4A_7C15;

    public static int Of(string value)
    {
        var chunks = MemoryMarshal.Cast<char, ulong>(value.AsSpan());
        var hash = (ulong)value.Length;
        foreach (var chunk in chunks)
        {
            hash = Mix(hash, (chunk & NonAscii) == 0 ? chunk | FoldAscii : FoldEach(chunk));
        }

        var tail = 0UL;
        for (var i = chunks.Length * 4; i < value.Length; i++)
        {
            tail = (tail << 16) | Fold(value[i]);
        }

        hash = Mix(hash, tail);
        hash ^= hash >> 32;
        return (int)hash;
    }

    /// <summary>
    /// Setting bit 5 folds the case of ASCII letters (and merges a few ASCII symbols: only more collisions). The
    /// non-ASCII characters that equal an ASCII letter ignoring case fold like it; all others fold to one value.
    /// A test checks every character against this list.
    /// </summary>
    internal static ulong Fold(char c) => c switch
    {
        < '\u0080' => (ulong)(c | 0x20),
        '\u0131' => 'i',
        '\u017F' => 's',
        '\u212A' => 'k',
        _ => 0x80,
    };

    private static ulong FoldEach(ulong chunk)
    {
        var folded = 0UL;
        for (var shift = 0; shift < 64; shift += 16)
        {
            folded |= Fold((char)(chunk >> shift)) << shift;
        }

        return folded;
    }

    // Rotating after the multiply brings the high chars down into the low bits RepeatedHashes indexes by.
    private static ulong Mix(ulong hash, ulong chunk) => BitOperations.RotateLeft((hash ^ chunk) * Multiplier, 29);
}
