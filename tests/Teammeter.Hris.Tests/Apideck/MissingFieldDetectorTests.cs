using Teammeter.Hris.Apideck;

namespace Teammeter.Hris.Tests.Apideck;

public sealed class MissingFieldDetectorTests
{
    private static readonly HrisEmployee Complete = new()
    {
        EmployeeId = "1",
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
        var bare = new HrisEmployee { EmployeeId = "2" };

        MissingFieldDetector.Detect([Complete, bare]).Should().Be(HrisFields.None);
    }

    [Fact]
    public void Detect_AttributeOnNoEmployee_IsMissing()
    {
        var noManager = Complete with { ManagerId = null, Title = " " };

        MissingFieldDetector.Detect([noManager, noManager with { EmployeeId = "2" }]).Should().Be(HrisFields.Manager | HrisFields.Title);
    }

    [Fact]
    public void Detect_NothingDelivered_FlagsEverythingButEndDate()
    {
        var result = MissingFieldDetector.Detect([new HrisEmployee { EmployeeId = "1" }, new HrisEmployee { EmployeeId = "2" }]);

        result.Should().Be(HrisFields.Names | HrisFields.Email | HrisFields.Status | HrisFields.StartDate | HrisFields.Title
            | HrisFields.Team | HrisFields.Department | HrisFields.Manager);
    }

    [Fact]
    public void Detect_SingleEmployee_JudgesNothing() =>
        MissingFieldDetector.Detect([new HrisEmployee { EmployeeId = "1" }]).Should().Be(HrisFields.None);
}
