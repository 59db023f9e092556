namespace Hub.Data.Model;

public enum MediaKind
{
    Article = 1,
    Video = 2,
}
