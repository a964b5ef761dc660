using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RoiApi.Common;
using RoiApi.Domain;
using RoiApi.Infrastructure.Audit;
using RoiApi.Infrastructure.Auth;
using RoiApi.Infrastructure.Persistence;

namespace RoiApi.Features.Requests;

/// <summary>A request for a patient's records arrives: a patient's own access request, a partner's request, or staff intake.</summary>
internal static class SubmitRequest
{
    internal sealed record Command(
        LegalBasis LegalBasis,
        ScopeInput Scope,
        string Purpose,
        DeliveryMethod DeliveryMethod,
        PatientIdentifiers? Patient = null,
        RecipientInput? Recipient = null,
        string? RequesterName = null,
        Guid? RequesterOrganizationId = null) : ICommand<Outcome<Transitioned>>;

    /// <summary>Who the records are about: the id, the MRN, or family name and birth date together. A patient caller may leave it empty.</summary>
    internal sealed record PatientIdentifiers(Guid? Id = null, string? Mrn = null, string? FamilyName = null, DateOnly? BirthDate = null);

    internal sealed record RecipientInput(string Name, string? Address = null);

    internal sealed record ScopeInput(DateOnly From, DateOnly To, IReadOnlyList<DocumentCategory>? Categories = null, string? Description = null);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Purpose).NotEmpty().MaximumLength(500);
            RuleFor(c => c.Scope.To).GreaterThanOrEqualTo(c => c.Scope.From).OverridePropertyName("scope.to").WithMessage("'scope.to' must not be before 'scope.from'.");
            RuleFor(c => c.Scope.Description).MaximumLength(2000).OverridePropertyName("scope.description");
            RuleFor(c => c.Recipient!.Name).NotEmpty().MaximumLength(200).OverridePropertyName("recipient.name").When(c => c.Recipient is not null);
            RuleFor(c => c.Recipient!.Address).MaximumLength(500).OverridePropertyName("recipient.address").When(c => c.Recipient is not null);
            RuleFor(c => c.Recipient).NotNull().OverridePropertyName("recipient")
                .When(c => c.LegalBasis != LegalBasis.IndividualAccess).WithMessage("A recipient is required unless patients request their own records.");
            RuleFor(c => c.RequesterName).MaximumLength(200);
            RuleFor(c => c.Patient!.Mrn).MaximumLength(32).OverridePropertyName("patient.mrn").When(c => c.Patient is not null);
            RuleFor(c => c.Patient!.FamilyName).MaximumLength(100).OverridePropertyName("patient.familyName").When(c => c.Patient is not null);
        }
    }

    internal sealed class Handler(RoiDbContext db, Caller caller, TimeProvider time, AuditTrail audit, IOptions<FacilityOptions> facility) : IRequestHandler<Command, Outcome<Transitioned>>
    {
        private static readonly LegalBasis[] PatientBases = [LegalBasis.IndividualAccess, LegalBasis.ThirdPartyDirective];

        public async Task<Outcome<Transitioned>> Handle(Command command, CancellationToken cancellationToken)
        {
            var refusal = CheckChannel(command);
            if (refusal is not null)
            {
                return refusal;
            }

            var patient = caller.Role == Roles.Patient
                ? await OwnRecordAsync(command.Patient, cancellationToken)
                : await FindPatientAsync(command.Patient ?? new PatientIdentifiers(), cancellationToken);
            if (patient is null)
            {
                return caller.Role == Roles.Patient
                    ? Failure.NotPermitted("Patients submit requests for their own records only.")
                    : new Failure(FailureKind.Unprocessable, "No single patient matches the identifiers given. Send the MRN, or family name and birth date.");
            }

            var organizationId = caller.Role == Roles.Partner ? caller.OrganizationId : command.RequesterOrganizationId;
            var (requesterKind, requesterName) = (caller.Role, organizationId) switch
            {
                (Roles.Patient, _) => (RequesterKind.Patient, patient.FullName),
                (_, { } org) => (RequesterKind.Organization, await OrganizationNameAsync(org, cancellationToken)),
                _ => (RequesterKind.Staff, command.RequesterName ?? "ROI office intake"),
            };
            if (requesterName is null)
            {
                return new Failure(FailureKind.Unprocessable, "Your organization is not registered with this facility.");
            }

            var now = time.GetUtcNow();
            var recipient = command.Recipient ?? new RecipientInput(patient.FullName, patient.Address.ToString());
            var request = DisclosureRequest.Submit(
                Guid.CreateVersion7(now),
                patient.Id,
                command.LegalBasis,
                requesterKind,
                organizationId,
                requesterName,
                recipient.Name,
                recipient.Address,
                new RequestScope(command.Scope.From, command.Scope.To, command.Scope.Categories ?? [], command.Scope.Description),
                command.Purpose,
                command.DeliveryMethod,
                Deadlines.DueDate(command.LegalBasis, now, facility.Value.Clocks),
                caller.Actor,
                now);
            db.Requests.Add(request);
            audit.Record(db, caller, "request.submitted", "disclosure_request", request.Id, patient.Id);
            return new Transitioned(request, now);
        }

        /// <summary>Who may submit which legal basis: patients their own access and directives, partners for their own organization.</summary>
        private Failure? CheckChannel(Command command) => caller.Role switch
        {
            Roles.Patient when !PatientBases.Contains(command.LegalBasis) =>
                Failure.NotPermitted("Patients submit access requests and directives to a third party; other legal bases come from the requester."),
            Roles.Patient when command.RequesterOrganizationId is not null =>
                Failure.NotPermitted("Patients submit requests for themselves."),
            Roles.Partner when PatientBases.Contains(command.LegalBasis) =>
                Failure.NotPermitted("Access requests and third-party directives come from the patient, not a partner."),
            Roles.Partner when command.RequesterOrganizationId is { } org && org != caller.OrganizationId =>
                Failure.NotPermitted("Partners submit requests for their own organization only."),
            _ => null,
        };

        /// <summary>A patient's own record; identifiers, when given, must all describe it (never a lookup of someone else).</summary>
        private async Task<Patient?> OwnRecordAsync(PatientIdentifiers? ids, CancellationToken cancellationToken)
        {
            var own = await db.Patients.AsNoTracking().SingleOrDefaultAsync(p => p.Id == caller.PatientId, cancellationToken);
            var matches = own is not null
                && (ids?.Id is null || ids.Id == own.Id)
                && (ids?.Mrn is null || ids.Mrn == own.Mrn)
                && (ids?.FamilyName is null || string.Equals(ids.FamilyName, own.FamilyName, StringComparison.OrdinalIgnoreCase))
                && (ids?.BirthDate is null || ids.BirthDate == own.BirthDate);
            return matches ? own : null;
        }

        private async Task<Patient?> FindPatientAsync(PatientIdentifiers ids, CancellationToken cancellationToken)
        {
            var patients = db.Patients.AsNoTracking();
            var query = (ids.Id, ids.Mrn, ids.FamilyName, ids.BirthDate) switch
            {
                ({ } id, _, _, _) => patients.Where(p => p.Id == id),
                (null, { } mrn, _, _) => patients.Where(p => p.Mrn == mrn),
                (null, null, { } family, { } birth) => patients.Where(p => EF.Functions.ILike(p.FamilyName, EscapeLike(family), @"\") && p.BirthDate == birth),
                _ => patients.Where(p => false),
            };
            var matches = await query.OrderBy(p => p.Id).Take(2).ToListAsync(cancellationToken);
            return matches.Count == 1 ? matches[0] : null;
        }

        private static string EscapeLike(string value) =>
            value.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);

        private Task<string?> OrganizationNameAsync(Guid organizationId, CancellationToken cancellationToken) =>
            db.Organizations.Where(o => o.Id == organizationId).Select(o => o.Name).SingleOrDefaultAsync(cancellationToken);
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/", async Task<Results<Created<RequestView>, ProblemHttpResult>> (Command command, IMediator mediator, HttpContext http, CancellationToken cancellationToken) =>
            {
                var outcome = await mediator.Send(command, cancellationToken);
                if (outcome.Failure is { } failure)
                {
                    return Problems.From(failure);
                }

                var (request, at) = outcome.Value!;
                http.SetETag(request.Version);
                return TypedResults.Created($"/v1/requests/{request.Id}", RequestView.From(request, at));
            })
            .WithName(nameof(SubmitRequest))
            .WithSummary("Submit a request for a patient's records")
            .WithDescription("Patients submit their own access requests and directives; partners submit under an authorization or legal process for their own organization; staff record mail and fax intake. The due date follows the legal basis.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
