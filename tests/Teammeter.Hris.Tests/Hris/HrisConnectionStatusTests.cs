namespace Teammeter.Hris.Tests.Hris;

public sealed class HrisConnectionStatusTests
{
    [Theory]
    [InlineData(HrisConnectionStatus.NotFoundState, false, HrisConnectionReason.NotFound, "setup link")]
    [InlineData("available", false, HrisConnectionReason.Available, "setup link")]
    [InlineData("added", true, HrisConnectionReason.Added, "has not entered the Personio credentials")]
    [InlineData("authorized", true, HrisConnectionReason.Authorized, "not finished")]
    [InlineData("invalid", true, HrisConnectionReason.Invalid, "creates a new API credential in Personio")]
    [InlineData("callable", false, HrisConnectionReason.Disabled, "turns the switch on")]
    [InlineData("callable", true, HrisConnectionReason.Connected, "Nothing to do")]
    [InlineData("CALLABLE", true, HrisConnectionReason.Connected, "Nothing to do")]
    public void Reason_VaultStateAndSwitch_NamesTheProblemAndTheNextStep(string state, bool enabled, HrisConnectionReason reason, string nextStep)
    {
        var status = new HrisConnectionStatus("personio", state, enabled);

        status.Reason.Should().Be(reason);
        status.IsConnected.Should().Be(reason == HrisConnectionReason.Connected);
        status.NextStep.Should().Contain(nextStep);
    }

    [Theory]
    [InlineData("")]
    [InlineData("pending_review")]
    public void Reason_UnknownState_IsUnknownAndNamesTheState(string state)
    {
        var status = new HrisConnectionStatus("personio", state, Enabled: true);

        status.Reason.Should().Be(HrisConnectionReason.UnknownState);
        status.IsConnected.Should().BeFalse();
        status.NextStep.Should().Contain($"'{state}'");
    }

    [Fact]
    public void NextStep_InvalidAndSwitchedOff_AsksForBoth()
    {
        var status = new HrisConnectionStatus("personio", "invalid", Enabled: false);

        status.Reason.Should().Be(HrisConnectionReason.Invalid);
        status.NextStep.Should().Contain("new API credential").And.Contain("switched off");
    }

    [Fact]
    public void NextStep_AvailableAndSwitchedOff_DoesNotMentionTheSwitch()
    {
        // An available connector is off until the admin adds it; the setup link does both.
        new HrisConnectionStatus("personio", "available", Enabled: false).NextStep.Should().NotContain("switch");
    }

    [Fact]
    public void Reason_CallableButSwitchedOff_IsDisabledEvenWithACheckResult()
    {
        var status = new HrisConnectionStatus("personio", "callable", Enabled: false) { MissingFields = HrisFields.Email };

        status.Reason.Should().Be(HrisConnectionReason.Disabled);
        status.IsConnected.Should().BeFalse();
    }

    [Fact]
    public void Reason_ReadErrorAndMissingFields_ReadErrorWins()
    {
        var status = new HrisConnectionStatus("personio", "callable", Enabled: true) { MissingFields = HrisFields.Email, ReadError = "401" };

        status.Reason.Should().Be(HrisConnectionReason.ReadFailed);
        status.IsConnected.Should().BeTrue();
    }

    [Fact]
    public void MissingAttributes_EveryField_UsesPersonioNamesInSetupGuideOrder()
    {
        var all = Enum.GetValues<HrisFields>().Aggregate(HrisFields.None, (acc, f) => acc | f);
        var status = new HrisConnectionStatus("personio", "callable", Enabled: true) { MissingFields = all };

        status.MissingAttributes.Should().Equal(
            "First name", "Last name", "Email", "Status", "Hire date", "Termination date", "Position", "Team", "Department", "Supervisor");
        status.Reason.Should().Be(HrisConnectionReason.MissingAttributes);
    }

    [Fact]
    public void NextStep_OtherConnector_NamesTheServiceId()
    {
        new HrisConnectionStatus("bamboohr", "invalid", Enabled: true).NextStep.Should().Contain("bamboohr").And.NotContain("Personio");
    }
}
