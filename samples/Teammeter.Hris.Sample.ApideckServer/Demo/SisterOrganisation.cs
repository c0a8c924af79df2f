using System.Globalization;

namespace Teammeter.Hris.Sample.ApideckServer;

/// <summary>
/// "Fabrikam", Northwind's sister company with its own Personio: as many people, other HR ids (2001…), other team
/// ids (<c>f-…</c>) and other addresses. Served for Northwind's consumer id, it is the wrong connection a sync must
/// never write (issue 16): the customer's admin re-authorised Vault with the sister's Personio, or the backend's
/// consumer id maps to the wrong organisation (<see cref="ApideckTenants.ServeAs"/>).
/// </summary>
public static class SisterOrganisation
{
    /// <summary>The domain of the sister company's work emails.</summary>
    public const string EmailDomain = "fabrikam.example";

    private const int IdOffset = 1000;

    /// <summary>Creates the sister organisation as it is on <paramref name="today"/>.</summary>
    /// <param name="today">The demo's "today"; start and end dates are relative to it.</param>
    /// <returns>The employees, in id order; no HR id, team id, company id or email is one of Northwind's.</returns>
    public static IReadOnlyList<ApideckEmployee> Create(DateOnly today)
    {
        var northwind = DemoOrganisation.Create(today);
        var result = new List<ApideckEmployee>(northwind.Count);
        for (var i = 0; i < northwind.Count; i++)
        {
            var source = northwind[i];

            // Other people: each first name meets another row's last name.
            var lastName = northwind[(i + 7) % northwind.Count].LastName;
            result.Add(source with
            {
                Id = Shift(source.Id)!,
                LastName = lastName,
                Emails = [.. source.Emails.Select(e => e with { Email = Rewrite(e.Email, source.LastName, lastName) })],
                TeamId = source.TeamId is null ? null : "f-" + source.TeamId[2..],
                DepartmentId = source.DepartmentId is null ? null : "f-" + source.DepartmentId[2..],
                ManagerId = Shift(source.ManagerId),
                CompanyId = source.CompanyId is null ? null : "fb-" + source.CompanyId[3..],
                EmployeeNumber = "F" + Shift(source.Id),
            });
        }

        return result;
    }

    private static string? Shift(string? id) =>
        id is null ? null : (int.Parse(id, CultureInfo.InvariantCulture) + IdOffset).ToString(CultureInfo.InvariantCulture);

    private static string Rewrite(string email, string? oldLastName, string? newLastName)
    {
        var local = email[..email.IndexOf('@', StringComparison.Ordinal)];
        var dot = local.IndexOf('.', StringComparison.Ordinal);
        var first = dot < 0 ? local : local[..dot];
        var last = (newLastName ?? oldLastName ?? "x").ToLowerInvariant().Replace(" ", string.Empty, StringComparison.Ordinal);
        return $"{first}.{Ascii(last)}@{EmailDomain}";
    }

    private static string Ascii(string value) =>
        new([.. value.Normalize(System.Text.NormalizationForm.FormD).Where(c => c is >= 'a' and <= 'z' or '-')]);
}
