using Hub.Data.Model;
using Hub.Schema.EnumLabels;
using Hub.Schema.Scalars;

namespace Hub.Schema.Projects;

public sealed class TargetGroupType : FlagsEnumerationGraphType<TargetGroups>
{
    public static readonly IReadOnlyDictionary<TargetGroups, EnumLabel> Labels = new Dictionary<TargetGroups, EnumLabel>
    {
        [TargetGroups.Elderly] = new("老年人", "Older people"),
        [TargetGroups.EmptyNestElderly] = new("空巢老人", "Empty-nest older people"),
        [TargetGroups.ElderlyLivingAlone] = new("独居老人", "Older people living alone"),
        [TargetGroups.Children] = new("儿童", "Children"),
        [TargetGroups.Youth] = new("青少年", "Young people"),
        [TargetGroups.Women] = new("妇女", "Women"),
        [TargetGroups.Families] = new("家庭", "Families"),
        [TargetGroups.Disabled] = new("残疾人", "People with disabilities"),
        [TargetGroups.IntellectualDisability] = new("智力障碍人士", "People with intellectual disabilities"),
        [TargetGroups.MentalDisability] = new("精神障碍人士", "People with mental disabilities"),
        [TargetGroups.SubsistenceAllowance] = new("低保对象", "Subsistence allowance recipients"),
        [TargetGroups.ExtremePoverty] = new("特困人员", "People in extreme poverty"),
        [TargetGroups.RelocatedResidents] = new("易地搬迁群众", "Relocated residents"),
        [TargetGroups.Caregivers] = new("照护者", "Caregivers"),
        [TargetGroups.LowIncome] = new("低收入群体", "Low-income residents"),
        [TargetGroups.Residents] = new("社区居民", "Residents"),
        [TargetGroups.Volunteers] = new("志愿者", "Volunteers"),
        [TargetGroups.MigrantChildren] = new("流动儿童", "Migrant children"),
    };

    public TargetGroupType()
        : base("TargetGroup", "Who a project serves.") => this.Labelled(Labels);
}
