-- The limit of the roll-up benchmark (bench/run-rollups.sh): every district × indicator × year of the bench
-- database pre-aggregated into one scratch table, bench_district_year, built from the base rows with the hub's
-- rules. A year is a station's yearly report where it has one, otherwise its months (FLOW: their sum, STOCK: the
-- last reported month); a district adds up its stations and counts those that reported; every station of the
-- district is expected. Cells nobody reported are kept (NULL value, 0 reporting) so that a read is one index
-- range, as a dashboard's table would be. Built under another name and swapped in, so a reader never sees half.
DROP TABLE IF EXISTS bench_district_year_next;
CREATE TABLE bench_district_year_next (
    IndicatorId int NOT NULL,
    Year int NOT NULL,
    DistrictId int NOT NULL,
    ScaledValue bigint NULL,
    ReportingStations int NOT NULL,
    ExpectedStations int NOT NULL,
    PRIMARY KEY (IndicatorId, Year, DistrictId)
) ENGINE = InnoDB;

INSERT INTO bench_district_year_next (IndicatorId, Year, DistrictId, ScaledValue, ReportingStations, ExpectedStations)
SELECT i.Id, y.Year, d.Id, pd.Total, COALESCE(pd.Reporting, 0), COALESCE(e.Expected, 0)
FROM Regions d
CROSS JOIN Indicators i
CROSS JOIN (SELECT DISTINCT Period DIV 100 AS Year FROM Observations) y
LEFT JOIN (SELECT DistrictId, COUNT(*) AS Expected FROM Stations GROUP BY DistrictId) e ON e.DistrictId = d.Id
LEFT JOIN (
    SELECT s.DistrictId, p.IndicatorId, p.Year, SUM(p.Value) AS Total, COUNT(*) AS Reporting
    FROM (
        SELECT o.StationId, o.IndicatorId, o.Period DIV 100 AS Year,
               CASE
                   WHEN MAX(o.Period MOD 100 = 0) = 1 THEN MAX(CASE WHEN o.Period MOD 100 = 0 THEN o.ScaledValue END)
                   WHEN MIN(k.Kind) = 1 THEN SUM(o.ScaledValue)
                   ELSE CAST(SUBSTRING_INDEX(GROUP_CONCAT(o.ScaledValue ORDER BY o.Period DESC), ',', 1) AS SIGNED)
               END AS Value
        FROM Observations o
        JOIN Indicators k ON k.Id = o.IndicatorId
        GROUP BY o.StationId, o.IndicatorId, o.Period DIV 100
    ) p
    JOIN Stations s ON s.Id = p.StationId
    GROUP BY s.DistrictId, p.IndicatorId, p.Year
) pd ON pd.DistrictId = d.Id AND pd.IndicatorId = i.Id AND pd.Year = y.Year
WHERE d.Level = 3;

DROP TABLE IF EXISTS bench_district_year;
RENAME TABLE bench_district_year_next TO bench_district_year;
