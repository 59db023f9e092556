// Chinese and English labels of the enum values the boards show. The schema has no enumLabels query yet
// (issue 14 item 6); when it has, the boards should read these from it instead.
export const activityKinds = {
  CASE_WORK: ['个案服务', 'Case work'],
  COMMUNITY_WORK: ['社区活动', 'Community work'],
  GROUP_WORK: ['小组活动', 'Group work'],
  HOME_VISIT: ['走访', 'Home visit'],
  NEEDS_SURVEY: ['需求调研', 'Needs survey'],
  PUBLICITY: ['宣传', 'Publicity'],
  SUPERVISION: ['督导', 'Supervision'],
  THEMED_ACTIVITY: ['主题活动', 'Themed activity'],
  TRAINING: ['培训', 'Training'],
  VOLUNTEER_SERVICE: ['志愿服务', 'Volunteer service'],
};

export const regionLevels = {
  PROVINCE: ['省', 'Province'],
  CITY: ['市', 'City'],
  DISTRICT: ['区/县', 'District'],
  STREET: ['街道/乡镇', 'Street'],
  COMMUNITY: ['社区/村', 'Community'],
};

/** The Chinese label, or the value itself for one this page does not know yet. */
export const zh = (labels, value) => labels[value]?.[0] ?? value;
export const en = (labels, value) => labels[value]?.[1] ?? value;

// The catalogue's units are English words; a lobby reads them in Chinese.
export const units = {
  activities: ['场', 'activities'],
  hours: ['小时', 'hours'],
  'person-times': ['人次', 'person-times'],
  times: ['次', 'times'],
  people: ['人', 'people'],
  households: ['户', 'households'],
  sessions: ['场', 'sessions'],
  projects: ['个', 'projects'],
  teams: ['支', 'teams'],
  organisations: ['家', 'organisations'],
};
