using System.Net;
using System.Text.Json.Nodes;
using RoiApi.Infrastructure.Auth;
using RoiApi.IntegrationTests.Infrastructure;

namespace RoiApi.IntegrationTests.Features.Requests;

/// <summary>Cursor paging: signed, bound to the caller and to the filters, with a bounded limit.</summary>
public sealed class ListRequestsTests(ApiFactory api) : ApiTest(api)
{
    [Fact]
    public async Task Paging_through_five_requests_two_at_a_time_returns_each_exactly_once()
    {
        var (portal, submitted) = await FiveRequestsAsync();
        var seen = new List<Guid>();
        var pages = 0;
        string? cursor = null;

        do
        {
            var page = await GetPageAsync(portal, "/v1/requests?limit=2", cursor);
            seen.AddRange(page["items"]!.AsArray().Select(i => i!["id"]!.GetValue<Guid>()));
            cursor = page["nextCursor"]?.GetValue<string>();
            pages++;
        }
        while (cursor is not null && pages < 10);

        pages.Should().Be(3);
        seen.Should().OnlyHaveUniqueItems().And.BeEquivalentTo(submitted);
        seen.Select(id => id.ToString("N")).Should().BeInDescendingOrder(StringComparer.Ordinal, "newest first");
    }

    [Fact]
    public async Task A_tampered_cursor_is_400_invalid_cursor()
    {
        var (portal, _) = await FiveRequestsAsync();
        var cursor = (await GetPageAsync(portal, "/v1/requests?limit=2"))["nextCursor"]!.GetValue<string>();
        var middle = cursor.Length / 2;
        var tampered = cursor[..middle] + (cursor[middle] == 'A' ? 'B' : 'A') + cursor[(middle + 1)..];

        var problem = await (await portal.GetAsync($"/v1/requests?limit=2&cursor={tampered}")).ShouldBeAsync(HttpStatusCode.BadRequest);

        problem["type"]!.GetValue<string>().Should().Be("/problems/invalid-cursor");
    }

    [Theory]
    [InlineData("bm90IGEgY3Vyc29y")]
    [InlineData("%%%")]
    public async Task A_cursor_this_api_never_issued_is_400_invalid_cursor(string cursor)
    {
        var problem = await (await Api.ClientFor(Roles.RoiSpecialist).GetAsync($"/v1/requests?cursor={cursor}")).ShouldBeAsync(HttpStatusCode.BadRequest);

        problem["type"]!.GetValue<string>().Should().Be("/problems/invalid-cursor");
    }

    [Fact]
    public async Task Another_callers_cursor_is_400_invalid_cursor()
    {
        var (portal, _) = await FiveRequestsAsync();
        var cursor = (await GetPageAsync(portal, "/v1/requests?limit=2"))["nextCursor"]!.GetValue<string>();

        var problem = await (await Api.ClientFor(Roles.RoiSpecialist).GetAsync($"/v1/requests?limit=2&cursor={cursor}")).ShouldBeAsync(HttpStatusCode.BadRequest);

        problem["type"]!.GetValue<string>().Should().Be("/problems/invalid-cursor");
    }

    [Fact]
    public async Task A_cursor_sent_back_with_other_filters_is_400_invalid_cursor()
    {
        var (_, submitted) = await FiveRequestsAsync();
        var patientId = await Api.InDbAsync(db => Task.FromResult(db.Requests.Where(r => r.Id == submitted[0]).Select(r => r.PatientId).Single()));
        var staff = Api.ClientFor(Roles.RoiSpecialist);
        var cursor = (await GetPageAsync(staff, $"/v1/requests?limit=2&patientId={patientId}"))["nextCursor"]!.GetValue<string>();

        var withoutFilter = await staff.GetAsync($"/v1/requests?limit=2&cursor={cursor}");
        var otherFilter = await staff.GetAsync($"/v1/requests?limit=2&patientId={Guid.CreateVersion7()}&cursor={cursor}");
        var sameFilter = await staff.GetAsync($"/v1/requests?limit=2&patientId={patientId}&cursor={cursor}");

        (await withoutFilter.ShouldBeAsync(HttpStatusCode.BadRequest))["type"]!.GetValue<string>().Should().Be("/problems/invalid-cursor");
        (await otherFilter.ShouldBeAsync(HttpStatusCode.BadRequest))["type"]!.GetValue<string>().Should().Be("/problems/invalid-cursor");
        (await sameFilter.ShouldBeAsync(HttpStatusCode.OK))["items"]!.AsArray().Should().HaveCount(2);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(201)]
    public async Task Limit_outside_1_to_200_is_400(int limit)
    {
        var problem = await (await Api.ClientFor(Roles.RoiSpecialist).GetAsync($"/v1/requests?limit={limit}")).ShouldBeAsync(HttpStatusCode.BadRequest);

        problem["type"]!.GetValue<string>().Should().Be("/problems/invalid-request");
        problem["errors"]!.AsObject().Select(e => e.Key).Should().Contain("limit");
    }

    private async Task<(HttpClient Portal, List<Guid> Submitted)> FiveRequestsAsync()
    {
        var patient = await TestData.PatientWithRecordsAsync(Api);
        var portal = Api.ClientFor(Roles.Patient, patientId: patient.Id);
        var submitted = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            submitted.Add((await Lifecycle.SubmitAsync(portal, Lifecycle.AccessRequest()))["id"]!.GetValue<Guid>());
        }

        return (portal, submitted);
    }

    private static async Task<JsonNode> GetPageAsync(HttpClient client, string url, string? cursor = null) =>
        await (await client.GetAsync(cursor is null ? url : $"{url}&cursor={Uri.EscapeDataString(cursor)}")).ShouldBeAsync(HttpStatusCode.OK);
}
