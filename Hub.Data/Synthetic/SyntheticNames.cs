namespace Hub.Data.Synthetic;

/// <summary>Word lists the generator draws Chinese names from; real province names and codes, made-up places below them.</summary>
internal static class SyntheticNames
{
    /// <summary>The 31 provincial-level divisions with their NBS codes, 山东省 first so that a one-province dataset is Shandong-shaped.</summary>
    public static IReadOnlyList<(string Code, string Name)> Provinces { get; } =
    [
        ("37", "山东省"), ("11", "北京市"), ("12", "天津市"), ("13", "河北省"), ("14", "山西省"), ("15", "内蒙古自治区"),
        ("21", "辽宁省"), ("22", "吉林省"), ("23", "黑龙江省"), ("31", "上海市"), ("32", "江苏省"), ("33", "浙江省"),
        ("34", "安徽省"), ("35", "福建省"), ("36", "江西省"), ("41", "河南省"), ("42", "湖北省"), ("43", "湖南省"),
        ("44", "广东省"), ("45", "广西壮族自治区"), ("46", "海南省"), ("50", "重庆市"), ("51", "四川省"), ("52", "贵州省"),
        ("53", "云南省"), ("54", "西藏自治区"), ("61", "陕西省"), ("62", "甘肃省"), ("63", "青海省"), ("64", "宁夏回族自治区"),
        ("65", "新疆维吾尔自治区"),
    ];

    public static IReadOnlyList<string> PlaceFirst { get; } = Chars("安宝北昌城大东丰福高广和河华黄吉建江金锦井康乐利林龙明南宁平青清庆泉仁荣瑞山胜石寿顺泰桃天文西祥新兴阳永玉园长正中德沙柳梁马白云兰嘉");

    public static IReadOnlyList<string> PlaceSecond { get; } = Chars("安坝滨昌城川店丰峰港沟谷海河湖华桥江郊口岭隆楼门庙宁坪浦桥泉山水台塘亭湾王溪霞乡阳源苑寨州庄坡营集屯铺镇湾林园");

    public static IReadOnlyList<string> BrandPhrases { get; } =
    [
        "青翠拾光", "银发伙伴", "幸福家园", "暖心驿站", "邻里守望", "阳光成长", "同心共建", "益路同行", "乐龄时光", "花开有声",
        "薪火相传", "守护星", "暖阳行动", "和美邻里", "童心港湾", "红色引擎", "携手同行", "助残圆梦", "巾帼之家", "筑梦青春",
    ];

    public static IReadOnlyList<string> ProjectNames { get; } =
    [
        "筑爱暖巢", "益耆乐", "成长青轨线", "安心善居", "银龄互助", "四点半课堂", "邻里一家亲", "心灵加油站", "康复同行", "暖冬送温暖",
        "社区议事厅", "巧手工坊", "家庭教育支持", "健康小屋", "困境儿童关爱", "特困老人探访", "志愿者能力提升", "睦邻节", "融入新家园", "助餐送餐",
    ];

    public static IReadOnlyList<string> BlockNames { get; } = ["老有所学", "老有所乐", "老有所为", "健康管理", "精神慰藉", "能力建设", "社区融入", "亲子互动"];

    public static IReadOnlyList<string> GroupNames { get; } = ["手工小组", "太极小组", "读书小组", "合唱小组", "家长成长小组", "防跌倒小组", "书法小组", "剪纸小组"];

    public static IReadOnlyList<string> OutputResults { get; } = ["开展小组活动", "开展社区活动", "入户走访", "建立服务档案", "培育志愿者"];

    public static IReadOnlyList<string> OutcomeResults { get; } = ["服务对象满意度", "社区参与率", "孤独感量表得分下降", "志愿者留存率"];

    public static IReadOnlyList<string> CentreWords { get; } = ["和谐", "阳光", "向阳", "仁爱", "明德", "惠民", "同心", "春晖", "众爱", "睿诚", "乐群", "善道", "博爱", "启航", "知行"];

    public static IReadOnlyList<string> EnterpriseWords { get; } = ["鲁信", "华泰", "恒通", "金源", "瑞丰", "宏达", "新星", "东方", "润华", "中联"];

    public static IReadOnlyList<string> EnterpriseTrades { get; } = ["物业管理有限公司", "建设集团有限公司", "食品有限公司", "电力有限公司", "银行支行", "科技有限公司"];

    public static IReadOnlyList<string> ShopTrades { get; } = ["超市", "大药房", "理发店", "餐馆", "便利店", "眼镜店"];

    public static IReadOnlyList<string> HospitalTypes { get; } = ["人民医院", "中医院", "社区卫生服务中心", "康复医院", "口腔医院"];

    public static IReadOnlyList<string> SchoolTypes { get; } = ["小学", "实验中学", "幼儿园", "职业学校"];

    public static IReadOnlyList<string> SocialOrganizations { get; } = ["志愿者协会", "社会工作协会", "慈善总会", "老年人协会", "书画协会"];

    public static IReadOnlyList<string> GovernmentUnits { get; } = ["妇女联合会", "共青团委员会", "残疾人联合会", "司法所", "派出所", "卫生健康局"];

    public static IReadOnlyList<string> CommunityGroups { get; } = ["老年协会", "舞蹈队", "红袖标巡逻队", "楼长会"];

    public static IReadOnlyList<string> TeamFocus { get; } = ["助老", "助残", "环境保护", "邻里互助", "儿童陪伴", "文明劝导", "应急救援"];

    public static IReadOnlyList<string> Rooms { get; } = ["个案工作室", "小组活动室", "多功能厅", "心理咨询室", "儿童之家", "图书阅览室", "康复训练室", "办公室"];

    public static IReadOnlyList<string> Roads { get; } = ["路", "街", "大道", "巷"];

    public static IReadOnlyList<string> Outlets { get; } = ["山东省社会工作协会", "大众日报", "齐鲁晚报", "民政局公众号", "学习强国", "社工中国网"];

    public static IReadOnlyList<string> Grantors { get; } = ["省民政厅", "市民政局", "区民政局", "市社会工作协会"];

    public static IReadOnlyList<string> AwardGrades { get; } = ["金奖", "银奖", "铜奖", "优秀奖", "示范站"];

    /// <summary>Themed activities follow the calendar: festivals and awareness days of each month.</summary>
    public static IReadOnlyList<string> MonthThemes { get; } = ["元旦迎新", "新春送福", "学雷锋", "清明追思", "劳动节", "端午安康", "建党节", "防溺水安全", "中秋团圆", "重阳敬老", "消防安全", "冬至暖心"];

    /// <summary>Chinese names of the <see cref="Model.TargetGroups"/> flags, bit 0 first, with how often projects serve them.</summary>
    public static IReadOnlyList<(string Label, int Weight)> TargetGroups { get; } =
    [
        ("老年人", 12), ("空巢老人", 6), ("独居老人", 5), ("儿童", 10), ("青少年", 5), ("妇女", 5), ("家庭", 5), ("残疾人", 5), ("心智障碍人士", 2),
        ("精神障碍人士", 2), ("低保家庭", 4), ("特困人员", 3), ("易地搬迁群众", 2), ("照顾者", 2), ("低收入群体", 3), ("社区居民", 8), ("志愿者", 3), ("流动儿童", 2),
    ];

    /// <summary>Chinese names of the <see cref="Model.ServiceAreas"/> flags, bit 0 first, with how often projects work in them.</summary>
    public static IReadOnlyList<(string Label, int Weight)> ServiceAreas { get; } =
    [
        ("统筹社区照顾", 10), ("扩大社区参与", 6), ("促进社区融合", 5), ("促进社区发展", 5), ("参与社区矫正", 1), ("参与社区戒毒", 1), ("参与社区康复", 2),
    ];

    public static IReadOnlyList<string> CommunityEvents { get; } = ["邻里节", "居民议事协商会", "环境整治行动", "健康义诊", "便民服务日", "文艺汇演"];

    public static string Place(SyntheticRandom random) => random.Pick(PlaceFirst) + random.Pick(PlaceSecond);

    private static string[] Chars(string text) => text.Select(c => c.ToString()).Distinct().ToArray();
}
