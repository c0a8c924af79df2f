using System.Text.Json.Serialization;

namespace Teammeter.Hris.Apideck.Dtos;

/// <summary>The part of Apideck's <c>Employee</c> schema the sync reads (see <see cref="ApideckEmployeeFields"/>).</summary>
internal sealed class EmployeeDto
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("first_name")]
    public string? FirstName { get; set; }

    [JsonPropertyName("last_name")]
    public string? LastName { get; set; }

    [JsonPropertyName("emails")]
    public List<EmailDto>? Emails { get; set; }

    [JsonPropertyName("employment_status")]
    public string? EmploymentStatus { get; set; }

    [JsonPropertyName("employment_start_date")]
    public string? EmploymentStartDate { get; set; }

    [JsonPropertyName("employment_end_date")]
    public string? EmploymentEndDate { get; set; }

    [JsonPropertyName("title")]
    public string? Title { get; set; }

    [JsonPropertyName("jobs")]
    public List<JobDto>? Jobs { get; set; }

    [JsonPropertyName("team")]
    public TeamDto? Team { get; set; }

    [JsonPropertyName("department_id")]
    public string? DepartmentId { get; set; }

    [JsonPropertyName("department_name")]
    public string? DepartmentName { get; set; }

    [JsonPropertyName("manager")]
    public ManagerDto? Manager { get; set; }

    [JsonPropertyName("employment_role")]
    public EmploymentRoleDto? EmploymentRole { get; set; }

    [JsonPropertyName("company_id")]
    public string? CompanyId { get; set; }

    [JsonPropertyName("custom_fields")]
    public List<CustomFieldDto>? CustomFields { get; set; }

    [JsonPropertyName("employee_number")]
    public string? EmployeeNumber { get; set; }

    [JsonPropertyName("created_at")]
    [JsonConverter(typeof(LenientTimestampConverter))]
    public DateTimeOffset? CreatedAt { get; set; }

    [JsonPropertyName("updated_at")]
    [JsonConverter(typeof(LenientTimestampConverter))]
    public DateTimeOffset? UpdatedAt { get; set; }

    [JsonPropertyName("deleted")]
    public bool? Deleted { get; set; }
}
