"""Tables flattened to tab-separated lines: cells as claims, and the checks a table implies.

Every table here is written for this file (none is taken from the corpus)."""

from __future__ import annotations

from decimal import Decimal
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from xinfang_nlp.checks import Check, check
from xinfang_nlp.extract import Claim, Extraction, extract
from xinfang_nlp.normalize import normalize
from xinfang_nlp.read import read_document
from xinfang_nlp.tables import find_tables

PERIODS = (
    "今年以来,各乡镇调处矛盾纠纷情况如下。\n"
    "表1　2023年各乡镇矛盾纠纷调处情况\n"
    "单位：件\n"
    "乡镇\t本年\t上年\t同比%\n"
    "河口镇\t120\t100\t20.0\n"
    "石桥乡\t80\t100\t-20.0\n"
    "柳林镇\t50\t50\t0.0\n"
    "合计\t250\t250\t0.0\n"
)

SHARES = (
    "表2　来信来访渠道构成\n"
    "渠道\t件数\t占比%\n"
    "来信\t30\t30.0\n"
    "来访（批）\t20\t20.0\n"
    "网上信访\t50\t50.0\n"
    "合计\t100\t100.0\n"
)

RATES = (
    "表3　重点信访事项交办情况\n"
    "单位\t交办\t办结\t办结率%\n"
    "甲局\t40\t38\t95.0\n"
    "乙局\t25\t20\t80.0\n"
    "合计\t65\t58\t89.2\n"
)

MONEY = (
    "表4　信访救助资金使用情况\n"
    "县区\t2024年(万元)\t2023年(万元)\t增幅%\n"
    "东城区\t12.5\t10.0\t25.0\n"
    "西城区\t8.0\t10.0\t-20.0\n"
    "合计\t20.5\t20.0\t2.5\n"
)


def table_claims(extraction: Extraction) -> list[Claim]:
    cells = {
        (cell.start, cell.end)
        for table in find_tables(extraction.normalized)
        for row in table.rows
        for cell in row.cells[1:]
    }
    return [c for c in extraction.claims if c.norm_span in cells]


def by_text(claims: list[Claim]) -> dict[str, list[Claim]]:
    found: dict[str, list[Claim]] = {}
    for claim in claims:
        found.setdefault(claim.text, []).append(claim)
    return found


def checks_of(text: str, kind: str) -> list[Check]:
    extraction = extract(text)
    ids = {c.id: c for c in extraction.claims}
    return [k for k in check(extraction) if k.kind == kind and k.claims[-1] in ids]


def verdicts(text: str, kind: str) -> dict[str, str]:
    """The verdict of each ``kind`` check, by the text of the figure it verifies."""
    extraction = extract(text)
    texts = {c.id: c.text for c in extraction.claims}
    return {texts[k.claims[-1]]: k.verdict for k in check(extraction) if k.kind == kind}


# --- extraction -------------------------------------------------------------------------------


def test_period_and_change_columns():
    claims = table_claims(extract(PERIODS))
    assert len(claims) == 12
    first = claims[:3]
    assert [(c.kind, c.value, c.unit, c.period) for c in first] == [
        ("count", Decimal("120"), "件", "current"),
        ("count", Decimal("100"), "件", "previous"),
        ("change", Decimal("20.0"), "%", None),
    ]
    assert [c.direction for c in claims if c.kind == "change"] == ["up", "down", "flat", "flat"]
    assert [c.value for c in claims if c.kind == "change"][1] == Decimal("20.0")  # absolute
    assert {c.subject for c in first} == {"河口镇矛盾纠纷"}
    assert {c.subject for c in claims[-3:]} == {"矛盾纠纷"}  # the 合计 row: what is counted


def test_share_column_and_row_unit():
    claims = by_text(table_claims(extract(SHARES)))
    assert claims["20"][0].unit == "批"  # 来访(批)
    assert claims["20"][0].subject == "来访"
    assert claims["30"][0].unit == "件"  # 件数
    share = claims["50.0"][0]
    assert (share.kind, share.unit, share.period, share.subject) == (
        "share",
        "%",
        "current",
        "网上信访",
    )
    assert claims["100"][0].subject == "来信来访"  # the total: the title's thing


def test_rate_and_act_columns():
    claims = by_text(table_claims(extract(RATES)))
    assert (claims["40"][0].kind, claims["40"][0].subject) == ("count", "甲局交办重点信访事项")
    assert claims["95.0"][0].kind == "rate"
    assert claims["95.0"][0].subject == "甲局重点信访事项办结率"
    assert claims["89.2"][0].subject == "重点信访事项办结率"
    assert claims["58"][0].subject == "办结重点信访事项"


def test_money_columns_are_amounts_in_yuan():
    claims = by_text(table_claims(extract(MONEY)))
    east = claims["12.5"][0]
    assert (east.kind, east.value, east.unit, east.scale) == (
        "amount",
        Decimal("125000.0"),
        "元",
        Decimal(10000),
    )
    assert claims["10.0"][0].period == "previous"
    assert claims["25.0"][0].kind == "change"


PER_POPULATION = (
    "表5　各县区信访情况\n"
    "县区\t信访量（件）\t万人信访量（件）\n"
    "东城区\t726\t10.6\n"
    "西城区\t598\t11.3\n"
    "南山县\t462\t7.5\n"
    "合计\t1786\t9.8\n"
)


def test_a_per_population_column_is_a_ratio_and_never_summed():
    claims = by_text(table_claims(extract(PER_POPULATION)))
    assert (claims["10.6"][0].kind, claims["10.6"][0].unit) == ("ratio", "件")
    assert claims["726"][0].kind == "count"
    # the counts add up (726+598+462 = 1786); 10.6+11.3+7.5 is no 万人信访量 of the whole
    assert verdicts(PER_POPULATION, "sum") == {"1786": "consistent"}


def test_ids_are_in_document_order_and_prose_figures_kept():
    text = "全年共受理信访事项250件,同比持平。\n" + PERIODS + "以上数据截至年底。共回访300人次。"
    extraction = extract(text)
    spans = [c.span for c in extraction.claims]
    assert spans == sorted(spans)
    assert [c.id for c in extraction.claims] == [f"c{i + 1}" for i in range(len(spans))]
    assert extraction.claims[0].text == "250件"
    assert extraction.claims[-1].text == "300人次"


def test_a_cell_the_prose_extractor_read_is_not_read_twice():
    text = "渠道\t件数\t占比\n来信\t30件\t30.0%\n来访\t70件\t70.0%\n"
    extraction = extract(text)
    spans = [c.span for c in extraction.claims]
    assert len(spans) == len(set(spans))
    for a, b in pairwise(spans):
        assert a[1] <= b[0]


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_offsets_map_back_to_the_raw_text(newline: str):
    fullwidth = str.maketrans("0123456789.-", "０１２３４５６７８９．－")
    lines = [line for line in PERIODS.splitlines()]
    rows = [line.translate(fullwidth) if "\t" in line else line for line in lines]
    raw = newline.join(rows) + newline
    extraction = extract(raw)
    claims = table_claims(extraction)
    assert len(claims) == 12
    for claim in extraction.claims:
        assert raw[claim.span[0] : claim.span[1]] == claim.text
    assert claims[0].text == "１２０"
    assert claims[0].value == Decimal(120)
    assert (claims[5].text, claims[5].direction) == ("－２０．０", "down")


def test_thousands_separators_in_cells():
    text = "县区\t2024年\t2023年\t增减%\n甲县\t1,200\t1,000\t20.0\n乙县\t2,000\t2,500\t-20.0\n"
    extraction = extract(text)
    claims = table_claims(extraction)
    assert [c.text for c in claims[:2]] == ["1,200", "1,000"]
    assert claims[0].value == Decimal(1200)
    for claim in claims:
        assert text[claim.span[0] : claim.span[1]] == claim.text


def test_text_without_tabs_has_no_tables():
    assert find_tables(normalize("河口镇 120 100 20.0\n石桥乡 80 100 -20.0\n合计 200 200 0")) == []


def test_too_few_lines_or_no_header_is_no_table():
    assert find_tables(normalize("乡镇\t件数\n河口镇\t12\n")) == []
    assert find_tables(normalize("甲\t1\t2\n乙\t3\t4\n丙\t5\t6\n")) == []


# --- checks -----------------------------------------------------------------------------------


LISTED_BASES = (
    "各片区物业投诉情况见下表:\n"
    "片区\t住户(户)\t投诉件(件)\t增减(%)\n"
    "东片区\t9,320\t126\t+{east}\n"
    "西片区\t7,415\t88\t-12.0\n"
    "南片区\t5,060\t65\t+8.3\n"
    "合计\t21,795\t279\t+{total}\n"
    "表中增减为与上年同期相比,各片区上年同期投诉件数依次为105件、100件和60件。\n"
)


def test_a_change_column_over_bases_listed_after_the_table():
    # 126/105 = +20.0%, 88/100 = −12.0%, 65/60 = +8.33%; 279/265 = +5.28%
    good = verdicts(LISTED_BASES.format(east="20.0", total="5.3"), "change")
    assert good == {
        "+20.0": "consistent",
        "-12.0": "consistent",
        "+8.3": "consistent",
        "+5.3": "consistent",
    }
    bad = verdicts(LISTED_BASES.format(east="2.0", total="6.3"), "change")
    assert bad["+2.0"] == "inconsistent" and bad["+6.3"] == "inconsistent"
    (total,) = [
        k
        for k in checks_of(LISTED_BASES.format(east="20.0", total="5.3"), "change")
        if k.reported == Decimal("5.3")
    ]
    assert "279/(105+100+60)" in total.message("zh")


def test_a_list_of_more_figures_than_rows_after_a_table_is_no_list_of_its_bases():
    text = LISTED_BASES.format(east="20.0", total="5.3").replace("和60件", "、60件和48件")
    assert verdicts(text, "change") == {}


def test_consistent_tables_raise_nothing():
    for text in (PERIODS, SHARES, RATES, MONEY):
        found = check(extract(text))
        assert found, text
        assert all(k.verdict == "consistent" for k in found), [k.message() for k in found]
    assert set(verdicts(PERIODS, "change")) == {"20.0", "-20.0", "0.0"}
    assert verdicts(PERIODS, "sum") == {"250": "consistent"}
    assert verdicts(SHARES, "share") == {
        "30.0": "consistent",
        "20.0": "consistent",
        "50.0": "consistent",
    }
    assert len(checks_of(SHARES, "share_sum")) == 1
    assert len(checks_of(RATES, "rate")) == 3
    assert len(checks_of(MONEY, "sum")) == 2


def test_planted_wrong_total_is_flagged():
    text = RATES.replace("合计\t65\t58\t89.2", "合计\t65\t60\t92.3")  # 38+20 = 58
    assert verdicts(text, "sum") == {"65": "consistent", "60": "inconsistent"}
    assert verdicts(text, "rate")["92.3"] == "consistent"  # the total row agrees with itself


def test_planted_wrong_share_is_flagged():
    text = SHARES.replace("来信\t30\t30.0", "来信\t30\t35.0").replace(
        "网上信访\t50\t50.0", "网上信访\t50\t45.0"
    )
    found = verdicts(text, "share")
    assert found["35.0"] == "inconsistent"
    assert found["45.0"] == "inconsistent"
    assert found["20.0"] == "consistent"
    assert verdicts(text, "share_sum") == {"45.0": "consistent"}  # still adds up to 100


def test_planted_wrong_change_and_direction_are_flagged():
    wrong_size = PERIODS.replace("河口镇\t120\t100\t20.0", "河口镇\t120\t100\t12.0")
    assert verdicts(wrong_size, "change")["12.0"] == "inconsistent"
    flipped = PERIODS.replace("石桥乡\t80\t100\t-20.0", "石桥乡\t80\t100\t20.0")
    changes = [k for k in checks_of(flipped, "change") if k.verdict == "inconsistent"]
    assert len(changes) == 1
    assert changes[0].severity == "direction"


def test_planted_wrong_rate_is_flagged():
    text = RATES.replace("乙局\t25\t20\t80.0", "乙局\t25\t20\t85.0")
    assert verdicts(text, "rate") == {
        "95.0": "consistent",
        "85.0": "inconsistent",
        "89.2": "consistent",
    }


def test_share_column_not_adding_up_is_flagged():
    text = SHARES.replace("网上信访\t50\t50.0", "网上信访\t50\t60.0")
    assert verdicts(text, "share_sum") == {"60.0": "inconsistent"}


def test_rounding_traps_are_consistent():
    # 1/3, 1/3, 1/3 written 33.3 each: 99.9; 2/3 = 66.67 written 66.7; 1/6 truncated to 16.6
    text = (
        "表5　来源分布\n"
        "来源\t件数\t占比%\n"
        "来信\t1\t33.3\n"
        "来访\t1\t33.3\n"
        "网上\t1\t33.3\n"
        "合计\t3\t100.0\n"
        "\n"
        "单位\t交办\t化解\t化解率%\n"
        "甲镇\t3\t2\t66.7\n"
        "乙镇\t6\t1\t16.6\n"
        "合计\t9\t3\t33.3\n"
        "\n"
        "县区\t本年\t上年\t同比增减(%)\n"
        "甲县\t1000\t1073\t-6.8\n"  # −6.80 %
        "乙县\t2000\t1999\t0.0\n"  # +0.05 %: 0.0, flat
        "合计\t3000\t3072\t-2.3\n"  # −2.34 %
    )
    found = check(extract(text))
    assert {k.kind for k in found} >= {"share", "share_sum", "rate", "sum", "change"}
    assert all(k.verdict == "consistent" for k in found), [k.message() for k in found]


def test_table_without_total_row_uses_the_sum_of_its_items():
    text = (
        "全年共受理信访事项200件。\n"
        "表6　信访事项内容分类\n"
        "类别\t件数\t占比%\n"
        "城乡建设\t90\t45.0\n"
        "劳动保障\t60\t30.0\n"
        "其他\t50\t25.0\n"
    )
    extraction = extract(text)
    subjects = {c.text: c.subject for c in extraction.claims}
    assert subjects["90"] == "城乡建设类"
    assert subjects["50"] == "其他"
    assert verdicts(text, "sum") == {"200件": "consistent"}
    assert set(verdicts(text, "share").values()) == {"consistent"}
    wrong = text.replace("劳动保障\t60\t30.0", "劳动保障\t60\t35.0")
    assert verdicts(wrong, "share")["35.0"] == "inconsistent"


def test_messages_in_both_languages():
    text = RATES.replace("乙局\t25\t20\t80.0", "乙局\t25\t20\t85.0")
    (wrong,) = [k for k in checks_of(text, "rate") if k.verdict == "inconsistent"]
    assert "乙局" in wrong.message("zh") and "不一致" in wrong.message("zh")
    assert "inconsistent" in wrong.message("en")
    raw_start, raw_end = wrong.span
    assert text[raw_start:raw_end] == "85.0"


# --- .docx ------------------------------------------------------------------------------------


def test_docx_table_is_read_and_extracted(tmp_path: Path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("一、受理情况")
    document.add_paragraph("表1　各街道受理情况")
    document.add_paragraph("单位：件")
    rows = [
        ("街道", "本年", "上年", "同比%"),
        ("东风街道", "64", "80", "-20.0"),
        ("红旗街道", "36", "20", "80.0"),
        ("合计", "100", "100", "0.0"),
    ]
    table = document.add_table(rows=len(rows), cols=4)
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            table.cell(i, j).text = value
    document.add_paragraph("二、下步打算")
    path = tmp_path / "tables.docx"
    document.save(str(path))
    text = read_document(path).text
    extraction = extract(text)
    claims = table_claims(extraction)
    assert len(claims) == 9
    assert claims[0].subject == "东风街道受理"  # 表1 各街道受理情况: the title's thing
    assert claims[0].unit == "件"
    for claim in extraction.claims:
        assert text[claim.span[0] : claim.span[1]] == claim.text
    found = check(extraction)
    assert len([k for k in found if k.kind == "change"]) == 3
    assert all(k.verdict == "consistent" for k in found)


# --- robustness -------------------------------------------------------------------------------

_TABLEISH = st.text(
    alphabet=st.sampled_from(
        list("\t\t\t\n\n\r 0123456789.,-−%()（）合计件年占比率本上甲乙单位:：表其他")
    )
    | st.characters(),
    max_size=300,
)


@settings(
    max_examples=300,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(_TABLEISH)
def test_table_detector_never_raises(text: str):
    normalized = normalize(text)
    for table in find_tables(normalized):
        for row in table.rows:
            for cell in row.cells:
                assert 0 <= cell.start <= cell.end <= len(normalized.text)
    extraction = extract(normalized)
    for claim in extraction.claims:
        assert text[claim.span[0] : claim.span[1]] == claim.text
    check(extraction)


def test_the_tolerance_a_user_asks_for_widens_table_checks_too():
    from xinfang_nlp.checks import CheckOptions

    text = (
        "表1 各乡镇受理情况\n单位：件\n乡镇\t件数\t占比%\n"
        "甲镇\t30\t30.3\n乙镇\t70\t69.7\n合计\t100\t100.0\n"
    )
    ex = extract(text)

    def share_verdicts(**options: object) -> list[str]:
        found = check(ex, options=CheckOptions(**options))
        return [k.verdict for k in found if k.kind == "share"]

    assert share_verdicts() == ["inconsistent", "inconsistent"]  # 30/100 is 30.0, not 30.3
    assert share_verdicts(tolerance=Decimal("0.5")) == ["consistent", "consistent"]


@pytest.mark.parametrize("separator", [" ", "  ", "｜", " | ", "\u3000"])
def test_a_table_flattened_with_spaces_or_bars_is_read_as_with_tabs(separator):
    text = PERIODS.replace("\t", separator)
    assert verdicts(text, "sum") == verdicts(PERIODS, "sum") == {"250": "consistent"}
    assert verdicts(text, "change") == verdicts(PERIODS, "change")
    wrong = text.replace("合计" + separator + "250", "合计" + separator + "260")
    assert verdicts(wrong, "sum") == {"260": "inconsistent", "250": "consistent"}


def test_prose_with_spaces_is_no_table():
    text = "一、 基本情况\n今年 全县 受理 信访事项 1,200件。\n二、 主要做法\n加强 源头 治理。\n"
    assert find_tables(normalize(text)) == []


def test_a_base_column_compares_the_current_column_right_before_it():
    text = (
        "1—10月各乡镇信访情况如下:\n"
        "乡镇 本月（件） 累计（件） 上年同期（件） 同比%\n"
        "城关镇 98 962 1046 -8.0\n"
        "梓桥镇 52 508 541 -6.1\n"
        "石门镇 44 431 398 -8.3\n"
        "合计 194 1901 1985 -4.2\n"
    )
    changes = verdicts(text, "change")
    # the cumulative counts over last year's: 962/1046−1 = −8.03%; 431/398−1 = +8.29% (sign)
    assert changes == {
        "-8.0": "consistent",
        "-6.1": "consistent",
        "-8.3": "inconsistent",
        "-4.2": "consistent",
    }


def test_a_spaced_table_with_full_width_digits_and_ideographic_decimal_points_is_read():
    # what a report typed in a Chinese input method looks like: ２１。５ for 21.5
    text = PERIODS.replace("\t", " ").replace("20.0", "２０。０").replace("-20.0", "-２０。０")
    text = text.replace("120", "１２０").replace("250", "２５０")
    assert verdicts(text, "sum") == {"２５０": "consistent"}
    changes = verdicts(text, "change")
    assert len(changes) == len(verdicts(PERIODS, "change")) == 3
    assert changes["２０。０"] == changes["-２０。０"] == "consistent"


# --- ratio columns: the quotient the table itself bears out --------------------------------

PER_CASE = (
    "表5　各乡镇涉林信访及涉及面积\n"
    "乡镇\t件数\t涉及面积（亩）\t件均面积（亩）\n"
    "杉坪镇\t40\t410.0\t10.3\n"
    "竹溪乡\t25\t380.0\t15.2\n"
    "枫桥镇\t16\t200.0\t12.5\n"
    "桐木乡\t30\t255.0\t9.1\n"
    "合计\t111\t1245.0\t11.2\n"
)


def test_a_per_case_column_is_checked_against_the_two_columns_that_give_it():
    # 410/40 = 10.25 → 10.3; 380/25 = 15.2; 200/16 = 12.5; 255/30 = 8.5, written 9.1 (planted);
    # 1245/111 = 11.22 → 11.2
    assert verdicts(PER_CASE, "per_capita") == {
        "10.3": "consistent",
        "15.2": "consistent",
        "12.5": "consistent",
        "9.1": "inconsistent",
        "11.2": "consistent",
    }
    wrong = next(k for k in checks_of(PER_CASE, "per_capita") if k.verdict == "inconsistent")
    assert "255.0/30 = 8.50" in wrong.message("zh")


def test_a_ratio_column_no_pair_of_columns_gives_is_left_alone():
    scrambled = PER_CASE.replace("10.3", "4.4").replace("15.2", "21.7").replace("12.5", "3.3")
    assert verdicts(scrambled, "per_capita") == {}


PEOPLE_BEFORE = (
    "各镇户籍人口依次为4.2万、3.5万、2.8万和1.6万人,合计12.1万人。\n"
    "镇\t本期（件）\t上年同期（件）\t万人信访量（件）\n"
    "河阳镇\t126\t140\t30.0\n"
    "柳塘镇\t98\t91\t28.0\n"
    "石滩镇\t70\t77\t25.0\n"
    "青坪镇\t41\t44\t52.6\n"
    "合计\t335\t352\t27.7\n"
)


def test_a_per_10k_column_is_over_the_populations_listed_before_the_table():
    # 126/4.2万 = 30.0; 98/3.5万 = 28.0; 70/2.8万 = 25.0; 41/1.6万 = 25.6, written 52.6
    # (planted); 335/12.1万 = 27.69 → 27.7 (the 合计 after the list)
    assert verdicts(PEOPLE_BEFORE, "per_capita") == {
        "30.0": "consistent",
        "28.0": "consistent",
        "25.0": "consistent",
        "52.6": "inconsistent",
        "27.7": "consistent",
    }


def test_a_list_of_another_length_is_no_column_of_populations():
    three = PEOPLE_BEFORE.replace(
        "4.2万、3.5万、2.8万和1.6万人,合计12.1万人", "4.2万、3.5万和2.8万人"
    )
    assert verdicts(three, "per_capita") == {}


MONTHS = (
    "表6　2025年1—4月信访受理情况\n"
    "月份｜来信（件）｜来访（批）｜网上（件）｜日均（件）\n"
    "1月｜20｜31｜259｜10.0\n"
    "2月｜14｜30｜236｜10.0\n"
    "3月｜25｜40｜245｜10.3\n"
    "4月｜22｜35｜303｜12.0\n"
    "合计｜81｜136｜1043｜10.5\n"
)


def test_a_daily_column_of_a_month_table_is_over_each_months_days():
    # the row's three channels over its month's days: 310/31 = 10.0; 280/28 = 10.0 (2025 is
    # no leap year: over 29 days it would be 9.7); 310/31 = 10.0, written 10.3 (planted);
    # 360/30 = 12.0; 1260/120 = 10.5
    assert verdicts(MONTHS, "per_capita") == {
        "10.0": "consistent",
        "10.3": "inconsistent",
        "12.0": "consistent",
        "10.5": "consistent",
    }
    leap = MONTHS.replace("2025年", "2024年").replace("10.3", "10.0").replace("10.5", "10.4")
    assert [k.verdict for k in checks_of(leap, "per_capita")] == [
        "consistent",
        "inconsistent",  # 280/29 = 9.66
        "consistent",
        "consistent",
        "consistent",  # 1260/121 = 10.41
    ]


# --- a 合计 column, and rows that are periods ----------------------------------------------

YEARS = (
    "近三年信访事项登记情况如下(来访按批次计入合计)。\n"
    "年份｜来信(件)｜来访(批)｜网上信访(件)｜合计(件)｜同比(%)\n"
    "2022年｜50｜100｜90｜240｜—\n"
    "2023年｜40｜110｜120｜270｜12.5\n"
    "2024年｜30｜90｜{online}｜{total}｜{change}\n"
    "三年合计｜120｜300｜{online_sum}｜{grand}｜—\n"
)


def test_a_total_column_adds_up_each_row_and_a_period_row_table_compares_each_year():
    text = YEARS.format(online=135, total=255, change="-5.6", online_sum=345, grand=765)
    sums = {shown_row(k): k.verdict for k in checks_of(text, "sum") if "各项之和" in k.message()}
    assert sums == {
        "2022年": "consistent",
        "2023年": "consistent",
        "2024年": "consistent",
        "三年合计": "consistent",
    }
    # 270/240−1 = +12.5%; 255/270−1 = −5.56%
    assert verdicts(text, "change") == {"12.5": "consistent", "-5.6": "consistent"}


def test_a_wrong_total_cell_and_a_change_over_the_wrong_base_are_found():
    # 30+90+135 = 255, written 265 (planted); 265/270−1 = −1.85%, written −5.9
    text = YEARS.format(online=135, total=265, change="-5.9", online_sum=345, grand=765)
    wrong = {shown_row(k) for k in checks_of(text, "sum") if k.verdict == "inconsistent"}
    assert "2024年" in wrong
    assert verdicts(text, "change")["-5.9"] == "inconsistent"


def shown_row(k: Check) -> str:
    return k.message("zh").removeprefix("表中").split(":")[0]
