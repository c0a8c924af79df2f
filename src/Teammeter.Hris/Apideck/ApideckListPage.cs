namespace Teammeter.Hris.Apideck;

/// <summary>One decoded page of a paged Apideck list, before the paging checks.</summary>
/// <param name="Records">How many entries <c>data</c> held (deleted and <c>null</c> ones included), for the page-size check.</param>
/// <param name="Items">The usable entries, or <see langword="null"/> when the page has no <c>data</c> array.</param>
/// <param name="Next">The next cursor, or <see langword="null"/> on the last page.</param>
internal sealed record ApideckListPage<T>(int Records, IReadOnlyList<T>? Items, string? Next);
