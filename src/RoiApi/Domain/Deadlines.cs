namespace RoiApi.Domain;

/// <summary>The clocks of a request. Calendar days (HHS guidance on 164.524(b)(2)); the due date is a date in UTC.</summary>
public static class Deadlines
{
    public static DateOnly DueDate(LegalBasis basis, DateTimeOffset receivedAt) =>
        DateOnly.FromDateTime(receivedAt.UtcDateTime).AddDays(LegalBasisPolicy.For(basis).ClockDays);

    /// <summary>"Day N of M": day 1 is the day of receipt.</summary>
    public static (int Day, int Of) DayOf(DateTimeOffset receivedAt, DateOnly dueDate, DateTimeOffset now)
    {
        var received = DateOnly.FromDateTime(receivedAt.UtcDateTime);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return (today.DayNumber - received.DayNumber + 1, dueDate.DayNumber - received.DayNumber);
    }
}
