"""Which deal rows tell the same real-world deal: a Splink model on DuckDB scores pairs, ledger.clusters
merges them.

The model (data/ledger_model.json, built by scripts/build_ledger_model.py) is a Fellegi–Sunter model
in Splink's own format:

- m probabilities (how often a level is seen when two rows ARE the same deal) are fixed priors, written
  in `COMPARISONS` below with the reason for each: with a few hundred gold pairs, EM on them would be
  fitting noise, and EM on unlabelled data merges look-alike near-misses (same place and week);
- u probabilities (how often a level is seen between two rows that are NOT the same deal) are counted
  over every pair of deal rows from different pages of the real corpus (`estimate_u`);
- the threshold on the match weight, `THRESHOLD_WEIGHT`, was chosen on collector A's half of the
  linkage gold (scripts/eval_linkage.py --split A --sweep) and is written down in docs/contract.md §8.

Pairs at or above the threshold are merged strongest first, never into a cluster one of whose rows
contradicts the newcomer (same report, another stage or phase, places apart, dates or amounts far
apart: ledger.clusters), so a chain of plausible pairs cannot join two near-miss deals.

Blocking keeps the number of compared pairs near-linear: rows are compared only within the same city
and a 30-day window of their report date (two staggered windows, so no pair within 15 days is missed),
or with the same project core or investor brand in the same city, the same investor brand in the same
province within a year, the same project key within a year, or the same investor brand within 120
days (a row with no report date passes any window). Rows of another stage or phase are never compared.

Comparisons are SQL conditions in DuckDB's dialect (jaro_winkler_similarity, list_has_any,
list_intersect); the same settings run on Spark with `splink.SparkAPI` (Splink translates the
conditions with sqlglot, see `base_dialect_str`); docs/contract.md §8 says how.
"""

from __future__ import annotations

import json
import logging
import re
from importlib import resources
from pathlib import Path
from typing import Any

# Match weight (log2 Bayes factor, with the prior of two rows matching included) at or above which
# two rows are the same deal. Chosen on the linkage gold; see the module docstring.
THRESHOLD_WEIGHT = 5.0
PRIOR_MATCH = 1e-4  # probability that two random deal rows of a national scrape are the same deal

# Phase 1 and phase 2 of a project, and its signing and its start, are different deals whatever else
# agrees (the contract's reading, and the gold's): such rows are never compared.
_SAME_PHASE_AND_STAGE = "coalesce(l.phase = r.phase, true) and coalesce(l.stage = r.stage, true)"


def _days_within(days: int) -> str:
    """Report days at most `days` apart, or one of them unknown (a page with no date of its own)."""
    return f"(l.day is null or r.day is null or abs(l.day - r.day) <= {days})"


BLOCKING_RULES: tuple[str, ...] = tuple(
    f"{rule} and {_SAME_PHASE_AND_STAGE}"
    for rule in (
        "l.adcode_city = r.adcode_city and l.bucket = r.bucket",
        "l.adcode_city = r.adcode_city and l.bucket_shifted = r.bucket_shifted",
        "l.adcode_city = r.adcode_city and l.project_core = r.project_core",
        "l.adcode_city = r.adcode_city and l.investor_core1 = r.investor_core1",
        f"l.adcode_prov = r.adcode_prov and l.investor_core1 = r.investor_core1 and {_days_within(366)}",
        f"l.project_key = r.project_key and {_days_within(366)}",
        f"l.investor_core1 = r.investor_core1 and {_days_within(120)}",
    )
)


_SIDE_COLUMN = re.compile(r"\b([lr])\.(\w+)")


def _gap(col: str) -> str:
    """Days between two date intervals (0 when they overlap)."""
    return f"greatest(l.{col}_lo - r.{col}_hi, r.{col}_lo - l.{col}_hi, 0)"


def _ratio_within(share: float) -> str:
    return f"abs(l.amount_cny - r.amount_cny) <= {share} * greatest(l.amount_cny, r.amount_cny)"


_SHARED_GRAMS = "len(list_intersect(l.project_grams, r.project_grams))"
_FEWER_GRAMS = "least(len(l.project_grams), len(r.project_grams))"

# comparison -> levels (sql condition, label, m prior, why that m). The first level of each is its
# null level. Levels are tried in order, so the first that holds wins.
COMPARISONS: dict[str, list[tuple[str, str, float | None, str]]] = {
    "project": [
        ("l.project_key is null or r.project_key is null", "null", None, ""),
        ("l.project_key = r.project_key", "same key", 0.5, "most outlets copy the project name"),
        ("l.project_core = r.project_core", "same core", 0.1, "one drops the quantity (年产10万吨)"),
        (
            f"{_FEWER_GRAMS} >= 2 and {_SHARED_GRAMS} = {_FEWER_GRAMS}",
            "marks contained",
            0.15,
            "one outlet says less (宁德时代贵州基地 / …贵州新能源动力电池基地): its marks are all in the other",
        ),
        (
            "length(l.project_core) >= 4 and length(r.project_core) >= 4 and "
            "(contains(l.project_core, r.project_core) or contains(r.project_core, l.project_core))",
            "one contains the other",
            0.05,
            "a short form of the long name (锂电池正极材料 in 华跃锂电池正极材料)",
        ),
        (f"{_FEWER_GRAMS} >= 2 and {_SHARED_GRAMS} * 2 >= {_FEWER_GRAMS}", "marks half shared", 0.06, "rewordings"),
        ("jaro_winkler_similarity(l.project_core, r.project_core) >= 0.88", "jw >= 0.88", 0.03, "small rewordings"),
        (
            "l.project_grams is null or r.project_grams is null",
            "no marks on one side",
            0.06,
            "a name of generic words, the investor and the place only (巴斯夫湛江一体化基地)",
        ),
        ("true", "different", 0.02, "a renamed project (广州LCD厂 / 液晶面板项目) or an extraction error"),
    ],
    "investors": [
        ("l.investor_keys is null or r.investor_keys is null", "null", None, ""),
        (
            "list_has_any(l.investor_keys, r.investor_keys)",
            "a key in common",
            0.7,
            "full and short names share a key once the legal form and place are stripped",
        ),
        (
            "list_has_any(l.investor_cores, r.investor_cores)",
            "a core in common",
            0.14,
            "华跃新能源 vs 华跃新能源科技: only the brand agrees",
        ),
        (
            "length(l.investor_core1) >= 2 and length(r.investor_core1) >= 2 and "
            "(starts_with(l.investor_key1, r.investor_core1) or starts_with(r.investor_key1, l.investor_core1))",
            "one starts with the other's brand",
            0.08,
            "巴斯夫 / 巴斯夫欧洲, 三星 / 三星(中国)半导体: the group and its local arm",
        ),
        ("true", "none in common", 0.02, "parent vs subsidiary, or an investor misread (5 of the 257 gold pairs)"),
    ],
    "amount": [
        ("l.amount_cny is null or r.amount_cny is null", "null", None, ""),
        (_ratio_within(0.005), "within 0.5%", 0.75, "the same figure in other units (39.5亿元 = 395000万元)"),
        (_ratio_within(0.02), "within 2%", 0.1, "rounded differently (39.5亿 vs 40亿)"),
        (_ratio_within(0.1), "within 10%", 0.05, "rounded to one digit (约40亿)"),
        (_ratio_within(0.5), "within a factor of 2", 0.07, "a phase amount vs the total, or the foreign part"),
        ("true", "further apart", 0.03, "another deal, or the investor's own share vs the total"),
    ],
    "date": [
        ("l.date_lo is null or r.date_lo is null", "null", None, ""),
        ("l.date_lo = r.date_lo and l.date_hi = r.date_hi", "same", 0.6, "the ceremony day"),
        (f"{_gap('date')} = 0", "overlapping", 0.3, "a day inside the month another report gives"),
        (f"{_gap('date')} <= 31", "within a month", 0.07, "a report dates the news, not the event"),
        ("true", "further apart", 0.03, "a misread date"),
    ],
    "place": [
        (
            "(l.adcode is null or r.adcode is null) and not coalesce(l.place_key = r.place_key, false)",
            "null",
            None,
            "",
        ),
        ("l.adcode = r.adcode or l.place_key = r.place_key", "same", 0.6, "the same county, city or park"),
        ("l.adcode_city = r.adcode_city", "same city", 0.3, "the city site names the city, the county site the county"),
        ("l.adcode_prov = r.adcode_prov", "same province", 0.08, "a provincial portal names only the province"),
        ("true", "different", 0.02, "a place misread"),
    ],
    "stage": [
        ("l.stage is null or r.stage is null", "null", None, ""),
        ("l.stage = r.stage", "same", 0.998, "the same event"),
        ("true", "different", 0.002, "signed vs started is a later event of the same project, another deal"),
    ],
    "report_day": [
        (
            "l.day is null or r.day is null or (l.date_lo is not null and r.date_lo is not null)",
            "null or both dated",
            None,
            "",  # two stated dates say when; the report days would count the same evidence twice
        ),
        ("abs(l.day - r.day) <= 3", "within 3 days", 0.55, "outlets report within days"),
        ("abs(l.day - r.day) <= 14", "within 2 weeks", 0.15, "a weekly or a monthly round-up"),
        ("abs(l.day - r.day) <= 60", "within 2 months", 0.1, "a later summary"),
        ("true", "further apart", 0.2, "a year-end review, a work report, a retrospective years later"),
    ],
}


def _columns(sql: str) -> str:
    """l.amount_cny -> amount_cny_l: comparisons see one row per pair with suffixed columns."""
    return _SIDE_COLUMN.sub(r"\2_\1", sql)


def settings(u: dict[str, list[float | None]] | None = None) -> dict[str, Any]:
    """The Splink settings dict: comparisons with the m priors and (when given) the u of each level."""
    comparisons = []
    for name, levels in COMPARISONS.items():
        us = (u or {}).get(name) or [None] * len(levels)
        comparison_levels = []
        for (sql, label, m, _why), u_value in zip(levels, us, strict=True):
            level: dict[str, Any] = {"sql_condition": _columns(sql), "label_for_charts": label}
            if m is None:
                level["is_null_level"] = True
            else:
                level.update(m_probability=m, fix_m_probability=True)
                if u_value is not None:
                    level["u_probability"] = u_value
            comparison_levels.append(level)
        comparisons.append(
            {"output_column_name": name, "comparison_description": name, "comparison_levels": comparison_levels}
        )
    return {
        "link_type": "dedupe_only",
        "unique_id_column_name": "unique_id",
        "probability_two_random_records_match": PRIOR_MATCH,
        "blocking_rules_to_generate_predictions": [
            {"blocking_rule": rule, "sql_dialect": "duckdb"} for rule in BLOCKING_RULES
        ],
        "comparisons": comparisons,
        "retain_intermediate_calculation_columns": False,
        "retain_matching_columns": False,
    }


def model_path() -> Path:
    return Path(str(resources.files("dsz_extract").joinpath("data", "ledger_model.json")))


def load_u() -> dict[str, list[float | None]]:
    """The u probabilities of data/ledger_model.json: comparison -> one value per level (None: null level)."""
    return json.loads(model_path().read_text(encoding="utf-8"))["u"]


# The columns the blocking rules and comparisons read: Splink copies its input into DuckDB, so the
# names as told and the evidence stay out of it.
MODEL_COLUMNS: tuple[str, ...] = (
    "unique_id",
    "project_key",
    "project_core",
    "project_grams",
    "phase",
    "investor_keys",
    "investor_cores",
    "investor_key1",
    "investor_core1",
    "place_key",
    "adcode",
    "adcode_city",
    "adcode_prov",
    "amount_cny",
    "date_lo",
    "date_hi",
    "day",
    "bucket",
    "bucket_shifted",
    "stage",
)
# DuckDB spills to disk past this (its default is 80% of the machine's memory).
DUCKDB_MEMORY_LIMIT = "1GB"


def _linker(table: Any, u: dict[str, list[float | None]] | None) -> Any:
    import duckdb
    from splink import DuckDBAPI, Linker

    connection = duckdb.connect(config={"memory_limit": DUCKDB_MEMORY_LIMIT})
    frame = DuckDBAPI(connection).register(table.select(list(MODEL_COLUMNS)), dataset_display_name="deal_rows")
    return Linker(frame, settings(u), log_level=logging.WARNING)


def estimate_u(table: Any) -> dict[str, list[float | None]]:
    """u of every level: the share, among pairs of rows from different reports (all of them; they are, all
    but surely, different deals) with both sides known, at which the level holds. A level never seen gets half of one pair.

    Pairs within one report are left out: a page listing five projects of one investor would make a
    shared investor look common, yet in a national scrape such pairs are a vanishing share.
    """
    import duckdb

    con = duckdb.connect()
    con.register("rows", table)
    cases = ", ".join(
        "case " + " ".join(f"when {sql} then {i}" for i, (sql, *_rest) in enumerate(levels)) + f" end as {name}"
        for name, levels in COMPARISONS.items()
    )
    frame = con.execute(f"select {cases} from rows l join rows r on l.doc_id <> r.doc_id").df()
    out: dict[str, list[float | None]] = {}
    for name, levels in COMPARISONS.items():
        counts = frame[name].value_counts()
        total = max(float(counts[counts.index != 0].sum()), 1.0)  # u is a share of the pairs known on both sides
        out[name] = [
            None if m is None else max(float(counts.get(i, 0)), 0.5) / total
            for i, (_sql, _label, m, _why) in enumerate(levels)
        ]
    return out


def pairs(table: Any, *, u: dict[str, list[float | None]] | None = None, threshold: float = THRESHOLD_WEIGHT) -> Any:
    """Scored pairs at or above `threshold` (a pandas DataFrame: unique_id_l, unique_id_r, match_weight)."""
    linker = _linker(table, u if u is not None else load_u())
    predictions = linker.inference.predict(threshold_match_weight=threshold, warning_mode="never")
    frame = predictions.as_pandas_dataframe()
    return frame[["unique_id_l", "unique_id_r", "match_weight", "match_probability"]]


def link(table: Any, *, u: dict[str, list[float | None]] | None = None, threshold: float = THRESHOLD_WEIGHT) -> Any:
    """unique_id -> cluster_id (a pandas DataFrame) for every row of `table`: the pairs Splink scores at or
    above `threshold`, merged strongest first into clusters that do not contradict themselves
    (ledger.clusters)."""
    import pandas as pd

    from .clusters import Rows, cluster

    scored = pairs(table, u=u, threshold=threshold)
    ids = pd.Index(table.column("unique_id").to_pylist())
    left, right = ids.get_indexer(scored["unique_id_l"]), ids.get_indexer(scored["unique_id_r"])
    # Only the rows in some pair are read (at scale most rows pair with nothing above the threshold).
    involved = sorted(set(left.tolist()) | set(right.tolist()))
    local = {row: k for k, row in enumerate(involved)}
    weighted = [
        (local[a], local[b], w)
        for a, b, w in zip(left.tolist(), right.tolist(), scored["match_weight"].tolist(), strict=True)
    ]
    found = cluster(len(involved), weighted, Rows.from_table(table.take(involved)))
    cluster_id = ids.to_numpy(dtype=object).copy()
    for k, row in enumerate(involved):
        cluster_id[row] = ids[involved[found[k]]]
    return pd.DataFrame({"unique_id": ids, "cluster_id": cluster_id})


def link_rows(rows: list[dict[str, Any]], *, threshold: float = THRESHOLD_WEIGHT) -> dict[str, str]:
    """unique_id -> cluster id for linkage rows (dicts from keys.linkage_row); fewer than two rows link to nothing."""
    from .keys import rows_table

    if len(rows) < 2:
        return {r["unique_id"]: r["unique_id"] for r in rows}
    clusters = link(rows_table(rows), threshold=threshold)
    return dict(zip(clusters["unique_id"], clusters["cluster_id"], strict=True))
