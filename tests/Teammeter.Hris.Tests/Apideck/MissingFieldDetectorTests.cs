using Teammeter.Hris.Apideck;

namespace Teammeter.Hris.Tests.Apideck;

public sealed class MissingFieldDetectorTests
{
    private static readonly HrisEmployee Complete = new()
    {
        Id = "1",
        FirstName = "A",
        LastName = "B",
        Email = "a@x",
        Status = HrisEmploymentStatus.Active,
        StartDate = new DateOnly(2020, 1, 1),
        Title = "T",
        Team = new HrisOrgUnit("t", "T"),
        Department = new HrisOrgUnit("d", "D"),
        ManagerId = "2",
    };

    [Fact]
    public void Detect_AttributeOnAtLeastOneEmployee_IsNotMissing()
    {
        var bare = new HrisEmployee { Id = "2" };

        MissingFieldDetector.Detect([Complete, bare]).Should().Be(HrisFields.None);
    }

    [Fact]
    public void Detect_AttributeOnNoEmployee_IsMissing()
    {
        var noManager = Complete with { ManagerId = null, Title = " " };

        MissingFieldDetector.Detect([noManager, noManager with { Id = "2" }]).Should().Be(HrisFields.Manager | HrisFields.Title);
    }

    [Fact]
    public void Detect_NothingDelivered_FlagsEverythingButEndDate()
    {
        var result = MissingFieldDetector.Detect([new HrisEmployee { Id = "1" }, new HrisEmployee { Id = "2" }]);

        result.Should().Be(HrisFields.Names | HrisFields.Email | HrisFields.Status | HrisFields.StartDate | HrisFields.Title
            | HrisFields.Team | HrisFields.Department | HrisFields.Manager);
    }

    [Fact]
    public void Detect_SingleEmployee_JudgesNothing() =>
        MissingFieldDetector.Detect([new HrisEmployee { Id = "1" }]).Should().Be(HrisFields.None);
}
