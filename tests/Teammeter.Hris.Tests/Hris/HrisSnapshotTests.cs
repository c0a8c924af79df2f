namespace Teammeter.Hris.Tests.Hris;

public sealed class HrisSnapshotTests
{
    [Fact]
    public void Ctor_NullEmployeeInList_ThrowsNamingTheList()
    {
        var act = () => new HrisSnapshot([new HrisEmployee { EmployeeId = "1" }, null!], DateTimeOffset.UnixEpoch);

        act.Should().Throw<ArgumentNullException>().WithParameterName("employees");
    }

    [Fact]
    public void Ctor_ValidInput_KeepsEmployeesOrderAndMissingFields()
    {
        var snapshot = new HrisSnapshot(
            [new HrisEmployee { EmployeeId = "2" }, new HrisEmployee { EmployeeId = "1" }],
            DateTimeOffset.UnixEpoch,
            HrisFields.Manager);

        snapshot.Employees.Select(e => e.EmployeeId).Should().Equal("2", "1");
        snapshot.MissingFields.Should().Be(HrisFields.Manager);
    }
}
