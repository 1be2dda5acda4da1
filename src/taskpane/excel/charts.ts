/**
 * Native Excel charts: the consolidation's execution level per body as a clustered bar chart
 * (ExcelApi 1.1 charts; the categories from another column and the reversed category order need 1.7).
 */
import type { BarChartSpec, CellBlock } from "../port";
import { excelRun } from "./host";

export function blockRange(sheet: Excel.Worksheet, b: CellBlock): Excel.Range {
  return sheet.getRangeByIndexes(b.top, b.left, b.bottom - b.top + 1, b.right - b.left + 1);
}

/**
 * Syncs: 2 — the sheet's charts are listed, then a chart of the same name is deleted (Excel allows
 * several charts of one name, so consolidating again would double it) and the new one added,
 * whatever the number of bars.
 */
export async function addBarChart(sheet: string, chart: BarChartSpec): Promise<boolean> {
  await excelRun(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    // eslint-disable-next-line office-addins/load-object-before-read, office-addins/call-sync-before-read -- a navigation property (the chart collection), nothing to load
    const charts = ws.charts;
    charts.load("items/name");
    await context.sync();
    for (const old of charts.items) if (old.name === chart.name) old.delete();
    const added = charts.add("BarClustered", blockRange(ws, chart.values), "Columns");
    added.name = chart.name;
    added.title.text = chart.title;
    added.legend.visible = false;
    const series = added.series.getItemAt(0);
    series.name = chart.seriesName;
    series.setXAxisValues(blockRange(ws, chart.categories));
    // Bars are drawn bottom-up; reversed, the first row of the table is the top bar.
    added.axes.categoryAxis.reversePlotOrder = true;
    added.axes.valueAxis.minimum = chart.min;
    added.axes.valueAxis.maximum = chart.max;
    added.dataLabels.showValue = true;
    const p = chart.placement;
    added.setPosition(ws.getRangeByIndexes(p.top, p.left, 1, 1), ws.getRangeByIndexes(p.bottom, p.right, 1, 1));
    await context.sync();
  });
  return true;
}
