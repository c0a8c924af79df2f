using Teammeter.Hris.Apideck;

namespace Teammeter.Hris.Tests.Apideck;

public sealed class ApideckEmployeeMapperTests
{
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
}
