using Hub.Data.Model;
using Hub.Schema.Sorting;
using Hub.Schema.Stations;

namespace Hub.Schema.Activities;

public sealed class ActivitySortInputType : SortInputGraphType<Activity>
{
    public ActivitySortInputType()
        : base("ActivitySortInput", "activities", a => a.Id, SortKey.DescendingBy<Activity, DateOnly?>(a => a.OccurredOn))
    {
        Sort("occurredOn", a => a.OccurredOn);
        Sort("recordedAt", a => a.RecordedAt);
        Sort("title", a => a.Title);
        Sort("kind", a => a.Kind);
        Sort("participants", a => a.Participants);
        Sort("volunteers", a => a.Volunteers);
        Sort("volunteerHours", a => a.VolunteerHours);
        SortThrough<StationSortInputType>("station", a => a.Station);
    }
}
