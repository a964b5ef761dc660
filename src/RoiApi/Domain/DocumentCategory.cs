namespace RoiApi.Domain;

/// <summary>What kind of record a document is. Psychotherapy and SUD counseling notes are never released except under evidence dedicated to them.</summary>
public enum DocumentCategory
{
    DischargeSummary,
    ProgressNote,
    LabResult,
    ImagingReport,
    MedicationList,
    BillingRecord,
    PsychotherapyNote,
    SudCounselingNote,
}
