using Hub.Data.Model;
using Hub.Data.Stations;

namespace Hub.Data.Demo;

/// <summary>
/// Seed 000: a newspaper report on the social work projects of 二七新村街道 (济南市市中区), run by
/// 市中区群益社会组织服务孵化中心 under a purchase contract with the street office. The article gives
/// no year for its events ("今年3月份", "近日"), so nothing here carries a date. Its one figure, the 70 filed
/// grassroots organisations, needs a period all the same: 2016, the earliest year the text allows (the operator
/// was founded in 2015-12 and took the projects on "从今年开始"); the note says the year is inferred.
/// </summary>
internal static class ErqiXincunNewspaperReport
{
    public static void Load(SeedWriter w)
    {
        var operatorOrg = w.Add(new Organization
        {
            Name = "市中区群益社会组织服务孵化中心",
            Kind = OrganizationKind.SocialWorkServiceCentre,
            Founded = "2015-12",
            LegalForm = "民非",
            Region = w.Region("370103000000"),
            Description = "由街道优秀社工自筹资金成立的具有独立法人资格的民非企业，济南市首家具有社会组织服务、孵化功能的街道级社会组织；下设项目部、社会组织培育孵化部、规划统筹部等部门。",
        });

        // The centre signed with the street office "以政府购买社会组织服务项目的方式": the office is the purchaser.
        var streetOffice = w.Add(new Organization
        {
            Name = "二七新村街道办事处",
            Kind = OrganizationKind.StreetOffice,
            Region = w.Region("370103008000"),
        });

        var street = w.Region("370103008000");
        var station = w.Add(new Station
        {
            // The article names no 社工站; this is the centre the operator moved into to serve the street's communities.
            Name = "二七街道社会治理综合服务中心",
            Code = StationCode.For(street.Code, 1),
            Kind = StationKind.Street,
            Region = street,
            District = w.Region("370103000000"),
            Operator = operatorOrg,
            Funder = streetOffice,
            Description = "市中区群益社会组织服务孵化中心以政府购买社会组织服务项目的方式与二七新村街道办事处签约，正式入驻二七街道社会治理综合服务中心，承担各社区的社工项目，为七个社区打造五大类7个社会工作专业项目。",
        });

        var chenzhuang = w.Region("370103008007");
        var jiannan = w.Region("370103008003");
        var jianxin = w.Region("370103008009");
        var liangbei = w.Region("370103008006");
        var liangnan = w.Region("370103008005");
        var tieyi = w.Region("370103008001");
        var tieer = w.Region("370103008002");

        // The paper's only figure about a community: "铁一社区总人口5283人，其中女性3247人" (the women have no field).
        tieyi.Population = 5283;

        var zhuai = w.Add(new Project
        {
            Name = "筑爱暖巢",
            Station = station,
            Summary = "陈庄社区“筑爱暖巢”空巢老人精神慰藉社工服务项目：以社区教育和参与式互助为主要方式，开展以精神缅怀为主的系列活动，经过主题小组、日常探访、互助支持网络满足老年人晚年精神生活需求，培育社区志愿者队伍。",
            TargetGroups = TargetGroups.Elderly | TargetGroups.EmptyNestElderly,
        });
        zhuai.Communities.Add(chenzhuang);

        var aiNuan = w.Add(new Project
        {
            Name = "爱暖夕阳",
            Station = station,
            Summary = "建南社区“爱暖夕阳”老年人精神慰藉项目：针对高龄、残疾及独居老人的情感疏离和低龄老人退休后的失落感，链接整合社区资源，重建老人社会生活功能，以老养老。",
            TargetGroups = TargetGroups.Elderly | TargetGroups.Disabled | TargetGroups.ElderlyLivingAlone,
        });
        aiNuan.Communities.Add(jiannan);
        var learn = w.Component(aiNuan, "老有所学", ProjectComponentKind.Block, "学习小组，为老年人提供交友与学习的平台");
        w.Component(aiNuan, "快乐串串珠", ProjectComponentKind.Group, parent: learn);
        w.Component(aiNuan, "快乐用脑", ProjectComponentKind.Group, parent: learn);
        w.Component(aiNuan, "老有所乐", ProjectComponentKind.Block, "组织多样的社区活动，丰富老年生活");
        w.Component(aiNuan, "老有所为", ProjectComponentKind.Block, "组建社区为老服务志愿队伍");

        var yiQiLe = w.Add(new Project
        {
            Name = "益耆乐",
            Station = station,
            Summary = "铁二社区“益耆乐”老年人互助关爱项目：通过专业的“社区照顾模式”动员社区志愿力量，建立老年人社区互助体系。",
            TargetGroups = TargetGroups.Elderly,
            ServiceAreas = ServiceAreas.CommunityCare,
        });
        yiQiLe.Communities.Add(tieer);
        var leGo = w.Component(yiQiLe, "乐GO", ProjectComponentKind.Block, "以情感陪护为主题，满足社区老年人情感需求，提供精神慰藉");
        w.Component(yiQiLe, "私人定制", ProjectComponentKind.Programme, parent: leGo);
        w.Component(yiQiLe, "乐文图说", ProjectComponentKind.Programme, parent: leGo);
        var leHuo = w.Component(yiQiLe, "乐活", ProjectComponentKind.Block, "通过参与互助方式依托社区组织开展服务");
        w.Component(yiQiLe, "田园艺术团", ProjectComponentKind.Group, parent: leHuo);
        w.Component(yiQiLe, "泡泡堂电脑班", ProjectComponentKind.Group, parent: leHuo);
        w.Component(yiQiLe, "乐老头手机班", ProjectComponentKind.Group, parent: leHuo);

        var yueLinBrand = w.Add(new Brand
        {
            Name = "悦邻宜家",
            Station = station,
            Description = "建新社区“悦邻宜家”社区老年服务品牌",
        });
        var yueLin = w.Add(new Project
        {
            Name = "悦邻宜家",
            Station = station,
            Brand = yueLinBrand,
            Summary = "建新社区“悦邻宜家”社区老年服务项目：以提升社区老年人能力建设、增强邻里关怀、构建和谐社区为目标，开展常规小组活动、节日社区活动，成立老年话聊室，建立社区网络平台。",
            TargetGroups = TargetGroups.Elderly,
        });
        yueLin.Communities.Add(jianxin);
        w.Component(yueLin, "越“学”越年轻", ProjectComponentKind.Block);
        w.Component(yueLin, "越“动”越健康", ProjectComponentKind.Block);
        w.Component(yueLin, "越“聊”越开心", ProjectComponentKind.Block);
        w.Component(yueLin, "越“连”越相近", ProjectComponentKind.Block);
        w.Component(yueLin, "“爱疯”手机班", ProjectComponentKind.Group);
        w.Component(yueLin, "“爱上深呼吸”老年瑜伽班", ProjectComponentKind.Group);
        w.Component(yueLin, "“重返二十岁”老年自拍大赛", ProjectComponentKind.Programme);

        var qingGui = w.Add(new Project
        {
            Name = "成长青轨线",
            Station = station,
            Summary = "梁北社区“成长青轨线”儿童青少年成长服务项目：依托梁北社区居委会已有服务设施，面向社区儿童青少年及其家庭，将社区打造成儿童青少年“爱的家园”。",
            TargetGroups = TargetGroups.Children | TargetGroups.Youth | TargetGroups.Families,
        });
        qingGui.Communities.Add(liangbei);
        w.Component(qingGui, "快乐学习", ProjectComponentKind.Block);
        w.Component(qingGui, "大手牵小手", ProjectComponentKind.Block);
        w.Component(qingGui, "个性青春、和谐相处", ProjectComponentKind.Block);

        var huiXian = w.Add(new Project
        {
            Name = "慧娴雅聚",
            Station = station,
            Summary = "铁一社区“慧娴雅聚”女性互助项目：铁一社区总人口5283人，其中女性3247人；发掘服务对象自身优势，培养社区领袖，形成社区妇女互助网络。",
            TargetGroups = TargetGroups.Women,
        });
        huiXian.Communities.Add(tieyi);
        var hui = w.Component(huiXian, "慧", ProjectComponentKind.Block, "定期开展手工学习小组，拓展知识技能领域");
        w.Component(huiXian, "丝网花手工学习小组", ProjectComponentKind.Group, parent: hui);
        w.Component(huiXian, "娴", ProjectComponentKind.Block, "整合资源以提供个案支持");
        var ya = w.Component(huiXian, "雅", ProjectComponentKind.Block, "建立社区舞蹈队等团体，增进雅致生活");
        w.Component(huiXian, "社区舞蹈队", ProjectComponentKind.Group, parent: ya);
        w.Component(huiXian, "聚", ProjectComponentKind.Block, "以节日为节点聚集服务对象开展社区活动");

        var youLin = w.Add(new Project
        {
            Name = "友邻互助",
            Station = station,
            Summary = "梁南社区“友邻互助”社工服务项目：通过兴趣活动小组调动居民参与社区活动积极性，点线面结合推进社区兴趣小组、节点活动、社区志愿队伍建设。",
            TargetGroups = TargetGroups.Residents,
        });
        youLin.Communities.Add(liangnan);
        w.Component(youLin, "社区兴趣小组", ProjectComponentKind.Block, "以居民需要为立足点开展社区兴趣小组活动");
        w.Component(youLin, "节点活动", ProjectComponentKind.Block, "以重大节日为活动线开展社区节庆活动");
        w.Component(youLin, "社区志愿队伍建设", ProjectComponentKind.Block, "以志愿服务为项目面建立社区志愿者队伍");

        w.Add(new VolunteerTeam
        {
            // The article says only "志愿服务队" of 梁南社区; the name adds nothing but its community.
            Name = "梁南社区志愿服务队",
            Station = station,
            Region = liangnan,
            Focus = "上门剪发、义务修车",
        });

        w.Partner(station, "济南市中区社会组织总会", PartnerKind.SocialOrganization,
            "与中心合作联盟做草根自组织孵化器，培育和孵化社会组织领袖、社区自组织团体和会员单位");
        w.Partner(station, "山东女子学院", PartnerKind.University,
            "与中心签订实习就业基地育人计划，储备专业化人才资源");

        w.Observe(station, 201600, ObservationSource.Other, "social_organizations_filed", 70,
            "现有备案在册草根自组织70家；报道未注明年份，按中心2015年12月成立、“从今年开始”承担项目推定为2016年");

        w.Activity(station, ActivityKind.CommunityWork, "二七新村街道春季老年人趣味运动会");

        w.Add(new MediaReport
        {
            Station = station,
            Kind = MediaKind.Article,
            Title = "新社工服务项目，您还满意吗？",
            Author = "王倩",
        });
    }
}
