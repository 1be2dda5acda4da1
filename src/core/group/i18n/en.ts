import type { GroupCatalog } from "./catalog";
import { en as core } from "../../i18n/en";

const q = (s: string | undefined): string => `“${s ?? ""}”`;
const who = (name: string | undefined): string => (name ? ` (${name})` : "");

export const en: GroupCatalog = {
  lang: "en",
  issue: {
    "group-size": (a) =>
      `The group has ${a.n} members: it must have from ${a.min} to ${a.max} (Typical Regulation 5.2.1).`,
    "group-even": (a) =>
      `The group has ${a.n} members, an even number: the number of members must be odd (5.2.1).`,
    "member-under-18": (a) =>
      `Member${who(a.name)} is under 18 on the group's creation date ${a.date} (5.2.1).`,
    "municipal-share": (a) =>
      `Municipal employees: ${a.count} of ${a.n}; at least ${a.min} (a quarter) are required (5.2.3).`,
    "deputy-share": (a) =>
      `Local council deputies: ${a.count} of ${a.n}; a quarter is required, ${a.min === a.max ? a.min : `${a.min} or ${a.max}`} (5.2.3).`,
    "citizen-share": (a) =>
      `Citizens and representatives of their associations: ${a.count} of ${a.n}; at least ${a.min} (half) are required (5.2.3).`,
    "sex-share": (a) =>
      `${a.sex === "female" ? "Women" : "Men"} are ${a.count} of ${a.n} (${a.share} %): people of one sex may not be more than 70 % (5.2.3).`,
    "no-chair": (a) =>
      a.count === 0
        ? "No member is marked as the chair: the group has exactly one chair (5.4.6)."
        : `More than one chair (${a.count})${who(a.name)}: the group has exactly one chair (5.4.6).`,
    "term-expiring": (a) =>
      `The group's term ends on ${a.date}, in ${a.days} days: prepare the council's decision on the new composition (5.3.1).`,
    "term-expired": (a) =>
      `The group's term ended on ${a.date} (four years from its creation, 5.3.1).`,
    "first-meeting-late": (a) =>
      a.date
        ? `The first meeting was held on ${a.date}, after the limit ${a.due} (10 working days from creation, 5.3.2).`
        : `No first meeting is recorded; it was due by ${a.due} (10 working days from creation, 5.3.2).`,
    "no-quorum": (a) =>
      `The meeting of ${a.date} had ${a.count} of ${a.n} members present: it counts only with at least ${a.min} (more than half, 7.2.3).`,
    "quarter-without-meeting": (a) =>
      `No meeting with a quorum in ${a.quarter}: the group meets at least once a quarter.`,
    "act-missing-part": (a) =>
      a.no !== undefined
        ? `Act ${a.no}: the part “${a.part ? en.partNames[a.part] : ""}” is empty; an act states it (8.1).`
        : `The acts register has no column for “${a.part ? en.partNames[a.part] : ""}”, which every act states (8.1).`,
    "response-overdue": (a) =>
      a.date
        ? `Act ${a.no}: the object answered on ${a.date}, after the limit ${a.due} (${a.days} working days, 4.3).`
        : `Act ${a.no}: no answer from the object; it was due by ${a.due} (${a.days} working days, 4.3).`,
    "council-report-overdue": (a) =>
      a.date
        ? `Act ${a.no}: the council was informed on ${a.date}, after the limit ${a.due} (${a.days} calendar days, 4.3).`
        : `Act ${a.no}: the executive body has not informed the council; it was due by ${a.due} (${a.days} calendar days, 4.3).`,
    "missing-column": () =>
      "The members sheet has no category column: add one (municipal employee, deputy or citizen) so the shares can be checked.",
    "missing-category": (a) =>
      `The category of the member${who(a.name)} is empty: write municipal employee, deputy or citizen.`,
    "unknown-category": (a) =>
      `The category ${q(a.text)}${who(a.name)} is not recognised: write municipal employee, deputy or citizen.`,
    "missing-sex": (a) =>
      `The sex of the member${who(a.name)} is not written and cannot be told from the name.`,
    "unknown-sex": (a) =>
      `The sex ${q(a.text)}${who(a.name)} is not recognised: write female or male (F / M).`,
    "sex-inferred": (a) =>
      `The sex of ${a.name} is not written; taken as ${a.sex === "female" ? "female" : "male"} from the name: please write it.`,
    "unparsed-date": (a) => `${q(a.text)} is not a date: write it as 17.09.2024.`,
    "missing-birth-date": (a) =>
      a.name
        ? `The birth date of ${a.name} is empty: age 18 cannot be checked.`
        : "The members sheet has no birth date or age column: age 18 cannot be checked.",
    "missing-creation-date": (a) =>
      `The group's creation date is not found: write “Created: dd.mm.yyyy” above the members table${a.alternative ? ` (${a.alternative})` : ""}.`,
    "unparsed-present": (a) => `${q(a.text)}: write how many members were present (a number).`,
    "duplicate-act": (a) => `Act number ${a.no} is used again (first in row ${a.n}).`,
    "unknown-day-kind": (a) =>
      `${q(a.text)} is not a kind of day: write holiday, day off or working day; taken as a holiday.`,
    "no-sheet": (a) =>
      `The workbook has no ${a.sheetKind ? en.sheetKindNames[a.sheetKind] : ""} sheet${a.sheetKind === "holidays" ? ": the holidays Atkaruu ships were used" : ""}.`,
  },
  noMembers: (file) =>
    `No members sheet was found${file ? ` in ${file}` : ""}: the group workbook needs a table with the members' names, categories and sex (atkaruu template --kind group makes a blank one).`,
  summary: {
    members: (total, municipal, deputies, citizens, women, men) =>
      `Members: ${total} (municipal employees — ${municipal}, deputies — ${deputies}, citizens — ${citizens}; women — ${women}, men — ${men})`,
    meetings: (held, withQuorum) => `Meetings: ${held} (with a quorum — ${withQuorum})`,
    acts: (total, onTime, late, missing) =>
      `Acts: ${total} (answered on time — ${onTime}, late — ${late}, missing — ${missing})`,
    created: (date, end) => `Created: ${date}; term until ${end}`,
    createdUnknown: "Creation date unknown",
    planLevel: (level) => `${core.executionLevel} of the local plan: ${level}`,
  },
  categoryNames: {
    municipal: "municipal employee",
    deputy: "local council deputy",
    citizen: "citizen",
  },
  sexNames: { female: "female", male: "male" },
  partNames: {
    purpose: "purpose",
    subject: "subject",
    object: "object",
    place: "place",
    period: "dates",
    findings: "results (facts, findings)",
    recommendations: "recommendations and proposals",
  },
  dayKindNames: {
    holiday: "holiday",
    "day-off": "day off (moved)",
    "working-day": "working day (moved)",
  },
  holidayNames: {
    "new-year": "New Year",
    "new-year-holidays": "New Year holidays",
    christmas: "Orthodox Christmas",
    "defenders-day": "Defender of the Fatherland Day",
    "womens-day": "International Women's Day",
    nooruz: "Nooruz",
    "april-revolution": "Day of the April People's Revolution",
    "labour-day": "Labour Day",
    "constitution-day": "Constitution Day",
    "victory-day": "Victory Day",
    "may-holidays": "May holidays",
    "independence-day": "Independence Day",
    "history-memory-days": "Days of History and Remembrance of Ancestors",
    "orozo-ait": "Orozo Ait",
    "kurman-ait": "Kurman Ait",
    "moved-day-off": "day off moved from a weekend",
    "extra-day-off": "extra day off",
  },
  sheetKindNames: {
    members: "members",
    meetings: "meetings",
    workPlan: "work plan",
    acts: "acts register",
    holidays: "holidays",
  },
  period: {
    half: (year, half) => `${half === 1 ? "first" : "second"} half of ${year}`,
    year: (year) => `${year}`,
    quarter: (year, q) => `Q${q} ${year}`,
  },
  sheetNames: {
    members: "Members",
    meetings: "Meetings",
    workPlan: "Work plan",
    acts: "Acts",
    holidays: "Holidays",
  },
  headers: {
    members: {
      no: "No.",
      name: "Full name",
      category: "Category",
      sex: "Sex",
      birth: "Date of birth",
      age: "Age",
      position: "Position, place of work",
      role: "Role in the group",
    },
    meetings: {
      no: "No.",
      date: "Date",
      present: "Members present",
      agenda: "Agenda",
      minutes: "Minutes signed",
    },
    workPlan: {
      no: "No.",
      object: "Object of monitoring",
      subject: "Subject",
      method: "Method",
      when: "Dates",
    },
    acts: {
      no: "No.",
      date: "Date of the act",
      purpose: "Purpose",
      object: "Object",
      subject: "Subject",
      place: "Place",
      period: "Period (dates)",
      findings: "Results (facts, findings)",
      recommendations: "Recommendations and proposals",
      attachments: "Attachments",
      delivered: "Date delivered",
      responded: "Object's response date",
      council: "Date reported to the council",
      measures: "Measures taken",
    },
    holidays: { date: "Date", kind: "Kind", name: "Name", source: "Source" },
  },
  template: {
    membersTitle: "Joint monitoring and evaluation group: members",
    createdLabel: "Created:",
    meetingsTitle: "Meetings of the group",
    workPlanTitle: "Monitoring work plan",
    actsTitle: "Register of monitoring and evaluation acts",
    holidaysTitle: "Holidays and moved days (for counting working days)",
    fixedNote:
      "The Labour Code's fixed holidays are always counted; list here Orozo Ait, Kurman Ait and the days the Cabinet moves.",
    roleChoices: ["chair", "deputy chair", "secretary", "member"],
    yesNo: ["yes", "no"],
    listErrorTitle: "Atkaruu",
    listError: "Choose a value from the list.",
  },
  act: {
    sheetName: (no) => `Act No. ${no}`.trim(),
    title: (no) => `ACT No. ${no} of joint monitoring and evaluation`,
    dateLine: (date) => `Date: ${date}`,
    group: "Joint monitoring and evaluation group",
    deliveredTo: "Sent to",
    deliveredList:
      "the object of monitoring; the executive body of local self-government; the local council (8.2)",
    attachments: "Attachments (minutes, photos, visual materials)",
    none: "—",
    responseNote: (due) =>
      `The object informs the executive body (copy to the group) of the causes and planned measures within 10 working days of receiving the act: by ${due}.`,
    councilNote: (due) =>
      `The executive body informs the local council of the measures taken within 30 calendar days: by ${due}.`,
    chairSignature: (name) => `Chair of the group: ____________ ${name}`,
    membersSignature: "Members of the group: ____________",
    basis: "Typical Regulation on joint monitoring and evaluation, section 8.1",
  },
  report: {
    sheetName: (period) => `Summary report ${period}`.trim(),
    title: (period) =>
      `Summary report of the joint monitoring and evaluation group for the ${period}`,
    dates: (from, to) => `Period: ${from} – ${to}`,
    basis: "Typical Regulation, sections 7.3.1 and 8.1, 8.5",
    sectionMeetings: "1. Meetings",
    meetingsHeld: "Meetings held",
    meetingsWithQuorum: "of them with a quorum",
    sectionActs: "2. Acts",
    actsTotal: "Acts drawn up",
    objects: "Objects monitored",
    recommendations: "Recommendations given (acts with recommendations)",
    sectionResponses: "3. Responses of the objects and of the executive body",
    responsesOnTime: "Objects answered on time",
    responsesLate: "Objects answered late",
    responsesMissing: "No answer after the limit",
    responsesPending: "Answer not yet due",
    councilOnTime: "Council informed on time",
    councilLate: "Council informed late",
    councilMissing: "Council not informed after the limit",
    actHeaders: [
      "No.",
      "Date",
      "Object",
      "Recommendations",
      "Response",
      "Council informed",
      "Measures taken",
    ],
    answerNames: {
      on_time: "on time",
      late: "late",
      missing: "missing",
      pending: "not yet due",
      unknown: "not delivered",
    },
    sectionPlan: "4. The local plan",
    planWorkItems: "Monitorings planned in the period",
    planLevel: (completed, total) =>
      `${core.executionLevel} of the plan, % (${completed} of ${total} measures completed)`,
    planLevelUndefined: `${core.executionLevel} of the plan: ${core.annex2.levelUndefined}`,
    planNotGiven: "The plan's Table 1 was not given.",
    noActs: "No acts in this period.",
    chairSignature: (name) => `Chair of the group: ____________ ${name}`,
  },
  composition: {
    sheetName: "Composition summary",
    title:
      "Composition of the joint monitoring and evaluation group against the Typical Regulation (5.2)",
    created: (date) => `Created: ${date}`,
    createdUnknown: "Creation date: not given",
    headers: ["Indicator", "Members", "Share, %", "Required", "Met"],
    rowTotal: "Members in total",
    rowMunicipal: "Municipal employees",
    rowDeputies: "Local council deputies",
    rowCitizens: "Citizens and their associations",
    rowWomen: "Women",
    rowMen: "Men",
    rowChair: "Chair",
    ruleSize: "5 to 15",
    ruleOdd: "odd",
    ruleMunicipal: (min) => `at least ${min}`,
    ruleDeputies: (min, max) => (min === max ? `${min}` : `${min} or ${max}`),
    ruleCitizens: (min) => `at least ${min}`,
    ruleSex: (max) => `at most ${max} (70 %)`,
    ruleChair: "exactly 1",
    met: "yes",
    notMet: "NO",
    membersHeading: "Members",
    memberHeaders: ["No.", "Full name", "Category", "Sex", "Role in the group"],
    basis: "Attachment to the local council's decision on the group's composition",
  },
};
