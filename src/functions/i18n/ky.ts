import { coreCatalog, lowerFirst } from "../../core";
import type { FunctionsCatalog } from "./catalog";

const core = coreCatalog("ky");

const q = (s: string): string => `«${s}»`;

export const ky: FunctionsCatalog = {
  lang: "ky",
  statusesNotVector:
    "Статустар бир мамычада (же бир сапта) болушу керек: ар бир чарага бир статус.",
  measuresShape: (s, m) =>
    `Ар бир статус уячасына бир чара уячасы туура келиши керек (статустар: ${s}, чаралар: ${m}).`,
  noMeasures: `Диапазондо чара жок, ошондуктан ${lowerFirst(core.executionLevel)} аныкталбайт.`,
  emptyCategory: (codes) =>
    `Статустун категориясын көрсөтүңүз: ${codes} же статустун жазылышы, мисалы ${q(core.statusNames.on_time)}.`,
  unknownCategory: (t, codes) =>
    `${q(t)} статустун категориясы эмес: ${codes} же статустун жазылышын, мисалы ${q(core.statusNames.on_time)} деп көрсөтүңүз.`,
  emptyDeadline: "Мөөнөт көрсөтүлгөн эмес.",
  noDeadlineEnd: (type) => `Бул мөөнөттүн бүтүү күнү жок (${type}).`,
  badAsOf: (t) =>
    `${q(t)} күнү түшүнүксүз: күнү бар уячаны көрсөтүңүз же кк.аа.жжжж түрүндө жазыңыз.`,
  badItemNumber: (t) => `${q(t)} пункттун номери эмес.`,
  argumentError: (e) => `Аргументте ${e} катасы бар: адегенде ошол уячаны оңдоңуз.`,
  badReceived: (t) =>
    t === ""
      ? "Акт алынган күндү бериңиз."
      : `${q(t)} — дата эмес: датасы бар уячаны бериңиз же кк.аа.жжжж деп жазыңыз.`,
  badDays: (t) => `${q(t)} — күндөрдүн саны эмес: 0дөн 3650гө чейинки бүтүн сан бериңиз.`,
  noMembersTable:
    "Диапазондо топтун мүчөлөрүнүн таблицасы жок: мүчөлөр барагынын баш сабын жана саптарын тандаңыз (аты-жөнү, категориясы, жынысы…).",
  groupCreatedArgument: "же аны формуланын экинчи аргументи, «түзүлгөн» катары бериңиз",
  groupOk: (n) => `Эскертүү жок: ${n} мүчө, курамы Типтүү жобого ылайык.`,
};
