using GraphQL.Types;
using Hub.Schema.Activities;
using Hub.Schema.Audit;
using Hub.Schema.Brands;
using Hub.Schema.Comparisons;
using Hub.Schema.EnumLabels;
using Hub.Schema.Indicators;
using Hub.Schema.Partners;
using Hub.Schema.Projects;
using Hub.Schema.PublicProjects;
using Hub.Schema.Regions;
using Hub.Schema.Relay;
using Hub.Schema.Stations;

namespace Hub.Schema.Query;

/// <summary>The root of every read; each feature folder adds its own root fields.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        this.AddNodeQueries();
        this.AddRegionQueries();
        this.AddStationQueries();
        this.AddBrandQueries();
        this.AddProjectQueries();
        this.AddPartnerQueries();
        this.AddActivityQueries();
        this.AddIndicatorQueries();
        this.AddComparisonQueries();
        this.AddPublicProjectQueries();
        this.AddEnumLabelQueries();
        this.AddAuditQueries();
    }
}
