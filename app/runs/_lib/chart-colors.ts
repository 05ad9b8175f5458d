// Series colors shared by every chart: training vs validation, and run A vs run B when compared.
export const CHART_COLORS = {
  train: "#3b5bdb",
  validation: "#d9480f",
  time: "#5f3dc4",
  samples: "#2b8a3e",
  short: "#b42318",
  expected: "#1f2328",
  runA: "#3b5bdb",
  runB: "#d9480f",
  diagonal: "#8a8f98",
} as const;
