namespace Teammeter.Hris.Tests.Teammeter;

public sealed class TeammeterStateTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Ctor_BlankTenant_Throws(string tenant)
    {
        var act = () => TeammeterState.Empty(tenant);

        act.Should().Throw<ArgumentException>().WithParameterName("tenantId");
    }

    [Fact]
    public void Ctor_NullUserEntry_ThrowsNamingTheList()
    {
        var act = () => new TeammeterState("t1", [null!], [], [], invitationsReleased: false);

        act.Should().Throw<ArgumentNullException>().WithParameterName("users");
    }
}
