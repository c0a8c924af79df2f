namespace Teammeter.Hris;

/// <summary>What the secure setup page shows and where it sends the admin afterwards.</summary>
/// <remarks>All values are optional; they are shown to the admin only and never logged.</remarks>
public sealed record HrisSetupLinkRequest
{
    /// <summary>The organisation's name, shown in the setup page's sidebar.</summary>
    public string? OrganisationName { get; init; }

    /// <summary>The name of the person the link is for, shown in the sidebar.</summary>
    public string? UserName { get; init; }

    /// <summary>The email of the person the link is for, shown in the sidebar.</summary>
    public string? UserEmail { get; init; }

    /// <summary>Where the setup page sends the admin when done (for example the product's settings page).</summary>
    public Uri? RedirectUri { get; init; }
}
