using Teammeter.Hris.Operations;

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
            CreateTeam o => dto with { Team = o.TeamId, Name = o.Name },
            RenameTeam o => dto with { Team = o.TeamId, Name = o.NewName, PreviousName = o.OldName },
            CreateRole o => dto with { Role = o.Role },
            CreateUser o => dto with { FirstName = o.FirstName, LastName = o.LastName, Email = o.Email },
            UpdateUser o => dto with { MatchEmail = o.MatchEmail, Changes = [.. o.Changes.Select(c => new ChangeDto(c.Field, c.Before, c.After))] },
            AssignTeam o => dto with { Team = o.TeamId, PreviousTeam = o.PreviousTeamId },
            AssignRole o => dto with { Role = o.Role, PreviousRole = o.PreviousRole },
            SetManager o => dto with { Manager = o.ManagerId, PreviousManager = o.PreviousManagerId },
            ClearManager o => dto with { PreviousManager = o.PreviousManagerId },
            SendInvitation o => dto with { FirstName = o.FirstName, LastName = o.LastName, Email = o.Email, IdempotencyKey = o.IdempotencyKey },
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
}
