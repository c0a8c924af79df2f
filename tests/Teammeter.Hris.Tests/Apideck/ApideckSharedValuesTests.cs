using Teammeter.Hris.Apideck;

namespace Teammeter.Hris.Tests.Apideck;

public sealed class ApideckSharedValuesTests
{
    [Fact]
    public void Team_SameIdAndName_IsTheSameInstance()
    {
        var shared = new ApideckSharedValues();

        var first = shared.Team("t-1", "Platform");
        var again = shared.Team(new string("t-1".AsSpan()), new string("Platform".AsSpan()));

        again.Should().BeSameAs(first);
        shared.Department("t-1", "Platform").Should().NotBeSameAs(first, "teams and departments are separate");
    }

    [Fact]
    public void Team_SameIdOtherName_KeepsBothNamesAsDelivered()
    {
        var shared = new ApideckSharedValues();

        var first = shared.Team("t-1", "Platform");
        var renamed = shared.Team("t-1", "platform ");

        renamed.Should().Be(new HrisOrgUnit("t-1", "platform "));
        shared.Team("t-1", "Platform").Should().BeSameAs(first);
    }

    [Fact]
    public void Read_TwoPagesOfOneRead_ShareTeamsTitlesAndManagerIds()
    {
        const string Record = """{"id":"ID","title":"Engineer","team":{"id":"t-1","name":"Platform"},"manager":{"id":"m-1"}}""";
        var shared = new ApideckSharedValues();

        var first = Page(1, Record.Replace("ID", "1", StringComparison.Ordinal));
        var second = Page(2, Record.Replace("ID", "2", StringComparison.Ordinal));

        second.Title.Should().BeSameAs(first.Title);
        second.Team.Should().BeSameAs(first.Team);
        second.ManagerId.Should().Be("m-1").And.BeSameAs(first.ManagerId);

        HrisEmployee Page(int number, string record) =>
            new ApideckEmployeeReader(number, null, shared).Read(System.Text.Encoding.UTF8.GetBytes($$"""{"data":[{{record}}]}"""))!.Items!.Single();
    }

    [Fact]
    public void KeptRecords_RepeatsOfAnyKeptRecord_AreCollapsedAndDifferingOnesKept()
    {
        var kept = new KeptRecords();
        var a = new HrisEmployee { EmployeeId = "1", FirstName = "A" };
        var b = a with { FirstName = "B" };

        kept.Add(a).Should().BeTrue();
        kept.Add(a with { }).Should().BeFalse();
        kept.Add(b).Should().BeTrue();
        kept.Add(b with { }).Should().BeFalse();
        kept.Add(a with { }).Should().BeFalse();
        kept.Add(new HrisEmployee { EmployeeId = "2", FirstName = "A" }).Should().BeTrue();
    }
}
