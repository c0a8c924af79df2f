using Teammeter.Hris.Sample.ApideckServer;

namespace Teammeter.Hris.Tests.Samples;

public sealed class SyntheticOrganisationTests
{
    [Fact]
    public void Create_20000_HasTeamsRolesAndAManagerTree()
    {
        var employees = SyntheticOrganisation.Create(20_000, seed: 42);

        employees.Should().HaveCount(20_000);
        employees.Select(e => e.Id).Should().OnlyHaveUniqueItems();
        employees.Select(e => e.Emails[0].Email).Should().OnlyHaveUniqueItems();
        employees.Select(e => e.TeamId).Distinct().Should().HaveCount(1000);
        employees.Select(e => e.Title).Distinct().Count().Should().BeInRange(380, 400);
        var index = employees.Select((e, i) => (e.Id, i)).ToDictionary(x => x.Id, x => x.i);
        employees[0].ManagerId.Should().BeNull();
        employees.Skip(1).Should().OnlyContain(e => e.ManagerId != null && index[e.ManagerId] < index[e.Id]);
    }

    [Fact]
    public void Create_SameSeed_IsDeterministic_OtherSeedDiffers()
    {
        var first = SyntheticOrganisation.Create(300, seed: 7);

        SyntheticOrganisation.Create(300, seed: 7).Should().BeEquivalentTo(first, o => o.WithStrictOrdering());
        SyntheticOrganisation.Create(300, seed: 8).Select(e => e.Title).Should().NotEqual(first.Select(e => e.Title));
    }

    [Fact]
    public void Create_Zero_Throws()
    {
        var create = () => SyntheticOrganisation.Create(0, seed: 1);

        create.Should().Throw<ArgumentOutOfRangeException>();
    }
}
