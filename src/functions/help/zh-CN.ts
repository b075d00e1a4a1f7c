/**
 * Simplified Chinese text of the custom functions' metadata: each function's description and each
 * parameter's description, keyed by function id and parameter name (ids, function names and
 * parameter names stay as in English, so formulas are the same in every language). The build
 * (webpack.config.js, LocalizedMetadataPlugin) writes dist/functions.zh-CN.json from the generated
 * English functions.json through {@link localizeMetadata}, and `npm run docs:help` the Chinese help
 * pages; test/functions/metadata-zh.test.ts fails when an id or a parameter is missing or in English.
 * Terms: src/i18n/glossary.ts.
 */
import type { FunctionId } from "../params";

export interface FunctionText {
  readonly description: string;
  /** Parameter name → description. */
  readonly parameters: Readonly<Record<string, string>>;
}

const DATA_PANEL = "原始指标值，n×m（行 = 评价对象，如区域-年份；列 = 指标），至少 2 行，只能是数字。";
const DIRECTIONS = "每个指标一项（m 个单元格的一行或一列）：1 或 \"benefit\"（正向），-1 或 \"cost\"（负向）。省略：全部为正向。";
const SHIFT = "0 到 1 之间的数，在计算比重前加到每个标准化值上（默认 0；常用 0.0001 或 0.01）。";
const MATRIX = "n×n 判断矩阵：正数或文本分数，如 '1/3；对角线空白 = 1，下三角空白 = 上三角的倒数。";
const RI = "随机一致性指标 RI：\"saaty\"（默认，n ≤ 15）、\"alonso\"（任意 n）或直接给出 0.1 到 2 之间的 RI 数值。";
const WEIGHTS = "m 个 ≥ 0 的权重（一行或一列），和为正。";
const INDEX_DATA = "n×m 指标（行 = 评价对象）。给出 directions 时为原始值（按行做极差标准化），否则为已标准化的 [0, 1] 内的值。";
const SUPPORT_S = "支撑指数 S，位于 [0, 1]（任意区域）。";
const PRESSURE_P = "压力指数 P，位于 [0, 1]，与 support 形状相同。";

export const FUNCTIONS_ZH: Readonly<Record<FunctionId, FunctionText>> = {
  NORMALIZE: {
    description: "对每个指标按全部行做极差标准化：正向 (x − min)/(max − min)，负向 (max − x)/(max − min)，可映射到 [lower, upper]。",
    parameters: {
      data: DATA_PANEL,
      directions: DIRECTIONS,
      lower: "目标区间的下端（默认 0）。",
      upper: "目标区间的上端（默认 1）；必须大于 lower。",
    },
  },
  ENTROPY: {
    description: "极差标准化后每个指标的信息熵 e_j（熵权法，k = 1/ln n，0·ln 0 = 0）。",
    parameters: { data: DATA_PANEL, directions: DIRECTIONS, shift: SHIFT },
  },
  ENTROPYWEIGHTS: {
    description: "极差标准化后各指标的熵权 w_j = (1 − e_j)/Σ(1 − e_k)。",
    parameters: { data: DATA_PANEL, directions: DIRECTIONS, shift: SHIFT },
  },
  AHP: {
    description: "层次分析法：由判断矩阵求权重（a_ij = i 相对 j 的重要程度）。",
    parameters: {
      matrix: MATRIX,
      method: "\"eigen\"（特征向量法，默认）、\"geometric\"（几何平均法/方根法）或 \"arithmetic\"（算术平均法/和积法）。",
    },
  },
  AHPCR: {
    description: "判断矩阵的一致性比率 CR = CI/RI（CR < 0.1 时通过一致性检验；n ≤ 2 时为 0）。",
    parameters: { matrix: MATRIX, ri: RI },
  },
  AHPCONSISTENCY: {
    description: "判断矩阵的一致性检验：最大特征根 lambda_max、一致性指标 CI、随机一致性指标 RI、一致性比率 CR 及是否 CR < 0.1。",
    parameters: { matrix: MATRIX, ri: RI },
  },
  COMBINEWEIGHTS: {
    description: "组合主观权重（层次分析法）与客观权重（熵权），两者先各自归一化。",
    parameters: {
      subjective: "m 个 ≥ 0 的主观权重（一行或一列），和为正。",
      objective: "m 个 ≥ 0 的客观权重（一行或一列），和为正；结果与它的方向（行或列）相同。",
      method: "\"multiplicative\"（乘法合成 a·e/Σa·e，默认）、\"linear\"（线性加权 α·a + (1 − α)·e）、\"geometric\"（几何平均 √(a·e)/Σ√(a·e)）或 \"game\"（博弈论组合赋权 α_a·a + α_e·e）。",
      alpha: "\"linear\" 时主观权重的系数 α，位于 [0, 1]（默认 0.5）。",
    },
  },
  SUPPORT: {
    description: "各评价对象在支撑指标上的支撑指数 S_i = Σ_j x'_ij·w_j（权重归一化为和 1）。",
    parameters: {
      data: "支撑指标，n×m（行 = 评价对象）。给出 directions 时为原始值（按行做极差标准化），否则为已标准化的 [0, 1] 内的值。",
      weights: WEIGHTS,
      directions: "每个指标一项：1 或 \"benefit\"（正向），-1 或 \"cost\"（负向）。要对原始数据标准化时给出。",
    },
  },
  PRESSURE: {
    description: "各评价对象在压力指标上的压力指数 P_i = Σ_j x'_ij·w_j（权重归一化为和 1）。",
    parameters: {
      data: "压力指标，n×m（行 = 评价对象）。给出 directions 时为原始值（按行做极差标准化），否则为已标准化的 [0, 1] 内的值。",
      weights: WEIGHTS,
      directions: "每个指标一项：1（增大压力）或 -1（减小压力）。要对原始数据标准化时给出。",
    },
  },
  INDEX: {
    description: "各评价对象的承载力指数 C = P/S：小于 1 为盈余，等于 1 为平衡，大于 1 为超载。",
    parameters: {
      pressure: "压力指数 P（任意数字区域）。",
      support: "支撑指数 S，与 pressure 形状相同。",
    },
  },
  GRADE: {
    description: "由 S 和 P 求承载力等级 I…IX（论文表 3）：等级 = 3·水平(P) + 水平(S) + 1，水平分低/中/高。",
    parameters: {
      support: SUPPORT_S,
      pressure: PRESSURE_P,
      low: "低与中之间的分界点（默认 1/3）；0 < low < high。",
      high: "中与高之间的分界点（默认 2/3）；high < 1。",
    },
  },
  REGION: {
    description: "(S, P) 所在的耦合区域，由曲线 P = S²、P = S 与 P = √S 划分（论文表 4）。",
    parameters: {
      support: SUPPORT_S,
      pressure: PRESSURE_P,
      labels: "4 个单元格（一行、一列或按行读取的 2×2 区域），依次替换 \"high-value surplus\"（高值盈余区）、\"low-value surplus\"（低值盈余区）、\"low-value load\"（低值超载区）、\"high-value load\"（高值超载区）这些标签。",
    },
  },
  OBSTACLE: {
    description: "障碍度 A_ij = (1 − x'_ij)·w_j / Σ_k (1 − x'_ik)·w_k：各指标在评价对象差距中所占的份额。",
    parameters: {
      data: INDEX_DATA,
      weights: WEIGHTS,
      directions: "每个指标一项：1 或 \"benefit\"（正向），-1 或 \"cost\"（负向）。要对原始数据标准化时给出。",
    },
  },
  TOPOBSTACLES: {
    description: "各评价对象障碍度最大的 k 个指标名（主要障碍因子），从大到小（与剩余最大值相差不超过 1e-12 的视为相等，相等时保持列顺序）。",
    parameters: {
      obstacles: "障碍度，位于 [0, 1]，n×m（例如 RECC.OBSTACLE 的结果）。",
      labels: "m 个指标名（一行或一列），与 obstacles 的列一一对应。",
      k: "每行列出几个，≥ 1 的整数（默认 5）。",
    },
  },
  GROUPSUM: {
    description: "按分组标签对 values 的列求和，例如子系统障碍度 = 其各指标障碍度之和。",
    parameters: {
      values: "数字，n×m（行 = 评价对象，列 = 指标）。",
      groups: "m 个分组标签（一行或一列），与 values 的列一一对应；文本相同（不区分大小写）即同组。",
    },
  },
  AHPGROUP: {
    description: "群组层次分析法：多位专家判断矩阵逐项加权几何平均得到的群组判断矩阵（AIJ，Aczél & Saaty 1983）。",
    parameters: {
      matrices: "k 个同阶 n 的判断矩阵上下堆叠成 (k·n)×n 区域；每个都按 RECC.AHP 的规则读取（对角线空白 = 1，下三角空白 = 倒数，文本分数如 '1/3）。",
      weights: "k 个 ≥ 0 的专家权重（一行或一列），和为正，归一化为和 1；省略：等权。",
    },
  },
  AHPSUGGEST: {
    description: "最应修改的判断值，从最不一致的开始：|ln ε_ij| 最大者，ε_ij = a_ij·w_j/w_i（AHP-OS 规则），并给出建议值及修改后的 CR。",
    parameters: {
      matrix: MATRIX,
      k: "列出几个判断值，≥ 1 的整数（默认 3）。",
      ri: "修改后 CR 所用的随机一致性指标：\"saaty\"（默认，n ≤ 15）、\"alonso\"（任意 n）或直接给出 0.1 到 2 之间的 RI 数值。",
    },
  },
  CRITICWEIGHTS: {
    description: "极差标准化后的 CRITIC 权重 w_j = C_j/ΣC，C_j = σ_j·Σ_k (1 − r_jk)（Diakoulaki、Mavrotas & Papayannakis 1995）。",
    parameters: { data: "原始指标值，n×m（行 = 评价对象，列 = 指标），至少 3 行（用于计算相关系数），只能是数字。", directions: DIRECTIONS },
  },
  TOPSIS: {
    description: "各评价对象与理想解的 TOPSIS 贴近度 C_i = D⁻/(D⁺ + D⁻)（Hwang & Yoon 1981）。",
    parameters: {
      data: DATA_PANEL,
      weights: WEIGHTS,
      directions: DIRECTIONS,
      normalization: "\"vector\"（向量归一化 x/√Σx²，默认）或 \"minmax\"（带方向的极差标准化，同 RECC.NORMALIZE）。",
    },
  },
  CCD: {
    description: "每行 k ≥ 2 个系统指数的耦合协调度：耦合度 C、综合协调指数 T = Σβ·U 与耦合协调度 D = √(C·T)。",
    parameters: {
      systems: "n×k 个 [0, 1] 内的指数（行 = 评价对象，列 = 系统，如 S 与 P 并列），k ≥ 2。",
      weights: "k 个 ≥ 0 的系数 β（一行或一列），和为正，用于 T；省略：等权。",
      variant: "\"standard\"（C = k·(ΠU)^(1/k)/ΣU，默认）或 \"adjusted\"（王淑佳等 2021 修正的 C）。",
    },
  },
  CCDLEVEL: {
    description: "耦合协调度 D 的耦合协调等级：按 0.1 分为十级，区间 (a, b]（Tian 等 2021）。",
    parameters: {
      d: "耦合协调度 D，位于 [0, 1]（任意区域）。",
      labels: "10 个单元格（一行、一列或按行读取的区域），替换等级名称，从 \"extreme imbalance\"（极度失调，D ≤ 0.1）到 \"high-quality coordination\"（优质协调，D > 0.9）。",
    },
  },
};

/** A functions.json document as custom-functions-metadata writes it (fields not named pass through). */
export interface MetadataDocument {
  functions: Array<{
    id: string;
    description?: string;
    helpUrl?: string;
    parameters?: Array<{ name: string; description?: string; [key: string]: unknown }>;
    [key: string]: unknown;
  }>;
  [key: string]: unknown;
}

/** Help page URL of a locale: …/help/x.html → …/help/zh-CN/x.html. */
export function localizedHelpUrl(url: string, locale: "zh-CN"): string {
  const cut = url.lastIndexOf("/");
  return `${url.slice(0, cut)}/${locale}${url.slice(cut)}`;
}

/**
 * The zh-CN metadata: the English document with each function's and parameter's description
 * replaced from {@link FUNCTIONS_ZH} and helpUrl pointing at the Chinese page; everything else
 * (ids, names, types, options) unchanged.
 * @throws Error naming the id or parameter that has no Chinese text (so the build fails).
 */
export function localizeMetadata(en: MetadataDocument): MetadataDocument {
  const functions = en.functions.map((f) => {
    const zh = (FUNCTIONS_ZH as Record<string, FunctionText | undefined>)[f.id];
    if (!zh) throw new Error(`functions.zh-CN: no Chinese text for ${f.id} (src/functions/help/zh-CN.ts)`);
    const parameters = (f.parameters ?? []).map((p) => {
      const text = zh.parameters[p.name];
      if (text === undefined) throw new Error(`functions.zh-CN: no Chinese text for ${f.id} parameter ${p.name}`);
      return { ...p, description: text };
    });
    return { ...f, description: zh.description, ...(f.helpUrl ? { helpUrl: localizedHelpUrl(f.helpUrl, "zh-CN") } : {}), parameters };
  });
  return { ...en, functions };
}
