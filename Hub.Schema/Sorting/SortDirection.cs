namespace Hub.Schema.Sorting;

public enum SortDirection
{
    Asc,
    Desc,
}
