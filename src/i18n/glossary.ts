/**
 * The field's terms in English and Simplified Chinese: the one glossary every layer uses (function
 * metadata, error messages, the task pane, the analysis sheet, the demo). Sources of the Chinese
 * terms: docs/glossary.md. English entries equal the labels the method already prints (region
 * names, coordination classes: test/i18n/glossary.test.ts checks them against src/core).
 *
 * Users' own names (indicators, areas, subsystems) are never translated; only these terms are.
 */
import type { Locale } from "./locale";

export interface Term {
  readonly en: string;
  readonly zh: string;
}

const t = (en: string, zh: string): Term => ({ en, zh });

export const GLOSSARY = {
  // The evaluation and its two systems
  recc: t("resource and environmental carrying capacity", "资源环境承载力"),
  supportSystem: t("support system", "支撑系统"),
  pressureSystem: t("pressure system", "压力系统"),
  supportIndex: t("support index", "支撑指数"),
  pressureIndex: t("pressure index", "压力指数"),
  reccIndex: t("RECC index", "承载力指数"),
  subsystem: t("subsystem", "子系统"),
  indicator: t("indicator", "指标"),
  object: t("object", "评价对象"),
  area: t("area", "区域"),
  year: t("year", "年份"),
  panel: t("panel", "面板数据"),
  weight: t("weight", "权重"),
  // Directions and normalization
  direction: t("direction", "指标方向"),
  benefit: t("benefit", "正向"),
  cost: t("cost", "负向"),
  benefitIndicator: t("benefit indicator", "正向指标"),
  costIndicator: t("cost indicator", "负向指标"),
  minMaxNormalization: t("min–max normalization", "极差标准化"),
  targetInterval: t("target interval", "目标区间"),
  // Entropy weight method
  entropy: t("entropy", "信息熵"),
  entropyWeight: t("entropy weight", "熵权"),
  entropyWeightMethod: t("entropy weight method", "熵权法"),
  shift: t("shift", "平移量"),
  // AHP
  ahp: t("AHP", "层次分析法"),
  pairwiseMatrix: t("pairwise comparison matrix", "判断矩阵"),
  judgement: t("judgement", "判断值"),
  saatyScale: t("Saaty's scale", "1–9 标度"),
  eigenvectorMethod: t("principal eigenvector", "特征向量法"),
  geometricMeanMethod: t("row geometric mean", "几何平均法（方根法）"),
  arithmeticMeanMethod: t("normalized-column average", "算术平均法（和积法）"),
  lambdaMax: t("lambda_max", "最大特征根"),
  consistencyIndex: t("consistency index", "一致性指标"),
  randomIndex: t("random index", "随机一致性指标"),
  consistencyRatio: t("consistency ratio", "一致性比率"),
  consistent: t("consistent", "通过一致性检验"),
  groupAhp: t("group AHP", "群组层次分析法"),
  expert: t("expert", "专家"),
  // Combined, CRITIC and TOPSIS
  subjectiveWeight: t("subjective weight", "主观权重"),
  objectiveWeight: t("objective weight", "客观权重"),
  combinedWeight: t("combined weight", "组合权重"),
  multiplicative: t("multiplicative", "乘法合成"),
  linear: t("linear", "线性加权"),
  geometric: t("geometric", "几何平均"),
  gameTheory: t("game-theory combination", "博弈论组合赋权"),
  criticWeight: t("CRITIC weight", "CRITIC 权重"),
  topsisCloseness: t("TOPSIS closeness", "TOPSIS 贴近度"),
  idealSolution: t("ideal solution", "正理想解"),
  negativeIdealSolution: t("negative ideal solution", "负理想解"),
  // Grade and coupling region (seed paper Tables 3 and 4)
  grade: t("grade", "等级"),
  level: t("level", "水平"),
  low: t("low", "低"),
  medium: t("medium", "中"),
  high: t("high", "高"),
  surplus: t("surplus", "盈余"),
  balance: t("balance", "平衡"),
  overload: t("overload", "超载"),
  couplingRegion: t("coupling region", "耦合区域"),
  highValueSurplus: t("high-value surplus", "高值盈余区"),
  lowValueSurplus: t("low-value surplus", "低值盈余区"),
  lowValueLoad: t("low-value load", "低值超载区"),
  highValueLoad: t("high-value load", "高值超载区"),
  // Obstacle degree model
  obstacleDegree: t("obstacle degree", "障碍度"),
  obstacleFactor: t("obstacle", "障碍因子"),
  topObstacles: t("top obstacles", "主要障碍因子"),
  subsystemObstacleDegree: t("subsystem obstacle degree", "子系统障碍度"),
  // Coupling coordination degree model
  couplingDegree: t("coupling degree", "耦合度"),
  comprehensiveIndex: t("comprehensive coordination index", "综合协调指数"),
  ccd: t("coupling coordination degree", "耦合协调度"),
  coordinationClass: t("coordination class", "耦合协调等级"),
  extremeImbalance: t("extreme imbalance", "极度失调"),
  seriousImbalance: t("serious imbalance", "严重失调"),
  moderateImbalance: t("moderate imbalance", "中度失调"),
  mildImbalance: t("mild imbalance", "轻度失调"),
  nearImbalance: t("near imbalance", "濒临失调"),
  barelyCoordinated: t("barely coordinated", "勉强协调"),
  primaryCoordination: t("primary coordination", "初级协调"),
  intermediateCoordination: t("intermediate coordination", "中级协调"),
  goodCoordination: t("good coordination", "良好协调"),
  highQualityCoordination: t("high-quality coordination", "优质协调"),
} as const satisfies Record<string, Term>;

export type TermKey = keyof typeof GLOSSARY;

/** The four coupling regions in the order of src/core's COUPLING_REGIONS. */
export const REGION_TERMS = ["highValueSurplus", "lowValueSurplus", "lowValueLoad", "highValueLoad"] as const satisfies readonly TermKey[];

/** The ten coordination classes in the order of src/core's COORDINATION_CLASSES (D from low to high). */
export const COORDINATION_TERMS = [
  "extremeImbalance",
  "seriousImbalance",
  "moderateImbalance",
  "mildImbalance",
  "nearImbalance",
  "barelyCoordinated",
  "primaryCoordination",
  "intermediateCoordination",
  "goodCoordination",
  "highQualityCoordination",
] as const satisfies readonly TermKey[];

/** A term in a language. */
export function term(key: TermKey, locale: Locale): string {
  const entry: Term = GLOSSARY[key];
  return locale === "zh-CN" ? entry.zh : entry.en;
}
