namespace Teammeter.Hris.Tests.Helpers;

/// <summary>
/// Tests that observe process-wide listeners (metrics, activities) run alone, so other tests' measurements do not
/// mix into theirs.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialCollection
{
    public const string Name = "Serial";
}
