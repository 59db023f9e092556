using Hub.Data.Model;
using Hub.Schema.Scalars;

namespace Hub.Schema.Projects;

public sealed class ServiceAreaType() : FlagsEnumerationGraphType<ServiceAreas>(
    "ServiceArea",
    "The seven task areas of the national community social work service guide: 统筹社区照顾, 扩大社区参与, 促进社区融合, 促进社区发展, 参与社区矫正, 参与社区戒毒, 参与社区康复.");
