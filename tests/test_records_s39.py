"""Read in session 39: patterns of real reports, each pinned by sentences written for these tests in their style
(none copied from the corpus).
"""

from __future__ import annotations

import pytest

from dsz_extract.extractor import Extractor

# The records' rules read on the rules' project names: what the project model names moves with each retraining.
_EXTRACT_WITH_RULES = Extractor(projects="rules")


def _money(text: str) -> list[tuple[str, float, str]]:
    report = _EXTRACT_WITH_RULES(text, reference_date="2023-06-01")
    return [(m.text, m.value.amount, m.value.currency) for m in report.mentions if m.type == "money"]


# A mainland report mirrored in traditional characters names its own city over and over: its bare 元 is CNY even where a
# project's name holds 香港 as often as the page holds the mainland's government words; a Hong Kong or Taiwan page that
# names a mainland city once keeps its own currency.
BARE_YUAN_BY_THE_PAGES_CITIES = [
    (
        "記者昨從市招商局獲悉,一季度,荊州招商引資實際到位資金264億元。荊州新引進項目48個,"
        "其中落戶監利縣、投資60億元的香港國際家居產業園項目已開工,產品將銷往香港。",
        [("264億元", 26400000000, "CNY"), ("60億元", 6000000000, "CNY")],
    ),
    (
        "新鄉與香港貿發局合辦推介會,在香港會展中心簽約項目12個,總投資80億元。新鄉市委書記表示,新鄉歡迎港商投資。",
        [("80億元", 8000000000, "CNY")],
    ),
    (
        "香港特區政府投資推廣署今日表示,本港去年協助企業在港開設或擴展業務,投資額達50億元,其中一家深圳企業在九龍設立總部。",
        [("50億元", 5000000000, "HKD")],
    ),
    (
        "經濟部投審會今日公布,新竹與台中去年核准僑外投資200億元,部分台商來自廈門。",
        [("200億元", 20000000000, "TWD")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BARE_YUAN_BY_THE_PAGES_CITIES)
def test_a_bare_yuan_follows_the_cities_a_page_names(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _money(text) == expected
