"""Very common hanzi in simplified and traditional forms, for telling GB18030 from Big5.

Decoding Big5 bytes as GB18030 (or the reverse) almost always *succeeds* but yields a scatter of rare
characters, while the right codec yields ordinary prose. Counting hits in a short list of the most
frequent characters is therefore enough to pick the codec; no language model or large table is needed.
Simplified and traditional forms are paired so that traditional text stored as GB18030 (which can hold
it) scores as well as simplified text.
"""

from __future__ import annotations

# Characters written the same way in both scripts.
_SHARED = (
    "的一是不了在人有我他中大上和地到以就出要也你可生年自之而作家子下事成方多然心同面小部其主理定天分"
    "好社工全民平力度加高本行所用今日月重化政治公共服合展性法制安文科新提目任群干志代精神思想略持深入"
    "放改革保障落意能水量效果得更做把都各求基"
)

# (simplified, traditional) pairs of frequent characters that differ between the scripts.
_PAIRS = (
    "们們 这這 个個 为為 对對 说說 时時 会會 发發 经經 来來 国國 过過 还還 进進 实實 现現 问問 题題"
    " 没沒 么麼 样樣 种種 动動 员員 关關 系係 长長 点點 开開 学學 应應 见見 与與 当當 从從 产產 机機"
    " 业業 义義 让讓 认認 识識 设設 务務 领領 导導 战戰 线線 众眾 层層 标標 确確 质質 责責 门門 东東"
    " 车車 书書 头頭 结結 变變 报報 处處 总總 体體 气氣 将將 两兩 无無 于於 后後 里裡 着著 听聽 话話"
    " 万萬 亿億 岁歲 织織 组組 级級 间間 济濟 区區 华華 强強 历歷 农農 难難 觉覺 构構 际際 条條 边邊"
    " 传傳 达達 议議 记記 讲講 论論 计計 团團 统統 习習 坚堅 决決 优優 势勢 创創 维維 护護 卫衛 视視"
    " 环環 网網 络絡 数數 据據"
)

COMMON_HANZI: frozenset[str] = frozenset(_SHARED + _PAIRS.replace(" ", ""))


def common_hanzi_count(text: str) -> int:
    """How many characters of ``text`` are among the very common hanzi (either script)."""
    return sum(1 for ch in text if ch in COMMON_HANZI)
