using Teammeter.Hris.Apideck;
using Teammeter.Hris.Apideck.Dtos;

namespace Teammeter.Hris.Tests.Apideck;

public sealed class ApideckEmployeeMapperTests
{
    [Fact]
    public void Map_FullRecord_MapsEveryField()
    {
        var dto = new EmployeeDto
        {
            Id = "123",
            FirstName = "Ada",
            LastName = "Lovelace",
            Emails = [new() { Email = "ada@example.com", Type = "work" }],
            EmploymentStatus = "active",
            EmploymentStartDate = "2021-03-01",
            EmploymentEndDate = "2026-12-31T00:00:00.000Z",
            Title = "Engineer",
            Team = new() { Id = "t-1", Name = "Platform" },
            DepartmentId = "d-1",
            DepartmentName = "Engineering",
            Manager = new() { Id = "m-1" },
            EmployeeNumber = "E-7",
            CreatedAt = new DateTimeOffset(2020, 9, 30, 7, 43, 32, TimeSpan.Zero),
            UpdatedAt = new DateTimeOffset(2024, 1, 2, 10, 0, 0, TimeSpan.FromHours(1)),
        };

        var employee = ApideckEmployeeMapper.Map(dto, 1);

        employee.Should().Be(new HrisEmployee
        {
            EmployeeId = "123",
            FirstName = "Ada",
            LastName = "Lovelace",
            Email = "ada@example.com",
            Status = HrisEmploymentStatus.Active,
            StartDate = new DateOnly(2021, 3, 1),
            EndDate = new DateOnly(2026, 12, 31),
            Title = "Engineer",
            Team = new HrisOrgUnit("t-1", "Platform"),
            Department = new HrisOrgUnit("d-1", "Engineering"),
            ManagerId = "m-1",
            EmployeeNumber = "E-7",
            CreatedAt = new DateTimeOffset(2020, 9, 30, 7, 43, 32, TimeSpan.Zero),
            UpdatedAt = new DateTimeOffset(2024, 1, 2, 10, 0, 0, TimeSpan.FromHours(1)),
        });
    }

    [Fact]
    public void Map_EmptyRecord_LeavesEverythingNull()
    {
        var employee = ApideckEmployeeMapper.Map(new EmployeeDto { Id = "1", Team = new(), Manager = new(), Emails = [] }, 1);

        employee.Should().Be(new HrisEmployee { EmployeeId = "1" });
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Map_NoId_ThrowsBecauseTheRecordCannotBeMatched(string? id)
    {
        var act = () => ApideckEmployeeMapper.Map(new EmployeeDto { Id = id }, 4);

        act.Should().Throw<HrisSourceException>().WithMessage("*page 4 has no id*");
    }

    [Theory]
    [InlineData("active", HrisEmploymentStatus.Active)]
    [InlineData("inactive", HrisEmploymentStatus.Inactive)]
    [InlineData("terminated", HrisEmploymentStatus.Terminated)]
    [InlineData("other", HrisEmploymentStatus.Other)]
    [InlineData("Active", HrisEmploymentStatus.Active)]
    [InlineData("on_sabbatical", HrisEmploymentStatus.Other)]
    [InlineData(null, null)]
    [InlineData("", null)]
    public void ParseStatus_EachValue_MapsToEnum(string? value, HrisEmploymentStatus? expected) =>
        ApideckEmployeeMapper.ParseStatus(value).Should().Be(expected);

    [Theory]
    [InlineData("personal:p@x,primary:pr@x,work:w@x", "w@x")]
    [InlineData("personal:p@x,primary:pr@x", "pr@x")]
    [InlineData("personal:p@x,other:o@x", "p@x")]
    [InlineData("work: ,primary:pr@x", "pr@x")]
    [InlineData(":untyped@x,secondary:s@x", "untyped@x")]
    [InlineData("WORK:upper@x,primary:pr@x", "upper@x")]
    [InlineData("work: ,primary:", null)]
    public void ChooseEmail_Candidates_PrefersWorkThenPrimaryThenFirstNonEmpty(string candidates, string? expected)
    {
        var emails = candidates.Split(',').Select(c => c.Split(':')).Select(p => new EmailDto
        {
            Type = p[0].Length == 0 ? null : p[0],
            Email = p[1],
        }).ToList();

        ApideckEmployeeMapper.ChooseEmail(emails).Should().Be(expected);
    }

    [Fact]
    public void ChooseTitle_NoTitle_FallsBackToPrimaryJob()
    {
        var dto = new EmployeeDto
        {
            Id = "1",
            Title = " ",
            Jobs = [new() { Title = "Intern", IsPrimary = false }, new() { Title = "Designer", IsPrimary = true }],
        };

        ApideckEmployeeMapper.ChooseTitle(dto).Should().Be("Designer");
    }

    [Fact]
    public void ChooseTitle_NoTitleAndNoPrimaryJob_IsNull()
    {
        var dto = new EmployeeDto { Id = "1", Jobs = [new() { Title = "Intern", IsPrimary = false }] };

        ApideckEmployeeMapper.ChooseTitle(dto).Should().BeNull();
    }

    [Fact]
    public void ChooseTitle_TitlePresent_WinsOverPrimaryJob()
    {
        var dto = new EmployeeDto { Id = "1", Title = "Lead", Jobs = [new() { Title = "Designer", IsPrimary = true }] };

        ApideckEmployeeMapper.ChooseTitle(dto).Should().Be("Lead");
    }

    [Fact]
    public void Map_UnreadableEndDate_ThrowsNamingEmployeeIdAndField()
    {
        var act = () => ApideckEmployeeMapper.Map(new EmployeeDto { Id = "e-9", EmploymentEndDate = "31/12/2026" }, 1);

        act.Should().Throw<HrisSourceException>().WithMessage("Employee e-9 has an unreadable employment_end_date*");
    }

    [Fact]
    public void Map_TeamWithoutName_UsesIdAsName()
    {
        var employee = ApideckEmployeeMapper.Map(new EmployeeDto { Id = "1", Team = new() { Id = "t-9" } }, 1);

        employee.Team.Should().Be(new HrisOrgUnit("t-9", "t-9"));
    }

    [Fact]
    public void Map_DepartmentNameOnly_KeysByName()
    {
        var employee = ApideckEmployeeMapper.Map(new EmployeeDto { Id = "1", DepartmentName = "Sales" }, 1);

        employee.Department.Should().Be(new HrisOrgUnit("Sales", "Sales"));
    }

    [Theory]
    [InlineData("contractor", HrisEmploymentType.Contractor)]
    [InlineData(" Freelance ", HrisEmploymentType.Freelance)]
    [InlineData("temp", HrisEmploymentType.Temp)]
    [InlineData("internship", HrisEmploymentType.Internship)]
    [InlineData("employee", HrisEmploymentType.Employee)]
    [InlineData("board member", HrisEmploymentType.Other)]
    [InlineData("  ", null)]
    [InlineData(null, null)]
    public void Map_EmploymentRoleType_MapsTheSpecsValuesAndUnknownToOther(string? type, HrisEmploymentType? expected)
    {
        var employee = ApideckEmployeeMapper.Map(new EmployeeDto { Id = "1", EmploymentRole = new() { Type = type } }, 1);

        employee.EmploymentType.Should().Be(expected);
    }

    [Theory]
    [InlineData("true", "true")]
    [InlineData("false", "false")]
    [InlineData("1", "1")]
    [InlineData("\"Yes\"", "Yes")]
    [InlineData("[\"yes\", \"no\"]", "yes")]
    [InlineData("null", null)]
    public void Map_ExclusionAttribute_KeepsItsValueAsText(string json, string? expected)
    {
        var dto = new EmployeeDto
        {
            Id = "1",
            CustomFields = [new() { Id = "dynamic_9", Name = "Exclude", Value = System.Text.Json.JsonDocument.Parse(json).RootElement }],
        };

        var employee = ApideckEmployeeMapper.Map(dto, 1, "exclude");

        employee.CustomAttributes!.TryGetValue("Exclude", out var value).Should().BeTrue();
        value.Should().Be(expected);
    }

    [Fact]
    public void Map_ExclusionAttributeById_IsFoundAndOtherFieldsAreDropped()
    {
        var dto = new EmployeeDto { Id = "1", CustomFields = [new() { Id = "dynamic_9", Name = "Exclude" }, new() { Id = "dynamic_1", Name = "Salary band" }] };

        var employee = ApideckEmployeeMapper.Map(dto, 1, "dynamic_9");

        employee.CustomAttributes.Should().ContainSingle().Which.Key.Should().Be("dynamic_9");
    }

    [Fact]
    public void Map_WithoutAttribute_KeepsNoCustomFields()
    {
        var employee = ApideckEmployeeMapper.Map(new EmployeeDto { Id = "1", CustomFields = [new() { Name = "Exclude" }] }, 1);

        employee.CustomAttributes.Should().BeNull();
    }

    [Fact]
    public void Map_AttributeMissingFromTheRecord_IsAbsentNotNull()
    {
        var employee = ApideckEmployeeMapper.Map(new EmployeeDto { Id = "1", CustomFields = [] }, 1, "Exclude");

        employee.CustomAttributes.Should().BeEmpty();
    }

    [Fact]
    public void Map_SameRecordTwice_IsEqualWithCustomAttributes()
    {
        EmployeeDto Dto() => new() { Id = "1", CustomFields = [new() { Name = "Exclude", Value = System.Text.Json.JsonDocument.Parse("true").RootElement }] };

        ApideckEmployeeMapper.Map(Dto(), 1, "Exclude").Should().Be(ApideckEmployeeMapper.Map(Dto(), 2, "Exclude"), "the source collapses a record repeated across pages");
    }
}
