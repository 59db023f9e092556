using Hub.Data.Model;

namespace Hub.Schema.Stations;

/// <summary>How to get in touch with a station, as <c>Station.contact</c> shows it to a caller allowed to see it.</summary>
public sealed record StationContact(string? Person, string? Phone, string? Email, string? Address, Visibility Visibility)
{
    /// <summary>The station's block; null when it records none of the four details.</summary>
    public static StationContact? Of(Station station)
    {
        ArgumentNullException.ThrowIfNull(station);
        return station is { ContactPerson: null, ContactPhone: null, ContactEmail: null, ContactAddress: null }
            ? null
            : new StationContact(station.ContactPerson, station.ContactPhone, station.ContactEmail, station.ContactAddress, station.ContactVisibility);
    }
}
