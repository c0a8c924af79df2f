namespace Teammeter.Hris.Apideck;

/// <summary>One page of a paged Apideck list, numbered from 1 in the order it was read.</summary>
internal sealed record ApideckPage<T>(int Number, IReadOnlyList<T> Items);
