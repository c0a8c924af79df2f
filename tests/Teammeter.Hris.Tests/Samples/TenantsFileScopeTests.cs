using Teammeter.Hris.Sample.CommandLine;
using Teammeter.Hris.Sample.Serve;

namespace Teammeter.Hris.Tests.Samples;

/// <summary>The <c>scope</c> object of <c>serve</c>'s tenants file.</summary>
public sealed class TenantsFileScopeTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Read_ScopeObject_BecomesTheTenantsPolicyScope()
    {
        var tenants = Read("""[{"tenant": "a", "timeZone": "UTC", "syncAt": "06:00", "autoSync": true, "scope": {"excludeEmploymentTypes": ["contractor"], "onlyCompanies": ["1"], "exclusionAttribute": "Exclude from Teammeter"}}, {"tenant": "b", "timeZone": "UTC", "syncAt": "06:00", "autoSync": true}]""");

        var scope = tenants[0].Policy.Scope!;
        scope.ExcludeEmploymentTypes.Should().Equal("contractor");
        scope.OnlyCompanies.Should().Equal("1");
        scope.ExclusionAttribute.Should().Be("Exclude from Teammeter");
        tenants[1].Policy.Scope.Should().BeNull();
    }

    [Theory]
    [InlineData("""{"excludeEmploymentTypes": ["contractors"]}""", "not an employment type")]
    [InlineData("""{"excludeTeams": "t-1"}""", "'scope.excludeTeams' must be an array of strings")]
    [InlineData("""{"excludeGroups": []}""", "'scope.excludeGroups' is not a scope field")]
    public void Read_BadScope_IsUsageErrorNamingTheEntry(string scope, string problem)
    {
        var act = () => Read($$"""[{"tenant": "a", "timeZone": "UTC", "syncAt": "06:00", "autoSync": true, "scope": {{scope}}}]""");

        act.Should().Throw<UsageException>().WithMessage($"*entry 0*{problem}*");
    }

    private IReadOnlyList<SyncTenant> Read(string json)
    {
        var file = _temp.File("tenants.json");
        File.WriteAllText(file, json);
        return TenantsFile.Read(file);
    }
}
