/**
 * Labels of the native menu and dialogs. They live in main because the menu
 * exists before the renderer loads; the language follows the app's setting.
 */
const en = {
  file: 'File',
  newProject: 'New Project…',
  openProject: 'Open Project…',
  saveCopy: 'Save a Copy…',
  /** In File > Export Data. */
  exportJson: 'Project JSON…',
  exportPdf: 'Export PDF…',
  exportImage: 'Export Image…',
  exportData: 'Export Data',
  painPointsCsv: 'Pain Points (CSV)…',
  painPointsXlsx: 'Pain Points (Excel)…',
  gapsCsv: 'Gaps (CSV)…',
  gapsXlsx: 'Gaps (Excel)…',
  metricsCsv: 'Metrics (CSV)…',
  metricsXlsx: 'Metrics (Excel)…',
  closeProject: 'Close Project',
  quit: 'Quit',
  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select All',
  view: 'View',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  resetZoom: 'Reset Zoom',
  fullScreen: 'Toggle Full Screen',
  devTools: 'Toggle Developer Tools',
  help: 'Help',
  about: 'About Journey Studio',
  projectFileType: 'Journey Studio Project',
  untitledProject: 'Untitled project',
  csvFileType: 'CSV (comma-separated values)',
  xlsxFileType: 'Excel workbook',
  sheetFileType: 'Spreadsheet (CSV, TSV, Excel)',
  untitledTable: 'Table',
};

export type MenuLabels = typeof en;

const zhCN: MenuLabels = {
  file: '文件',
  newProject: '新建项目…',
  openProject: '打开项目…',
  saveCopy: '另存副本…',
  exportJson: '项目 JSON…',
  exportPdf: '导出 PDF…',
  exportImage: '导出图片…',
  exportData: '导出数据',
  painPointsCsv: '痛点（CSV）…',
  painPointsXlsx: '痛点（Excel）…',
  gapsCsv: '差距（CSV）…',
  gapsXlsx: '差距（Excel）…',
  metricsCsv: '指标（CSV）…',
  metricsXlsx: '指标（Excel）…',
  closeProject: '关闭项目',
  quit: '退出',
  edit: '编辑',
  undo: '撤销',
  redo: '重做',
  cut: '剪切',
  copy: '复制',
  paste: '粘贴',
  selectAll: '全选',
  view: '视图',
  zoomIn: '放大',
  zoomOut: '缩小',
  resetZoom: '重置缩放',
  fullScreen: '切换全屏',
  devTools: '切换开发者工具',
  help: '帮助',
  about: '关于 Journey Studio',
  projectFileType: 'Journey Studio 项目',
  untitledProject: '未命名项目',
  csvFileType: 'CSV（逗号分隔值）',
  xlsxFileType: 'Excel 工作簿',
  sheetFileType: '表格文件（CSV、TSV、Excel）',
  untitledTable: '表格',
};

/** The labels for a language setting, falling back to the OS locale and then English. */
export const menuLabelsFor = (language: string | null, osLocale: string): MenuLabels => {
  const chosen = language ?? osLocale;
  return chosen.toLowerCase().startsWith('zh') ? zhCN : en;
};
