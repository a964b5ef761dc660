using RoiApi.Domain;

namespace RoiApi.UnitTests.Requests;

/// <summary>The clocks of 45 CFR 164.524(b)(2) and 164.528(c)(1), and shorter state clocks, as a table.</summary>
public class DeadlineRulesTests
{
    private static readonly DateTimeOffset Received = new(2026, 6, 15, 23, 30, 0, TimeSpan.Zero);

    private static readonly ClockRule FifteenDayDirectives = new() { Name = "15-day rule", Citation = "State 15", LegalBases = [LegalBasis.ThirdPartyDirective], Days = 15 };
    private static readonly ClockRule FortyDayAccess = new() { Name = "40-day rule", Citation = "State 40", LegalBases = [LegalBasis.IndividualAccess], Days = 40 };
    private static readonly ClockRule FiveDayAccess = new() { Name = "5-day rule", Citation = "State 5", LegalBases = [LegalBasis.IndividualAccess], Days = 5 };

    public static TheoryData<string, LegalBasis, ClockRule[], string, string> DueDates => new()
    {
        { "access: 30 calendar days after receipt", LegalBasis.IndividualAccess, [], "2026-07-15", "45 CFR 164.524(b)(2)" },
        { "directive: 30 days", LegalBasis.ThirdPartyDirective, [], "2026-07-15", "45 CFR 164.524(b)(2)" },
        { "authorization: the facility's policy clock", LegalBasis.Authorization, [], "2026-07-15", "facility policy" },
        { "a shorter state clock wins", LegalBasis.ThirdPartyDirective, [FifteenDayDirectives], "2026-06-30", "State 15" },
        { "a longer state clock never extends the federal one", LegalBasis.IndividualAccess, [FortyDayAccess], "2026-07-15", "45 CFR 164.524(b)(2)" },
        { "the earliest of several applicable clocks wins", LegalBasis.IndividualAccess, [FortyDayAccess, FiveDayAccess], "2026-06-20", "State 5" },
        { "a state clock for another basis does not apply", LegalBasis.IndividualAccess, [FifteenDayDirectives], "2026-07-15", "45 CFR 164.524(b)(2)" },
    };

    [Theory]
    [MemberData(nameof(DueDates))]
    public void Due_date_is_the_earliest_applicable_deadline(string situation, LegalBasis basis, ClockRule[] rules, string due, string citation)
    {
        var clock = Deadlines.DueDate(basis, Received, rules);

        clock.Should().Be(new Clock(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), citation), situation);
    }

    public static TheoryData<string, bool, string, string, string?, string?> Extensions => new()
    {
        { "on day 20, 30 days more, with reasons", false, "2026-07-05", "2026-08-14", "records off-site", null },
        { "on the due date itself", false, "2026-07-15", "2026-08-14", "records off-site", null },
        { "the day after the due date", false, "2026-07-16", "2026-08-14", "records off-site", "DEADLINE-PASSED" },
        { "a second extension", true, "2026-07-05", "2026-08-14", "records off-site", "DEADLINE-ALREADY-EXTENDED" },
        { "31 days more", false, "2026-07-05", "2026-08-15", "records off-site", "DEADLINE-EXTENSION-TOO-LONG" },
        { "a new date not after the due date", false, "2026-07-05", "2026-07-15", "records off-site", "DEADLINE-EXTENSION-NOT-LATER" },
        { "no written reasons", false, "2026-07-05", "2026-08-14", " ", "DEADLINE-EXTENSION-REASON" },
    };

    [Theory]
    [MemberData(nameof(Extensions))]
    public void One_extension_of_at_most_30_days_before_the_due_date(string situation, bool alreadyExtended, string today, string newDue, string? reason, string? refusal)
    {
        var result = Deadlines.CheckExtension(new DateOnly(2026, 7, 15), alreadyExtended, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(newDue, System.Globalization.CultureInfo.InvariantCulture), reason);

        result?.Code.Should().Be(refusal, situation);
        (result is null).Should().Be(refusal is null, situation);
    }

    [Theory]
    [InlineData(0, 0, false)]
    [InlineData(29, 29, false)]
    [InlineData(30, 30, false)]
    [InlineData(31, 31, true)]
    public void Day_N_of_M_counts_from_the_day_after_receipt(int daysLater, int day, bool overdue)
    {
        var now = Received.AddDays(daysLater);

        Deadlines.DayOf(Received, new DateOnly(2026, 7, 15), now).Should().Be((day, 30));
        Deadlines.IsOverdue(new DateOnly(2026, 7, 15), RequestStatus.InReview, now).Should().Be(overdue);
    }

    [Fact]
    public void A_closed_request_is_never_overdue() =>
        Deadlines.IsOverdue(new DateOnly(2026, 7, 15), RequestStatus.Released, Received.AddDays(90)).Should().BeFalse();

    [Fact]
    public void An_accounting_is_due_60_days_after_the_request() =>
        Deadlines.AccountingDueDate(Received).Should().Be(new DateOnly(2026, 8, 14));
}
