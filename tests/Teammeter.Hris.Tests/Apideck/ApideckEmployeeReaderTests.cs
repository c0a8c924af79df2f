using System.Text;
using System.Text.Json;
using Teammeter.Hris.Apideck;

namespace Teammeter.Hris.Tests.Apideck;

public sealed class ApideckEmployeeReaderTests
{
    [Fact]
    public void Read_FullRecord_MapsEveryField()
    {
        var employee = Single("""
            {"id":"123","first_name":"Ada","last_name":"Lovelace","emails":[{"email":"ada@example.com","type":"work"}],
             "employment_status":"active","employment_start_date":"2021-03-01","employment_end_date":"2026-12-31T00:00:00.000Z",
             "title":"Engineer","team":{"id":"t-1","name":"Platform"},"department_id":"d-1","department_name":"Engineering",
             "manager":{"id":"m-1","name":"Grace"},"employee_number":"E-7","created_at":"2020-09-30T07:43:32.000Z",
             "updated_at":"2024-01-02T10:00:00+01:00","deleted":false}
            """);

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
    public void Read_EmptyRecord_LeavesEverythingNull() =>
        Single("""{"id":"1","team":{},"manager":{},"emails":[],"jobs":null,"custom_fields":null}""")
            .Should().Be(new HrisEmployee { EmployeeId = "1" });

    [Theory]
    [InlineData("""{"first_name":"A"}""")]
    [InlineData("""{"id":null}""")]
    [InlineData("""{"id":""}""")]
    [InlineData("""{"id":"  "}""")]
    public void Read_NoId_ThrowsBecauseTheRecordCannotBeMatched(string record)
    {
        var act = () => Read($$"""{"data":[{{record}}]}""", pageNumber: 4);

        act.Should().Throw<HrisSourceException>().WithMessage("*page 4 has no id*");
    }

    [Theory]
    [InlineData("personal:p@x,primary:pr@x,work:w@x", "w@x")]
    [InlineData("personal:p@x,primary:pr@x", "pr@x")]
    [InlineData("personal:p@x,other:o@x", "p@x")]
    [InlineData("work: ,primary:pr@x", "pr@x")]
    [InlineData(":untyped@x,secondary:s@x", "untyped@x")]
    [InlineData("WORK:upper@x,primary:pr@x", "upper@x")]
    [InlineData("work:first@x,work:second@x", "first@x")]
    [InlineData("work: ,primary:", null)]
    public void Read_Emails_PrefersWorkThenPrimaryThenFirstNonEmpty(string candidates, string? expected)
    {
        var emails = candidates.Split(',').Select(c => c.Split(':')).Select(p => new Dictionary<string, string?>
        {
            ["type"] = p[0].Length == 0 ? null : p[0],
            ["email"] = p[1],
        });

        Single(JsonSerializer.Serialize(new Dictionary<string, object> { ["id"] = "1", ["emails"] = emails })).Email.Should().Be(expected);
    }

    [Theory]
    [InlineData("""{"id":"1","title":" ","jobs":[{"title":"Intern","is_primary":false},null,{"title":"Designer","is_primary":true}]}""", "Designer")]
    [InlineData("""{"id":"1","jobs":[{"title":"Intern","is_primary":false}]}""", null)]
    [InlineData("""{"id":"1","jobs":[{"title":" ","is_primary":true},{"is_primary":true,"title":"Second"}]}""", "Second")]
    [InlineData("""{"id":"1","title":"Lead","jobs":[{"title":"Designer","is_primary":true}]}""", "Lead")]
    [InlineData("""{"id":"1","jobs":[{"title":"Designer","is_primary":true}],"title":"Lead"}""", "Lead")]
    public void Read_Title_IsTheRecordsElseThePrimaryJobs(string record, string? expected) =>
        Single(record).Title.Should().Be(expected);

    [Fact]
    public void Read_UnreadableEndDate_ThrowsNamingEmployeeIdAndField()
    {
        // The date comes before the id: the error still names the employee.
        var act = () => Read("""{"data":[{"employment_end_date":"31/12/2026","id":"e-9"}]}""");

        act.Should().Throw<HrisSourceException>().WithMessage("Employee e-9 has an unreadable employment_end_date*");
    }

    [Theory]
    [InlineData("\"2021-03-01\"", "2021-03-01")]
    [InlineData("\" 2021-03-01 \"", "2021-03-01")]
    [InlineData("\"2021-03-01T23:30:00+02:00\"", "2021-03-01")]
    [InlineData("\"2021\\u002D03-01\"", "2021-03-01")]
    [InlineData("\"\"", null)]
    [InlineData("null", null)]
    public void Read_StartDate_AcceptsDatesAndTimestamps(string json, string? expected) =>
        Single($$"""{"id":"1","employment_start_date":{{json}}}""").StartDate.Should().Be(expected is null ? null : DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Read_TeamWithoutName_UsesIdAsName() =>
        Single("""{"id":"1","team":{"id":"t-9"}}""").Team.Should().Be(new HrisOrgUnit("t-9", "t-9"));

    [Fact]
    public void Read_DepartmentNameOnly_KeysByName() =>
        Single("""{"id":"1","department_name":"Sales"}""").Department.Should().Be(new HrisOrgUnit("Sales", "Sales"));

    [Theory]
    [InlineData("\"contractor\"", HrisEmploymentType.Contractor)]
    [InlineData("\" Freelance \"", HrisEmploymentType.Freelance)]
    [InlineData("\"temp\"", HrisEmploymentType.Temp)]
    [InlineData("\"internship\"", HrisEmploymentType.Internship)]
    [InlineData("\"employee\"", HrisEmploymentType.Employee)]
    [InlineData("\"board member\"", HrisEmploymentType.Other)]
    [InlineData("\"\\u0074emp\"", HrisEmploymentType.Temp)]
    [InlineData("\"  \"", null)]
    [InlineData("null", null)]
    public void Read_EmploymentRoleType_MapsTheSpecsValuesAndUnknownToOther(string json, HrisEmploymentType? expected) =>
        Single($$$"""{"id":"1","employment_role":{"type":{{{json}}}}}""").EmploymentType.Should().Be(expected);

    [Fact]
    public void Read_LongStatus_IsReadThroughAString() =>
        Single($$"""{"id":"1","employment_status":"{{new string(' ', 100)}}active"}""").Status.Should().Be(HrisEmploymentStatus.Active);

    [Theory]
    [InlineData("true", "true")]
    [InlineData("false", "false")]
    [InlineData("1", "1")]
    [InlineData("1.50", "1.50")]
    [InlineData("\"Yes\"", "Yes")]
    [InlineData("[\"yes\", \"no\"]", "yes")]
    [InlineData("[[true], \"no\"]", "true")]
    [InlineData("[]", null)]
    [InlineData("{\"a\": 1}", null)]
    [InlineData("null", null)]
    public void Read_ExclusionAttribute_KeepsItsValueAsText(string json, string? expected)
    {
        var employee = Single($$"""{"id":"1","custom_fields":[{"value":{{json}},"id":"dynamic_9","name":"Exclude"}]}""", " exclude ");

        employee.CustomAttributes!.TryGetValue("Exclude", out var value).Should().BeTrue();
        value.Should().Be(expected);
    }

    [Fact]
    public void Read_ExclusionAttributeById_IsFoundAndOtherFieldsAreDropped()
    {
        var employee = Single("""{"id":"1","custom_fields":[null,{"id":"dynamic_1","name":"Salary band","value":"B"},{"id":"dynamic_9","name":"Exclude","value":true},{"id":"dynamic_9","value":false}]}""", "dynamic_9");

        employee.CustomAttributes.Should().ContainSingle().Which.Should().Be(new KeyValuePair<string, string?>("dynamic_9", "true"));
    }

    [Fact]
    public void Read_WithoutAttribute_KeepsNoCustomFields() =>
        Single("""{"id":"1","custom_fields":[{"name":"Exclude","value":true}]}""").CustomAttributes.Should().BeNull();

    [Fact]
    public void Read_AttributeMissingFromTheRecord_IsAbsentNotNull() =>
        Single("""{"id":"1","custom_fields":[]}""", "Exclude").CustomAttributes.Should().BeEmpty();

    [Fact]
    public void Read_SameRecordOnTwoPages_IsEqualWithCustomAttributes()
    {
        const string Page = """{"data":[{"id":"1","custom_fields":[{"name":"Exclude","value":true}]}]}""";

        Read(Page, 1, "Exclude").Items!.Single().Should().Be(Read(Page, 2, "Exclude").Items!.Single(), "the source collapses a record repeated across pages");
    }

    [Fact]
    public void Read_RepeatedProperties_CountWithTheirLastValue()
    {
        var employee = Single("""
            {"id":"1","title":"A","title":"B","emails":[{"email":"old@x","type":"work"}],"emails":[{"email":"new@x"}],
             "jobs":[{"title":"Old","is_primary":true}],"jobs":[],"team":{"id":"t-1"},"team":null,"id":"2"}
            """);

        employee.Should().Be(new HrisEmployee { EmployeeId = "2", Title = "B", Email = "new@x" });
    }

    [Fact]
    public void Read_EscapedPropertyNamesAndUnknownProperties_AreReadAndSkipped()
    {
        var employee = Single("""{"\u0069d":"1","nested":{"id":"no","data":[1,{"x":[]}]},"first_name":"Zo\u00eb","x":[null]}""");

        employee.Should().Be(new HrisEmployee { EmployeeId = "1", FirstName = "Zoë" });
    }

    [Fact]
    public void Read_Page_CountsDeletedAndReturnsTheCursor()
    {
        var page = Read("""{"status_code":200,"data":[{"id":"1"},{"id":"2","deleted":true},{"deleted":true}],"meta":{"items_on_page":3,"cursors":{"previous":null,"next":"c2"}},"links":{}}""");

        page.Records.Should().Be(3);
        page.Items!.Select(e => e.EmployeeId).Should().Equal("1");
        page.Next.Should().Be("c2");
    }

    [Theory]
    [InlineData("""{"meta":{}}""")]
    [InlineData("""{"data":null}""")]
    public void Read_NoDataArray_HasNoItems(string json) => Read(json).Items.Should().BeNull();

    [Fact]
    public void Read_JsonNull_IsNull() => new ApideckEmployeeReader(1, null, null).Read("null"u8).Should().BeNull();

    [Fact]
    public void Read_NullRecord_ThrowsNamingThePage()
    {
        var act = () => Read("""{"data":[{"id":"1"},null]}""", pageNumber: 3);

        act.Should().Throw<HrisSourceException>().WithMessage("Page 3 of GET /hris/employees holds a null record instead of an employee; the snapshot is unusable.");
    }

    [Theory]
    [InlineData("""{"data":{"id":"1"}}""", "$.data")]
    [InlineData("""[]""", "$")]
    [InlineData("""{"data":[{"id":1}]}""", "$.data[0].id")]
    [InlineData("""{"data":[{"id":"1"},{"id":"2","first_name":true}]}""", "$.data[1].first_name")]
    [InlineData("""{"data":[{"id":"1","emails":{"email":"a"}}]}""", "$.data[0].emails")]
    [InlineData("""{"data":[{"id":"1","emails":["a@x"]}]}""", "$.data[0].emails")]
    [InlineData("""{"data":[{"id":"1","jobs":[{"is_primary":"yes"}]}]}""", "$.data[0].jobs")]
    [InlineData("""{"data":[{"id":"1","deleted":"yes"}]}""", "$.data[0].deleted")]
    [InlineData("""{"data":[{"id":"1","employment_status":5}]}""", "$.data[0].employment_status")]
    [InlineData("""{"data":[{"id":"1","employment_start_date":20210301}]}""", "$.data[0].employment_start_date")]
    [InlineData("""{"data":[{"id":"1","team":"t-1"}]}""", "$.data[0].team")]
    [InlineData("""{"data":[],"meta":[]}""", "$.meta")]
    [InlineData("""{"data":[],"meta":{"items_on_page":"3"}}""", "$.meta")]
    [InlineData("""{"data":[],"meta":{"items_on_page":1.5}}""", "$.meta")]
    [InlineData("""{"data":[],"meta":{"cursors":{"next":7}}}""", "$.meta")]
    [InlineData("""{"data":[{"id":"1","first_name":"A""", "$.data[0].first_name")]
    [InlineData("""{"data":[]} x""", "$")]
    [InlineData("""{"data":[]}{}""", "$")]
    [InlineData("", "$")]
    public void Read_WrongShape_ThrowsJsonExceptionWithThePath(string json, string path)
    {
        var act = () => Read(json);

        act.Should().Throw<JsonException>().Which.Path.Should().Be(path);
    }

    [Fact]
    public void Names_EveryRequestedField_IsReadAndNothingElse()
    {
        // The reader's names and the fields= list are written separately (one is top-level JSON names, the other
        // Apideck's dotted paths); this keeps them in step.
        var requested = ApideckEmployeeFields.All
            .Concat([ApideckEmployeeFields.EmploymentType, ApideckEmployeeFields.Company, ApideckEmployeeFields.CustomFields])
            .SelectMany(f => f.Split(','))
            .Select(f => f.Split('.')[0])
            .Distinct();

        ApideckEmployeeProperties.Names.Skip(1).Should().BeEquivalentTo(requested);
        Enum.GetValues<ApideckEmployeeProperty>().Should().HaveCount(ApideckEmployeeProperties.Names.Length);
    }

    private static HrisEmployee Single(string record, string? attribute = null) =>
        Read($$"""{"data":[{{record}}]}""", 1, attribute).Items.Should().ContainSingle().Subject;

    private static ApideckListPage<HrisEmployee> Read(string json, int pageNumber = 1, string? attribute = null) =>
        new ApideckEmployeeReader(pageNumber, attribute, new ApideckSharedValues()).Read(Encoding.UTF8.GetBytes(json))!;
}
