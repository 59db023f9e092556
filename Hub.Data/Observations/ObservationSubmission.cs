using Hub.Data.Model;
using Hub.Data.Periods;

namespace Hub.Data.Observations;

/// <summary>
/// One reported figure to store: a station's value of an indicator for a month or a year. A given
/// <see cref="ExpectedVersion"/> makes the write conditional (0: the figure must be new).
/// </summary>
public sealed record ObservationSubmission(
    int Row,
    int StationId,
    string IndicatorCode,
    ReportingPeriod Period,
    decimal Value,
    int? ExpectedVersion = null,
    ObservationStatus Status = ObservationStatus.Normal,
    string? Note = null);
