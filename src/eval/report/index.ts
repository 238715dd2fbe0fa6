/**
 * HAAS-e run reports: one `RunReport` rendered as self-contained HTML, JSON, CSV and JUnit XML.
 * Rendering is pure; `writeReports` is the only function that touches the disk.
 */
export { renderHtml, type HtmlOptions } from './html.js';
export { renderJson, REPORT_SCHEMA } from './json.js';
export { renderCsv, renderJudgmentsCsv, SCORE_COLUMNS, JUDGMENT_COLUMNS } from './csv.js';
export { renderJunit } from './junit.js';
export { writeReports, REPORT_FILES, type ReportPaths } from './write.js';
export { reportCharts, renderChartSvg, type ReportChart } from './charts.js';
export { DEFAULT_DETAIL_LIMIT, selectDetailScenarios, asaRank } from './selection.js';
