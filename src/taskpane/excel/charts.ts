/**
 * Native Excel charts: the consolidation's execution level per body as a clustered bar chart, and
 * over several periods each body's level per period as a line chart (ExcelApi 1.1 charts; the
 * categories from another range and the reversed category order need 1.7).
 */
import type { BarChartSpec, CellBlock, LineChartSpec } from "../port";
import { excelRun } from "./host";

export function blockRange(sheet: Excel.Worksheet, b: CellBlock): Excel.Range {
  return sheet.getRangeByIndexes(b.top, b.left, b.bottom - b.top + 1, b.right - b.left + 1);
}

/** The bar chart of one column of levels (syncs: 2, whatever the number of bars). */
export async function addBarChart(sheet: string, chart: BarChartSpec): Promise<boolean> {
  await replaceChart(
    sheet,
    chart.name,
    (ws, charts) => {
      const added = charts.add("BarClustered", blockRange(ws, chart.values), "Columns");
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
      return added;
    },
    chart.placement
  );
  return true;
}

/** The line chart, one series per row of `values` (syncs: 2, whatever the number of lines). */
export async function addLineChart(sheet: string, chart: LineChartSpec): Promise<boolean> {
  await replaceChart(
    sheet,
    chart.name,
    (ws, charts) => {
      const added = charts.add("Line", blockRange(ws, chart.values), "Rows");
      added.title.text = chart.title;
      added.legend.visible = true;
      added.legend.position = "Bottom";
      const categories = blockRange(ws, chart.categories);
      chart.seriesNames.forEach((name, i) => {
        const series = added.series.getItemAt(i);
        series.name = name;
        series.setXAxisValues(categories);
      });
      added.axes.valueAxis.minimum = chart.min;
      added.axes.valueAxis.maximum = chart.max;
      return added;
    },
    chart.placement
  );
  return true;
}

/**
 * List the sheet's charts, delete those named `name` (Excel allows several charts of one name, so
 * consolidating again would double it), add the new one, name and place it: 2 syncs.
 */
async function replaceChart(
  sheet: string,
  name: string,
  add: (ws: Excel.Worksheet, charts: Excel.ChartCollection) => Excel.Chart,
  p: CellBlock
): Promise<void> {
  await excelRun(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    // eslint-disable-next-line office-addins/load-object-before-read, office-addins/call-sync-before-read -- a navigation property (the chart collection), nothing to load
    const charts = ws.charts;
    charts.load("items/name");
    await context.sync();
    for (const old of charts.items) if (old.name === name) old.delete();
    const added = add(ws, charts);
    added.name = name;
    added.setPosition(
      ws.getRangeByIndexes(p.top, p.left, 1, 1),
      ws.getRangeByIndexes(p.bottom, p.right, 1, 1)
    );
    await context.sync();
  });
}
