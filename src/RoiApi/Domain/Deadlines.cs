namespace RoiApi.Domain;

/// <summary>A jurisdiction's shorter clock for some legal bases, from configuration (<c>Facility:Clocks</c>). Calendar days.</summary>
public sealed class ClockRule
{
    public string Name { get; set; } = "";

    public string Citation { get; set; } = "";

    public List<LegalBasis> LegalBases { get; set; } = [];

    public int Days { get; set; }
}

/// <summary>A due date and the rule that set it.</summary>
public sealed record Clock(DateOnly DueDate, string Citation);

/// <summary>Why an extension is refused: the code and citation travel into the problem body and the timeline.</summary>
public sealed record ExtensionRefusal(string Code, string Citation, string Message, bool IsBadInput);

/// <summary>
/// The clocks of a request: calendar days (HHS guidance on 164.524(b)(2)), dates in UTC, counted from the day
/// after receipt. The earliest applicable deadline wins: a state rule shorter than the federal one sets the due date.
/// </summary>
public static class Deadlines
{
    public const int MaxExtensionDays = 30;
    public const int AccountingDays = 60;
    private const string AccessCitation = "45 CFR 164.524(b)(2)";

    public static Clock DueDate(LegalBasis basis, DateTimeOffset receivedAt, IEnumerable<ClockRule> stateRules)
    {
        var received = DateOnly.FromDateTime(receivedAt.UtcDateTime);
        var policy = LegalBasisPolicy.For(basis);
        var federal = new Clock(received.AddDays(policy.ClockDays), basis is LegalBasis.IndividualAccess or LegalBasis.ThirdPartyDirective ? AccessCitation : "facility policy");
        return stateRules
            .Where(r => r.Days > 0 && r.LegalBases.Contains(basis))
            .Select(r => new Clock(received.AddDays(r.Days), r.Citation))
            .Where(c => c.DueDate < federal.DueDate)
            .OrderBy(c => c.DueDate)
            .FirstOrDefault() ?? federal;
    }

    /// <summary>
    /// 164.524(b)(2)(ii): one extension of at most 30 days, given in writing before the first deadline passes, with
    /// the reasons and the new date. The same discipline is applied to every legal basis.
    /// </summary>
    public static ExtensionRefusal? CheckExtension(DateOnly dueDate, bool alreadyExtended, DateOnly today, DateOnly newDueDate, string? reason)
    {
        if (alreadyExtended)
        {
            return new("DEADLINE-ALREADY-EXTENDED", "45 CFR 164.524(b)(2)(ii)", "The due date was already extended once; only one extension is allowed.", false);
        }

        if (today > dueDate)
        {
            return new("DEADLINE-PASSED", "45 CFR 164.524(b)(2)(ii)", "The extension must be given before the due date; the due date has passed.", false);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return new("DEADLINE-EXTENSION-REASON", "45 CFR 164.524(b)(2)(ii)(A)", "Give the reasons for the delay in writing.", true);
        }

        if (newDueDate <= dueDate)
        {
            return new("DEADLINE-EXTENSION-NOT-LATER", "45 CFR 164.524(b)(2)(ii)", "The new date must be after the current due date.", true);
        }

        return newDueDate > dueDate.AddDays(MaxExtensionDays)
            ? new("DEADLINE-EXTENSION-TOO-LONG", "45 CFR 164.524(b)(2)(ii)", $"An extension may add at most {MaxExtensionDays} days.", true)
            : null;
    }

    /// <summary>164.528(c)(1): an accounting is due within 60 days of the request (one 30-day extension allowed).</summary>
    public static DateOnly AccountingDueDate(DateTimeOffset receivedAt) => DateOnly.FromDateTime(receivedAt.UtcDateTime).AddDays(AccountingDays);

    /// <summary>
    /// "Day N of M": N calendar days have passed since receipt (the day of receipt is day 0, the due date day M);
    /// day M + 1 is overdue.
    /// </summary>
    public static (int Day, int Of) DayOf(DateTimeOffset receivedAt, DateOnly dueDate, DateTimeOffset now)
    {
        var received = DateOnly.FromDateTime(receivedAt.UtcDateTime);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return (today.DayNumber - received.DayNumber, dueDate.DayNumber - received.DayNumber);
    }

    public static bool IsOverdue(DateOnly dueDate, RequestStatus status, DateTimeOffset now) =>
        !RequestStateMachine.IsTerminal(status) && DateOnly.FromDateTime(now.UtcDateTime) > dueDate;
}
