import { coreCatalog, upperFirst } from "../../../core";
import type { PlanPaneCatalog } from "./catalog";

const lead = coreCatalog("ky").roleNames.lead;

const q = (s: string): string => `«${s}»`;

export const ky: PlanPaneCatalog = {
  lang: "ky",
  table1: {
    heading: "Пландан 1-таблица",
    intro:
      "Иш-чаралар планынын китебин жана органыңызды тандаңыз: орган аткаруучу болгон ар бир пункт ролу менен жаңы 1-таблицага көчүрүлөт; статус жана аткарылган күнү сиз үчүн бош калат.",
    body: "Орган",
    bodyHint: "Пландагы аткаруучулар, толук аталыштары пландын кыскартуулар тизмесинен.",
    bodyItems: (n, l) => `${n} пункт, ${lead} — ${l}`,
    create: "1-таблицаны түзүү",
    creating: "1-таблица түзүлүүдө…",
    created: (where, n, l) =>
      `1-таблица даяр: ${q(where)}, ${n} пункт (${lead} — ${l}). План жана орган аны менен кошо сакталды.`,
    downloadNote: (f) => `Жаңы ${q(f)} китеби жүктөлүп алынды жана ушул бетте ачык.`,
  },
  file: {
    choose: "Пландын китебин тандоо",
    drop: "же бул жерге таштаңыз",
    reading: "План окулууда…",
    chosen: (f, title, years, n) => `${f}: ${title} (${years}, ${n} пункт)`,
    clear: "Плансыз",
  },
  consolidate: {
    label: "Иш-чаралар планы (милдеттүү эмес)",
    hint: "Пландын китеби менен ар бир пункттун аткаруучулары отчеттор менен салыштырылат, пландагы органдар күтүлгөн органдар болот.",
    leadNotReportedHeading: (n) => `${upperFirst(lead)} отчет бербеген пункттар (${n})`,
    leadNotReportedItem: (no, lead) => `${no}: ${lead}`,
    completenessSheet: (s) =>
      `Ар бир пункттун аткаруучулары жана алардын отчеттору ${q(s)} барагында.`,
  },
};
