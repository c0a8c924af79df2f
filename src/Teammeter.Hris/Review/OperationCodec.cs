namespace Teammeter.Hris.Review;

/// <summary>Turns operations into their stored form and back.</summary>
internal static class OperationCodec
{
    public static OperationDto ToDto(SyncOperation operation, string why, ReviewOperationStatus status, string? hrFingerprint)
    {
        var dto = new OperationDto
        {
            Type = operation.Kind.ToString(),
            Reason = operation.Reason,
            Key = OperationKeys.Of(operation),
            Why = why,
            Status = status,
            HrFingerprint = hrFingerprint,
            Employee = OperationKeys.EmployeeOf(operation),
        };
        return operation switch
        {
            CreateTeam o => With(dto, team: o.TeamId, name: o.Name),
            RenameTeam o => With(dto, team: o.TeamId, name: o.NewName, previousName: o.OldName),
            CreateRole o => With(dto, role: o.Role),
            CreateUser o => With(dto, firstName: o.FirstName, lastName: o.LastName, email: o.Email),
            UpdateUser o => With(dto, matchEmail: o.MatchEmail, changes: [.. o.Changes.Select(c => new ChangeDto(c.Field, c.Before, c.After))]),
            AssignTeam o => With(dto, team: o.TeamId, previousTeam: o.PreviousTeamId),
            AssignRole o => With(dto, role: o.Role, previousRole: o.PreviousRole),
            SetManager o => With(dto, manager: o.ManagerId, previousManager: o.PreviousManagerId),
            ClearManager o => With(dto, previousManager: o.PreviousManagerId),
            SendInvitation o => With(dto, firstName: o.FirstName, lastName: o.LastName, email: o.Email, idempotencyKey: o.IdempotencyKey),
            _ => dto,
        };
    }

    /// <exception cref="FormatException">The stored operation cannot be read back (an unknown type or a missing id).</exception>
    public static SyncOperation FromDto(OperationDto dto)
    {
        if (!Enum.TryParse<SyncOperationKind>(dto.Type, ignoreCase: false, out var kind))
        {
            throw new FormatException($"A stored plan holds an operation of unknown type '{dto.Type}'.");
        }

        var employee = dto.Employee!;
        try
        {
            return kind switch
            {
                SyncOperationKind.CreateTeam => new CreateTeam(dto.Team!, dto.Name!, dto.Reason),
                SyncOperationKind.RenameTeam => new RenameTeam(dto.Team!, dto.PreviousName!, dto.Name!, dto.Reason),
                SyncOperationKind.CreateRole => new CreateRole(dto.Role!, dto.Reason),
                SyncOperationKind.CreateUser => new CreateUser(employee, dto.FirstName, dto.LastName, dto.Email, dto.Reason),
                SyncOperationKind.UpdateUser => new UpdateUser(employee, [.. (dto.Changes ?? []).Select(c => new UserFieldChange(c.Field, c.Before, c.After))], dto.Reason, dto.MatchEmail),
                SyncOperationKind.AssignTeam => new AssignTeam(employee, dto.Team, dto.PreviousTeam, dto.Reason),
                SyncOperationKind.AssignRole => new AssignRole(employee, dto.Role, dto.PreviousRole, dto.Reason),
                SyncOperationKind.SetManager => new SetManager(employee, dto.Manager!, dto.PreviousManager, dto.Reason),
                SyncOperationKind.ClearManager => new ClearManager(employee, dto.PreviousManager!, dto.Reason),
                SyncOperationKind.DeactivateUser => new DeactivateUser(employee, dto.Reason),
                SyncOperationKind.ReactivateUser => new ReactivateUser(employee, dto.Reason),
                _ => new SendInvitation(employee, dto.Email!, dto.FirstName, dto.LastName, dto.IdempotencyKey!, dto.Reason),
            };
        }
        catch (ArgumentException exception)
        {
            throw new FormatException($"A stored plan holds a {dto.Type} operation that cannot be read back: {exception.Message}", exception);
        }
    }

    private static OperationDto With(
        OperationDto dto,
        string? team = null,
        string? previousTeam = null,
        string? name = null,
        string? previousName = null,
        string? role = null,
        string? previousRole = null,
        string? manager = null,
        string? previousManager = null,
        string? firstName = null,
        string? lastName = null,
        string? email = null,
        string? idempotencyKey = null,
        string? matchEmail = null,
        List<ChangeDto>? changes = null) => new()
    {
        Type = dto.Type,
        Reason = dto.Reason,
        Key = dto.Key,
        Why = dto.Why,
        Status = dto.Status,
        HrFingerprint = dto.HrFingerprint,
        Employee = dto.Employee,
        Team = team,
        PreviousTeam = previousTeam,
        Name = name,
        PreviousName = previousName,
        Role = role,
        PreviousRole = previousRole,
        Manager = manager,
        PreviousManager = previousManager,
        FirstName = firstName,
        LastName = lastName,
        Email = email,
        IdempotencyKey = idempotencyKey,
        MatchEmail = matchEmail,
        Changes = changes,
    };
}
