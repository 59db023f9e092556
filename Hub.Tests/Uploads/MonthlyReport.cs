using System.Globalization;
using System.Text;

namespace Hub.Tests.Uploads;

/// <summary>
/// A large, valid monthly-report CSV for one station: four FLOW indicators for every month of a century, each row
/// with a long note, about 1 MB and 4,800 figures (under the importer's 10,000). The value of a month is
/// <see cref="ValueOf"/>, so a test can check any figure it reads back.
/// </summary>
public static class MonthlyReport
{
    public static readonly string[] Indicators = ["news_articles", "videos_published", "training_sessions", "needs_surveys"];

    public const int FirstYear = 2100;

    public const int Years = 100;

    public static int Rows => Indicators.Length * Years * 12;

    public static int ValueOf(int indicator, int year, int month) => (indicator + 1) * 100 + (year % 50) + month;

    public static byte[] Csv(string stationName)
    {
        var text = new StringBuilder("站点,指标代码,期间,数值,备注\n");
        for (var year = FirstYear; year < FirstYear + Years; year++)
        {
            for (var month = 1; month <= 12; month++)
            {
                for (var indicator = 0; indicator < Indicators.Length; indicator++)
                {
                    var note = $"{year}年{month}月 {Indicators[indicator]} 月报备注 ".PadRight(190, '.');
                    text.Append(CultureInfo.InvariantCulture, $"{stationName},{Indicators[indicator]},{year}-{month:00},{ValueOf(indicator, year, month)},{note}\n");
                }
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
