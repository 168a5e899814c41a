"""The words records/metrics.py reads a figure's statistic by: growth and comparison words, shares, gaps,
completion of a target, and what makes a count no result."""

from __future__ import annotations

# For a percent that is itself the statistic, the comparison words go too ("固定资产投资同比增长").
# 年增 / 年减: Taiwan's short "up / down on the year" (出口值3,196億美元，年減14.4%), comparison and verb in one.
# (session 16) The bare 增 / 降 / 减 after 同比 ("同比增15.3%", "同比降3.2%"), Hong Kong's bare 跌 / 升 after 按年 ("實際使用外資按年跌近30%", "按年升3%") and Taiwan's 年增率 / 年減率
# ("核發240張，年增率77.8%") are growth words too.
GROWTH_UP = (
    "增长", "增加", "提高", "提升", "上升", "上涨", "增幅", "增速", "扩大", "成长", "大增", "年增率", "年增", "升", "增",
)  # fmt: skip
GROWTH_DOWN = (
    "下降", "减少", "降低", "回落", "下滑", "缩减", "压减", "收窄", "降幅", "衰退", "下跌", "年减率", "年减", "跌", "降", "减",
)  # fmt: skip
COMPARISON = (
    "比上年同期", "比去年同期", "较上年同期", "较去年同期", "与上年同期相比", "与去年同期相比", "同比",
    "比上年", "比去年", "较上年", "较去年", "同口径", "按年", "比同期", "较同期", "同期",
    # a fair's or contest's figures are compared with its last edition ("较上届增长24%"), as a year's with last year's
    "较上届", "比上届", "较上一届", "比上一届",
    # the SARs' and Taiwan's statistics: growth in real terms, a month against the same month a year before
    "按年实质", "实质按年", "较一年前实质", "较去年同期实质", "较上年同期实质", "较一年前同月", "较一年前同期", "较一年前", "较去年同月", "比去年同月", "较上年同月", "与去年同期比较",
    "与上年同期比较",
)  # fmt: skip
# "比上届多8个": a difference from an earlier edition or year, not a level.
# (session 20) So is a change since the start of the year ("较年初净增加65个").
EARLIER_BASES = (
    "比上届", "较上届", "比上一届", "比上年", "比去年", "较上年", "较去年", "比上期", "较上期", "较年初", "比年初",
)  # fmt: skip
RESPECTIVELY = "分别"
# (session 16) 相当于 … 的 N% right after a figure is its ratio to a whole (相當於二零二零年本地生產總值的591%), as 占 is.
SHARE_WORDS = ("占比", "占到", "占", "比重", "相当于")
# Percentage points after these are a gap from another rate or a change from last month, not a year-on-year
# change or a statistic ("资金到位率32%，高于去年同期7个百分点", "比重为33%，环比提高2个百分点").
GAP_WORDS = ("高于", "低于", "超出", "多于", "少于", "环比", "比上月", "比上个月", "较上月", "较上个月", "按季", "按月")
# How many clauses a share may stand after its figure when the clauses between only qualify that figure
# (its growth, a remark without figures).
QUALIFYING_CLAUSES = 3
# ... also told as a rate right after the amount ("完成投资77.57亿元，投资完成率122.6%", "達標率為78.06%", "達成率24.52%"):
# the amount's target_completion, not a statistic of its own (real-dev Q03, J06, HB07).
COMPLETION = (
    r"(?:完成(?:了)?(?:年度|全年|年初|既定)?(?:目标|任务|计划)(?:任务)?(?:的)?"
    r"|(?<![\p{Han}])(?:投资|目标|年度投资|计划)?完成率|(?<![\p{Han}])(?:尽管|整体)?(?:达标|达成)率)(?:为|达|达到|约)?"
)
# (session 40) …and a target named by what it is of or who set it (完成年度招商引资任务的79.07%, 完成年度投资计划的72.06%,
# 完成市定目标任务的26.62%, 占本年计划投资的25.4%): the completion of the figure right before, where nothing before 完成
# names a subject of its own (全省实际使用外资完成年度责任目标的53.3% is a statistic of its own).
NAMED_COMPLETION = (
    r"(?:完成(?:了)?(?:本年度?|年度|全年|年|年初|既定)?[^，,；;。：:\d%]{0,8}?(?:目标|任务|计划)(?:任务|投资)?(?:的)?"
    r"|占(?:本年度?|年度|全年)计划投资的?)(?:为|达|达到|约)?"
)
# (session 40) The excess over a plan or target (超出计划进度目标5.93亿元, 超出计划进度18.5%, 超额完成目标2亿元): a difference
# from the target, not a level or a rate of its own.
EXCESS_OVER_A_TARGET = r"(?:超出|超过|高出|超额完成)(?:年度|全年|序时)?(?:计划|目标|任务)(?:进度)?(?:目标|任务)?"
# "分两批", "第3个", "每5家" are not statistics.
# (session 16) A demonstrative before the count points back at things counted before ("这7个项目分别为…", "该322间公司
# 来自33个经济体"): no new figure.
COUNT_NOT_FIGURE_BEFORE = ("分", "第", "每", "前", "后", "逐", "这", "該", "该", "此", "述")
# (session 32) …but 前 / 后 closing a word are no rank ("目前在站博士后84人", "当前1200家", "此前3个"): the count stays.
WORDS_ENDING_IN_A_RANK_MARK = (
    "目前", "当前", "此前", "之前", "以前", "博士后", "此后", "之后", "以后", "然后", "随后", "其后",
)  # fmt: skip
# Counts that are the object of running the work, not a result: "组织12家企业赴济南", "重点帮扶20家…企业",
# "由30个…青年骨干组成", "明确十六个施工队长". (新成立/新组建 企业 are results: see _NOT_A_RESULT_RE.)
NOT_A_RESULT_VERBS = (
    "由", "围绕", "组织", "指导", "帮扶", "帮包", "明确", "发现", "抽调", "安排", "带领", "率领",
    "成立", "组建",
)  # fmt: skip
# A project's expected output after it is finished.
# "年均增长8.7%": growth averaged over years, a statistic of its own.
AVERAGE_WORDS = ("年均", "年平均", "平均每年")
PROJECTION = ("达产后", "建成后", "投产后", "达效后", "满产后", "运营后", "全部达产", "达标后", "投运后", "竣工后")
# An adverb of degree between the base and the verb ("按年大幅减少174.7亿元", "比重同比大幅提升") keeps a difference a difference.
DEGREE_WORDS = ("大幅", "小幅", "略有", "明显", "稍有", "净")
# Last year, as a multiple's base names it ("是去年同期的3.5倍", "为上一年度的1.8倍").
LAST_YEAR = ("去年", "上年", "上年度", "上一年", "上一年度")
# (session 39) A multiple of an earlier figure (是去年同期的3.5倍, 分别为上一年度的1.8倍、5.5倍, 是2007年的2.5倍): of last
# year's it is the figure's yoy, of another year's a comparison; either way it qualifies the figure before it.
MULTIPLE_OF_A_BASE = (
    r"(?:分别)?(?:是|为|相当于|达到|达)(?P<base>"
    + "|".join(sorted(LAST_YEAR, key=len, reverse=True))
    + r"|前年|\d{4}年)(?:同期)?(?:的)?\s*$"
)
# The word lists as regex alternations, for the patterns of metrics.py and metric_percents.py.
GROWTH_UP_ALT = "|".join(GROWTH_UP)
GROWTH_DOWN_ALT = "|".join(GROWTH_DOWN)
COMPARISON_ALT = "|".join(COMPARISON)
DEGREE_ALT = "|".join(DEGREE_WORDS)
