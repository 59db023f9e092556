namespace Hub.Data.Model;

public class Indicator
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Label { get; set; }
    public required string LabelEn { get; set; }
    public required string Unit { get; set; }
    public IndicatorKind Kind { get; set; }
    public Sensitivity Sensitivity { get; set; }
    public int SortOrder { get; set; }
}
