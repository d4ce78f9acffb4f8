"""The table shapes of real .docx reports: a 序号 column, two-line headers with merged cells,
小计 rows, 其中 rows, units written in the cells.

Every table here is invented for this file (none is taken from the corpus)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from xinfang_nlp.checks import Check, check
from xinfang_nlp.extract import Claim, extract
from xinfang_nlp.normalize import normalize
from xinfang_nlp.read import read_document
from xinfang_nlp.tables import find_tables

SERIAL = (
    "表2　各镇矛盾纠纷排查情况\n"
    "单位：件\n"
    "序号\t乡镇\t排查\t化解\t化解率%\n"
    "1\t桃源镇\t48\t45\t93.8\n"
    "2\t梅岭乡\t32\t30\t93.8\n"
    "3\t竹溪镇\t20\t16\t80.0\n"
    "合计\t\t100\t91\t91.0\n"
)

TWO_LINES = (
    "表3　各街道来信来访对比\n"
    "街道\t来信\t\t\t来访\t\t\t合计\t\n"
    "\t本期\t同期\t增减%\t本期\t同期\t增减%\t本期\t同期\n"
    "甲街道\t50\t40\t25.0\t30\t40\t-25.0\t80\t80\n"
    "乙街道\t10\t20\t-50.0\t60\t40\t50.0\t70\t60\n"
    "合计\t60\t60\t0.0\t90\t80\t12.5\t150\t140\n"
)

SUBTOTALS = (
    "表5　各片区矛盾纠纷调解情况\n"
    "单位：起\n"
    "片区\t调解\t成功\n"
    "东一村\t12\t10\n"
    "东二村\t8\t7\n"
    "东片小计\t20\t17\n"
    "西一村\t15\t12\n"
    "西二村\t5\t5\n"
    "西片小计\t20\t17\n"
    "合计\t40\t34\n"
)

GROUP_HEADS = (
    "表8　各单位信访事项办理情况\n"
    "序号\t单位\t受理\t办结\n"
    "一\t城区\t30\t28\n"
    "1\t东街道\t18\t17\n"
    "2\t西街道\t12\t11\n"
    "二\t郊区\t20\t20\n"
    "1\t南乡\t20\t20\n"
    "合计\t\t50\t48\n"
)

PARTS = (
    "表6　信访渠道情况\n"
    "渠道\t件数\t占比%\n"
    "来信\t40\t40.0\n"
    "其中：网上来信\t25\t25.0\n"
    "来访\t35\t35.0\n"
    "电话\t25\t25.0\n"
    "合计\t100\t100.0\n"
)

UNITS = (
    "表7　各镇信访事项受理情况\n"
    "乡镇\t本年\t上年\t同比\t救助资金\n"
    "青山镇\t35件\t28件\t↑25.0%\t1.2万元\n"
    "绿水乡\t20件\t25件\t-20.0%\t0.8万元\n"
    "合计\t55件\t53件\t↑3.8%\t2.0万元\n"
)

# each table with a piece of arithmetic only its shape's handling shows
TRANSPOSED = (
    "表9　各县信访事项受理情况\n"
    "单位：件\n"
    "项目\t东县\t西县\t合计\n"
    "本年\t120\t80\t200\n"
    "上年\t100\t100\t200\n"
    "同比%\t20.0\t-20.0\t0.0\n"
)

ALL = (
    (SERIAL, "表中桃源镇:45/48 = 93.75%"),
    (TWO_LINES, "“来信·同期”列各行之和 40+20 = 60"),
    (SUBTOTALS, "东一村至东二村之和 12+8 = 20"),
    (GROUP_HEADS, "除小计外各行之和 18+12+20 = 50"),
    (PARTS, "各行之和 40+35+25 = 100"),
    (UNITS, "表中青山镇:35/28−1 = +25.00%"),
    (TRANSPOSED, "表中“本年”行各列之和 120+80 = 200,合计列为200"),
)


def claims_by_text(text: str) -> dict[str, list[Claim]]:
    found: dict[str, list[Claim]] = {}
    for claim in extract(text).claims:
        found.setdefault(claim.text, []).append(claim)
    return found


def checks(text: str, kind: str | None = None) -> list[Check]:
    return [k for k in check(extract(text)) if kind is None or k.kind == kind]


def texts_of(text: str, found: list[Check]) -> list[str]:
    """The text of the figure each check verifies."""
    claims = {c.id: c.text for c in extract(text).claims}
    return [claims[k.claims[-1]] for k in found]


def inconsistent(text: str) -> list[Check]:
    return [k for k in checks(text) if k.verdict == "inconsistent"]


@pytest.mark.parametrize(("text", "arithmetic"), ALL)
def test_correct_tables_raise_no_alarm_and_spans_are_the_cells(text: str, arithmetic: str):
    extraction = extract(text)
    for claim in extraction.claims:
        assert text[claim.span[0] : claim.span[1]] == claim.text
    found = checks(text)
    assert any(arithmetic in k.message() for k in found), [k.message() for k in found]
    assert inconsistent(text) == [], [k.message() for k in inconsistent(text)]


# --- 1. a 序号 column ---------------------------------------------------------------------------


def test_serial_number_column_is_neither_a_figure_nor_the_label():
    claims = claims_by_text(SERIAL)
    assert "1" not in claims and "2" not in claims and "3" not in claims
    first = claims["48"][0]
    assert (first.kind, first.unit, first.period) == ("count", "件", "current")
    assert first.subject == "桃源镇排查矛盾纠纷"
    assert claims["100"][0].subject == "排查矛盾纠纷"  # 合计 written across 序号 and 乡镇
    sums = checks(SERIAL, "sum")
    assert [k.verdict for k in sums] == ["consistent", "consistent"]
    assert len(checks(SERIAL, "rate")) == 4
    wrong = SERIAL.replace("2\t梅岭乡\t32\t30\t93.8", "2\t梅岭乡\t32\t30\t98.3")
    assert texts_of(wrong, inconsistent(wrong)) == ["98.3"]


def test_rate_over_what_was_due_and_not_over_what_was_received():
    text = (
        "表4　各所矛盾纠纷化解情况\n"
        "序号\t单位\t受理\t应化解\t按期化解\t按期化解率\n"
        "1\t甲所\t60\t50\t45\t90.0%\n"
        "2\t乙所\t40\t30\t24\t80.0%\n"
        "合计\t\t100\t80\t69\t86.3%\n"
    )
    rates = checks(text, "rate")
    assert [k.verdict for k in rates] == ["consistent"] * 3
    assert "45/50 = 90%" in rates[0].message()
    wrong = text.replace("2\t乙所\t40\t30\t24\t80.0%", "2\t乙所\t40\t30\t24\t60.0%")
    assert texts_of(wrong, inconsistent(wrong)) == ["60.0%"]


def test_ordinals_under_an_empty_header_cell_are_a_serial_column():
    text = SERIAL.replace("序号\t乡镇", "\t乡镇")
    assert claims_by_text(text)["48"][0].subject == "桃源镇排查矛盾纠纷"
    assert "1" not in claims_by_text(text)


# --- 2. two-line headers ------------------------------------------------------------------------


def test_two_line_header_gives_each_column_its_group_and_period():
    (table,) = find_tables(normalize(TWO_LINES))
    assert [(c.header, c.kind, c.period, c.group) for c in table.columns[:3]] == [
        ("来信·本期", "count", "current", "来信"),
        ("来信·同期", "count", "previous", "来信"),
        ("来信·增减%", "change", None, "来信"),
    ]
    claims = claims_by_text(TWO_LINES)
    assert [(c.period, c.subject) for c in claims["40"]] == [
        ("previous", "甲街道来信来信来访"),  # 来信·同期 (row, act, the title's thing)
        ("previous", "甲街道来访来信来访"),  # 来访·同期
        ("previous", "乙街道来访来信来访"),
    ]
    changes = checks(TWO_LINES, "change")
    assert len(changes) == 6  # two groups, three rows
    assert "50/40−1 = +25.00%" in changes[0].message()
    # 来信 + 来访 = 合计, each row and period
    assert len([k for k in checks(TWO_LINES, "sum") if "各项之和" in k.message()]) == 6


def test_two_line_header_planted_errors_are_flagged():
    wrong = TWO_LINES.replace("乙街道\t10\t20\t-50.0", "乙街道\t10\t20\t-40.0")
    assert texts_of(wrong, inconsistent(wrong)) == ["-40.0"]
    wrong_total = TWO_LINES.replace(
        "合计\t60\t60\t0.0\t90\t80\t12.5\t150\t140", ("合计\t60\t60\t0.0\t90\t80\t12.5\t150\t145")
    )
    flagged = inconsistent(wrong_total)
    assert {k.kind for k in flagged} == {"sum"}
    assert set(texts_of(wrong_total, flagged)) == {"145"}  # the column and the row disagree
    assert len(flagged) == 2


def test_repeated_periods_without_their_group_line_compare_the_nearest_pair():
    text = (
        "单位\t本期\t同期\t增减%\t本期\t同期\t增减%\n"
        "甲县\t10\t8\t25.0\t30\t40\t-25.0\n"
        "乙县\t20\t20\t0.0\t60\t40\t50.0\n"
        "合计\t30\t28\t7.1\t90\t80\t12.5\n"
    )
    changes = checks(text, "change")
    assert len(changes) == 6
    assert all(k.verdict == "consistent" for k in changes), [k.message() for k in changes]


def test_units_on_a_second_header_line():
    text = "县区\t本年\t上年\n\t(批)\t(批)\n甲县\t12\t10\n乙县\t8\t10\n合计\t20\t20\n"
    claims = claims_by_text(text)
    assert [(c.unit, c.period) for c in claims["12"]] == [("批", "current")]
    assert claims["10"][0].period == "previous"


# --- 3. 小计 rows -------------------------------------------------------------------------------


def test_subtotals_add_up_their_rows_and_the_total_adds_up_the_subtotals():
    sums = checks(SUBTOTALS, "sum")
    assert [k.verdict for k in sums] == ["consistent"] * 6
    assert "东一村至东二村之和 12+8 = 20,东片小计行为20,一致" in sums[0].message()
    assert "除小计外各行之和 12+8+15+5 = 40" in sums[4].message()
    assert "other than subtotals" in sums[4].message("en")


def test_planted_wrong_subtotal_is_flagged():
    wrong = SUBTOTALS.replace("西片小计\t20\t17", "西片小计\t20\t19")
    flagged = inconsistent(wrong)
    assert texts_of(wrong, flagged) == ["19"]  # 12+5 ≠ 19; the 合计 adds up the rows: one error
    assert "不一致" in flagged[0].message()
    assert "inconsistent" in flagged[0].message("en")


def test_group_heads_numbered_one_two_over_rows_numbered_1_2():
    sums = checks(GROUP_HEADS, "sum")
    assert len(sums) == 4  # 郊区 has a single row: no check of its own
    assert "东街道至西街道之和 18+12 = 30,城区行为30" in sums[0].message()
    wrong = GROUP_HEADS.replace("一\t城区\t30\t28", "一\t城区\t31\t28")
    assert texts_of(wrong, inconsistent(wrong)) == ["31"]
    wrong_total = GROUP_HEADS.replace("合计\t\t50\t48", "合计\t\t50\t47")
    assert texts_of(wrong_total, inconsistent(wrong_total)) == ["47"]


# --- 4. 其中 rows -------------------------------------------------------------------------------


def test_part_rows_are_left_out_of_sums_and_shares():
    claims = claims_by_text(PARTS)
    assert claims["25"][0].subject == "网上来信"
    (total,) = checks(PARTS, "sum")
    assert "40+35+25 = 100" in total.message()
    (share_sum,) = checks(PARTS, "share_sum")
    assert share_sum.verdict == "consistent"
    wrong = PARTS.replace("合计\t100\t100.0", "合计\t125\t100.0")
    assert texts_of(wrong, [k for k in inconsistent(wrong) if k.kind == "sum"]) == ["125"]


def test_rows_that_may_continue_a_part_list_raise_no_alarm():
    # 网上投诉 goes on listing the parts of 来信 (without a second 其中)
    text = (
        "渠道\t本年\t上年\n"
        "来信\t40\t30\n"
        "其中:网上来信\t25\t20\n"
        "网上投诉\t10\t8\n"
        "来访\t60\t60\n"
        "合计\t100\t90\n"
    )
    assert inconsistent(text) == []
    sums = checks(text, "sum")
    assert [k.verdict for k in sums] == ["consistent", "consistent"]
    assert "40+60 = 100" in sums[0].message()
    wrong = text.replace("合计\t100\t90", "合计\t105\t90")
    assert texts_of(wrong, inconsistent(wrong)) == ["105"]


# --- 5. units written in the cells ------------------------------------------------------------


def test_units_and_arrows_written_in_cells():
    claims = claims_by_text(UNITS)
    count = claims["35件"][0]
    assert (count.kind, count.value, count.unit, count.period) == (
        "count",
        Decimal(35),
        "件",
        "current",
    )
    up = claims["↑25.0%"][0]
    assert (up.kind, up.value, up.unit, up.direction) == ("change", Decimal("25.0"), "%", "up")
    down = claims["-20.0%"][0]
    assert (down.kind, down.direction) == ("change", "down")
    money = claims["1.2万元"][0]
    assert (money.kind, money.value, money.unit) == ("amount", Decimal("12000.0"), "元")
    assert len(checks(UNITS, "change")) == 3
    wrong = UNITS.replace("↑25.0%", "↓25.0%")
    (flagged,) = inconsistent(wrong)
    assert flagged.severity == "direction"
    # a % in a count column is not read as a count
    odd = "乡镇\t件数\t本年\n甲镇\t12\t5.0%\n乙镇\t8\t3.0%\n合计\t20\t8.0%\n"
    assert all(c.kind != "count" for c in claims_by_text(odd).get("5.0%", []))


# --- 6. transposed tables -----------------------------------------------------------------------


def test_transposed_table_is_read_column_by_column():
    claims = claims_by_text(TRANSPOSED)
    east = claims["120"][0]
    assert (east.kind, east.period, east.subject) == ("count", "current", "东县信访事项")
    assert [(c.period, c.subject) for c in claims["100"]] == [
        ("previous", "东县信访事项"),
        ("previous", "西县信访事项"),
    ]
    down = claims["-20.0"][0]
    assert (down.kind, down.direction, down.subject) == ("change", "down", "西县信访事项")
    assert len(checks(TRANSPOSED, "change")) == 3
    (total,) = [k for k in checks(TRANSPOSED, "sum") if "上年" in k.message()]
    assert "row “上年”: the columns add up to 100+100 = 200" in total.message("en")
    wrong = TRANSPOSED.replace("同比%\t20.0\t-20.0", "同比%\t20.0\t20.0")
    (flagged,) = inconsistent(wrong)
    assert flagged.severity == "direction"
    # years as rows added up in a 合计 row: read as written, its column sums are the checks
    text = "年份\t受理\t办结\n2022年\t10\t8\n2023年\t12\t9\n合计\t22\t17\n"
    assert [k.verdict for k in checks(text, "sum")] == ["consistent", "consistent"]
    wrong = text.replace("合计\t22\t17", "合计\t22\t18")
    assert texts_of(wrong, inconsistent(wrong)) == ["18"]


# --- .docx merged cells -----------------------------------------------------------------------


def test_docx_merged_header_cells_are_read_on_the_grid(tmp_path: Path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("表1　各县来信来访情况")
    rows = [
        ("县区", "来信", "", "来访", ""),
        ("", "本期", "同期", "本期", "同期"),
        ("东县", "12", "10", "30", "25"),
        ("西县", "8", "10", "20", "25"),
        ("合计", "20", "20", "50", "50"),
    ]
    table = document.add_table(rows=len(rows), cols=5)
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            table.cell(i, j).text = value
    table.cell(0, 1).merge(table.cell(0, 2))
    table.cell(0, 3).merge(table.cell(0, 4))
    table.cell(0, 0).merge(table.cell(1, 0))
    path = tmp_path / "merged.docx"
    document.save(str(path))
    text = read_document(path).text
    assert "县区\t来信\t\t来访\t\n\t本期\t同期\t本期\t同期\n" in text
    claims = claims_by_text(text)
    assert [c.period for c in claims["25"]] == ["previous", "previous"]
    found = checks(text)
    assert len([k for k in found if k.kind == "sum"]) == 4
    assert all(k.verdict == "consistent" for k in found)


# --- robustness -------------------------------------------------------------------------------

_WORDS = st.sampled_from(
    [
        "",
        "序号",
        "1",
        "2",
        "一",
        "合计",
        "小计",
        "其中:甲",
        "本期",
        "同期",
        "2024年",
        "增减%",
        "占比%",
        "办结率",
        "来信",
        "甲县",
        "12",
        "35件",
        "1.2万元",
        "-8.3%",
        "↑12%",
        "0",
        "(件)",
    ]
)


@settings(
    max_examples=200,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    st.integers(2, 6).flatmap(
        lambda w: st.lists(st.lists(_WORDS, min_size=w, max_size=w), min_size=3, max_size=8)
    )
)
def test_random_grids_never_raise(grid: list[list[str]]):
    text = "表1　情况\n" + "\n".join("\t".join(row) for row in grid) + "\n"
    extraction = extract(text)
    for claim in extraction.claims:
        assert text[claim.span[0] : claim.span[1]] == claim.text
    check(extraction)


def test_a_column_named_by_another_period_beside_this_period_is_the_base():
    text = (
        "各社区排查情况见下表。\n"
        "社区\t本季度(起)\t二季度(起)\t环比(%)\n"
        "青石社区\t96\t81\t18.5\n"
        "河口社区\t83\t79\t{second}\n"
        "合计\t179\t160\t11.9\n"
    )
    claims = extract(text.format(second="5.1")).claims
    assert [c.period for c in claims if c.text in ("81", "79", "160")] == ["previous"] * 3
    changes = [k for k in check(extract(text.format(second="5.1"))) if k.kind == "change"]
    assert [k.verdict for k in changes] == ["consistent"] * 3  # 96/81, 83/79, 179/160
    wrong = [k for k in check(extract(text.format(second="1.5"))) if k.kind == "change"]
    assert [k.verdict for k in wrong] == ["consistent", "inconsistent", "consistent"]
