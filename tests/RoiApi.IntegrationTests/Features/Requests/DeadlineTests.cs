using System.Net;
using RoiApi.Infrastructure.Auth;
using RoiApi.IntegrationTests.Infrastructure;
using UglyToad.PdfPig;

namespace RoiApi.IntegrationTests.Features.Requests;

/// <summary>The clocks walked with the fake clock: receipt on 2026-06-15 (day 0), due 2026-07-15 (day 30).</summary>
public sealed class DeadlineTests(ApiFactory api) : ApiTest(api)
{
    [Fact]
    public async Task Day_29_is_not_overdue_and_day_31_is()
    {
        var (flow, requestId) = await AccessRequestAsync();

        Api.Clock.Advance(TimeSpan.FromDays(29));
        var day29 = await (await flow.Staff.GetAsync($"/v1/requests/{requestId}")).ShouldBeAsync(HttpStatusCode.OK);
        var queue29 = await (await flow.Staff.GetAsync("/v1/requests?overdue=true")).ShouldBeAsync(HttpStatusCode.OK);
        Api.Clock.Advance(TimeSpan.FromDays(2));
        var day31 = await (await flow.Staff.GetAsync($"/v1/requests/{requestId}")).ShouldBeAsync(HttpStatusCode.OK);
        var queue31 = await (await flow.Staff.GetAsync("/v1/requests?overdue=true")).ShouldBeAsync(HttpStatusCode.OK);

        day29["clock"]!["day"]!.GetValue<int>().Should().Be(29);
        day29["clock"]!["overdue"]!.GetValue<bool>().Should().BeFalse();
        queue29["items"]!.AsArray().Should().BeEmpty();
        day31["clock"]!["day"]!.GetValue<int>().Should().Be(31);
        day31["clock"]!["overdue"]!.GetValue<bool>().Should().BeTrue();
        queue31["items"]!.AsArray().Select(i => i!["id"]!.GetValue<Guid>()).Should().Equal(requestId);
    }

    [Fact]
    public async Task An_extension_on_day_20_moves_the_due_date_and_writes_the_notice()
    {
        var (flow, requestId) = await AccessRequestAsync();
        Api.Clock.Advance(TimeSpan.FromDays(20));

        var extended = await flow.TransitionAsync(requestId, "extend", new { newDueDate = "2026-08-14", reason = "Records are held off-site and must be retrieved." });

        extended["dueDate"]!.GetValue<string>().Should().Be("2026-08-14");
        extended["clock"]!["originalDueDate"]!.GetValue<string>().Should().Be("2026-07-15");
        extended["clock"]!["of"]!.GetValue<int>().Should().Be(60);
        var notice = await flow.Staff.GetAsync($"/v1/requests/{requestId}/letters/extension");
        using var pdf = PdfDocument.Open(await notice.Content.ReadAsByteArrayAsync());
        string.Concat(pdf.GetPages().Select(p => p.Text)).Should().Contain("2026-08-14").And.Contain("off-site");
    }

    [Fact]
    public async Task An_extension_after_the_due_date_is_refused()
    {
        var (flow, requestId) = await AccessRequestAsync();
        Api.Clock.Advance(TimeSpan.FromDays(31));

        var problem = await flow.TransitionAsync(requestId, "extend", new { newDueDate = "2026-08-14", reason = "Late" }, HttpStatusCode.Conflict);

        problem["findings"]![0]!["code"]!.GetValue<string>().Should().Be("DEADLINE-PASSED");
    }

    [Fact]
    public async Task A_second_extension_is_refused()
    {
        var (flow, requestId) = await AccessRequestAsync();
        await flow.TransitionAsync(requestId, "extend", new { newDueDate = "2026-08-01", reason = "Off-site records" });

        var problem = await flow.TransitionAsync(requestId, "extend", new { newDueDate = "2026-08-10", reason = "Still waiting" }, HttpStatusCode.Conflict);

        problem["findings"]![0]!["code"]!.GetValue<string>().Should().Be("DEADLINE-ALREADY-EXTENDED");
    }

    [Fact]
    public async Task An_extension_beyond_30_days_is_400()
    {
        var (flow, requestId) = await AccessRequestAsync();

        var problem = await flow.TransitionAsync(requestId, "extend", new { newDueDate = "2026-08-15", reason = "Off-site records" }, HttpStatusCode.BadRequest);

        problem["findings"]![0]!["code"]!.GetValue<string>().Should().Be("DEADLINE-EXTENSION-TOO-LONG");
        problem["errors"]!["newDueDate"].Should().NotBeNull();
    }

    [Fact]
    public async Task A_shorter_state_clock_wins_over_the_federal_one()
    {
        var patient = await TestData.PatientWithRecordsAsync(Api);
        var portal = Api.ClientFor(Roles.Patient, patientId: patient.Id);
        var directive = new
        {
            legalBasis = "third_party_directive",
            recipient = new { name = "Dr. Second Opinion", address = "5 Clinic Road, Springfield, IL" },
            scope = new { from = "2024-01-01", to = "2025-12-31" },
            purpose = "Second opinion",
            deliveryMethod = "secure_email",
        };

        var created = await Lifecycle.SubmitAsync(portal, directive);

        created["dueDate"]!.GetValue<string>().Should().Be("2026-06-30");
        created["clock"]!["citation"]!.GetValue<string>().Should().Be("Example State Health Code 123.45");
        created["clock"]!["of"]!.GetValue<int>().Should().Be(15);
    }

    [Fact]
    public async Task The_work_queue_filters_by_due_date()
    {
        var (flow, requestId) = await AccessRequestAsync();

        var before = await (await flow.Staff.GetAsync("/v1/requests?dueBefore=2026-07-16&status=received")).ShouldBeAsync(HttpStatusCode.OK);
        var notYet = await (await flow.Staff.GetAsync("/v1/requests?dueBefore=2026-07-15")).ShouldBeAsync(HttpStatusCode.OK);

        before["items"]!.AsArray().Select(i => i!["id"]!.GetValue<Guid>()).Should().Equal(requestId);
        notYet["items"]!.AsArray().Should().BeEmpty();
    }

    private async Task<(Lifecycle Flow, Guid RequestId)> AccessRequestAsync()
    {
        var patient = await TestData.PatientWithRecordsAsync(Api);
        var requestId = (await Lifecycle.SubmitAsync(Api.ClientFor(Roles.Patient, patientId: patient.Id), Lifecycle.AccessRequest()))["id"]!.GetValue<Guid>();
        return (new Lifecycle(Api), requestId);
    }
}
