namespace Hub.Data.Access;

/// <summary>A write touched a station outside the caller's <see cref="StationWriteScope"/>; nothing was stored.</summary>
public sealed class StationWriteForbiddenException : Exception
{
    public StationWriteForbiddenException()
        : base("The change touches a station the caller may not write for.")
    {
    }

    public StationWriteForbiddenException(string message)
        : base(message)
    {
    }

    public StationWriteForbiddenException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StationWriteForbiddenException(int allowedStationId)
        : base($"Station staff write only for their own station; the change touches another station, so nothing was stored (allowed: station {allowedStationId}).")
    {
    }
}
