"""Build src/dsz_extract/data/jieba_domain.txt.gz, the domain dictionary of the private jieba tokenizer.

    python scripts/build_lexicon.py        # after scripts/build_gazetteer.py

Words: the place surfaces the gazetteer matches (names, safe short forms, former names, regions,
countries, zones; 东昌府区, 聊城, 内蒙古, 长三角 …; see place_surfaces for the ones left out), the organisation suffixes of
data/lexicon/org_suffixes.tsv, and the domain terms below (双招双引, 到位资金 …). Each gets the
frequency jieba's own `suggest_freq` would give it against the default dictionary, i.e. just enough
for the word to be kept whole, so adding it does not pull characters away from neighbouring words.
The file is in jieba's user-dictionary format ("word freq tag" per line), gzip-compressed.
"""

from __future__ import annotations

import argparse
import gzip
import math
from pathlib import Path

import jieba

from dsz_extract import gazetteer

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "dsz_extract" / "data"
DEFAULT_OUT = DATA / "jieba_domain.txt.gz"
ORG_SUFFIXES = DATA / "lexicon" / "org_suffixes.tsv"

# Terms of 双招双引 reports that jieba's general dictionary splits or does not know.
DOMAIN_TERMS = (
    "双招双引", "招商引资", "招才引智", "招商引智", "招大引强", "选商引资", "以商招商", "基金招商", "产业链招商",
    "驻点招商", "云招商", "精准招商", "招商推介会", "招商团组", "工作专班", "一事一议", "拎包入住", "标准地",
    "亩均税收", "营商环境", "放管服", "一网通办", "新旧动能转换", "高质量发展", "链主", "强链", "补链", "延链",
    "建链", "到位资金", "到位省外资金", "合同外资", "实际使用外资", "实际利用外资", "外资到账", "固定资产投资",
    "规上工业", "规模以上工业", "专精特新", "小巨人", "瞪羚企业", "独角兽企业", "高新技术企业",
    "科技型中小企业", "世界500强", "中国500强", "全国500强", "民营企业500强", "总部经济", "飞地经济",
    "亿元以上", "过亿元", "百亿级", "千亿级", "计划投资", "总投资", "完成投资", "投资额", "签约项目",
    "重点项目", "新签约", "新开工", "新引进", "在谈项目", "储备项目", "开工率", "达产", "投产", "竣工",
    "落地", "落户", "签约", "开工", "高层次人才", "柔性引进", "院士工作站", "博士后科研工作站",
    "博士后工作站", "人才公寓", "泰山学者", "揭榜挂帅", "众创空间", "孵化器", "加速器", "产业基金",
    "引导基金", "管委会", "党工委", "产业园", "产业园区", "工业园区", "科技园", "创业园", "物流园",
    "产业基地", "经开区", "高新区", "开发区", "经济技术开发区", "高新技术产业开发区", "综合保税区",
    "保税区", "自贸区", "自由贸易试验区", "示范区", "先行区", "集聚区", "新动能",
)  # fmt: skip


def place_surfaces() -> dict[str, str]:
    """Place surfaces that are safe to keep whole: not weak forms (平房, 和县), and of 2-character forms only
    provinces' and cities' (聊城, 广西), so that a county short form such as 新平 cannot pull characters
    out of ordinary words (创新平台); the place pass checks such forms against token boundaries."""
    gaz = gazetteer.get()
    with open(jieba.get_dict_file().name, encoding="utf-8") as f:
        known = {word for word, *_ in (line.split() for line in f) if len(word) == 2}
    words = {}
    for surface in gaz.surfaces():
        senses = gaz.senses(surface)
        if any(s.form == "weak" for s in senses):
            continue
        if len(surface) <= 2 and not any(s.place.level in ("province", "city", "country", "region") for s in senses):
            continue
        # a 2-character country jieba does not know (加蓬, 马里, 乍得) would pull characters out of ordinary
        # words (更加蓬勃): the place pass checks it against token boundaries instead
        if len(surface) == 2 and surface not in known and all(s.place.level == "country" for s in senses):
            continue
        words[surface] = "ns"
    return words


def org_suffixes() -> dict[str, str]:
    if not ORG_SUFFIXES.exists():
        return {}
    words = {}
    for line in ORG_SUFFIXES.read_text(encoding="utf-8").splitlines():
        suffix = line.split("\t")[0].strip()
        if suffix and not suffix.startswith("#") and len(suffix) >= 2:
            words[suffix] = "nt"
    return words


def suggested_freq(tk: jieba.Tokenizer, word: str) -> int:
    """jieba's suggest_freq(word, tune=True) without tuning: the frequency that keeps `word` whole."""
    prob = 1.0
    for seg in tk.cut(word, HMM=False):
        prob *= tk.FREQ.get(seg, 1) / tk.total
    return max(math.floor(prob * tk.total) + 1, tk.FREQ.get(word, 1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    tk = jieba.Tokenizer()
    jieba.setLogLevel(30)
    tk.initialize()
    words = {**place_surfaces(), **org_suffixes(), **dict.fromkeys(DOMAIN_TERMS, "n")}
    lines = [f"{w} {suggested_freq(tk, w)} {tag}" for w, tag in sorted(words.items()) if " " not in w]
    with args.out.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as gz:
        gz.write(("\n".join(lines) + "\n").encode("utf-8"))
    print(f"{args.out}: {len(lines)} words, {args.out.stat().st_size} bytes")


if __name__ == "__main__":
    main()
