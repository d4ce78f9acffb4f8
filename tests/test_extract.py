"""Claim extraction: each construction, each negative, placeholders, 分别, offsets, properties.

Examples are written for these tests; none is copied from the seed documents.
"""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xinfang_nlp.extract import extract
from xinfang_nlp.normalize import normalize
from xinfang_nlp.read import read_document


def claims_of(text: str) -> list[tuple[str, str, Decimal, str]]:
    return [(c.text, c.kind, c.value, c.unit) for c in extract(text).claims]


def one(text: str, figure: str):
    found = [c for c in extract(text).claims if c.text == figure]
    assert len(found) == 1, (figure, [c.text for c in extract(text).claims])
    return found[0]


# --- figures and their values -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "kind", "value", "unit"),
    [
        ("本季度共受理群众来信来访86批312人次。", "86批", "count", "86", "批"),
        ("本季度共受理群众来信来访86批312人次。", "312人次", "count", "312", "人次"),
        ("全市登记信访3.6万人次。", "3.6万人次", "count", "36000", "人次"),
        ("全年登记7千件次。", "7千件次", "count", "7000", "件次"),
        ("涉及农民工600余名。", "600余名", "count", "600", "名"),
        ("追回欠薪1.85亿元。", "1.85亿元", "amount", "185000000", "元"),
        ("实际到位外资2.3亿美元。", "2.3亿美元", "amount", "230000000", "美元"),
        ("发放救助金36.5万元。", "36.5万元", "amount", "365000", "元"),
        ("征收土地300余亩。", "300余亩", "amount", "300", "亩"),
        ("办理时限压缩至15天。", "15天", "amount", "15", "天"),
        ("首批交付安置房640套。", "640套", "count", "640", "套"),
        ("审批用时缩短至12.5个工作日。", "12.5个工作日", "amount", "12.5", "个工作日"),
        ("来访量同比上升18.5%。", "18.5%", "change", "18.5", "%"),
        ("满意率提高2.4个百分点。", "2.4个百分点", "change", "2.4", "pp"),
        ("满意率提高三个百分点。", "三个百分点", "change", "3", "pp"),
        ("越级访下降四成。", "四成", "change", "40", "%"),
        ("超过七成的诉求涉及工资。", "七成", "share", "70", "%"),
        ("网上信访增长一倍。", "一倍", "change", "1", "倍"),
        ("网上信访量翻一番。", "翻一番", "change", "100", "%"),
        ("约三分之一的来访反映拆迁问题。", "三分之一", "share", "33.333333", "%"),
        ("百分之九十的问题在基层解决。", "百分之九十", "share", "90", "%"),
        ("信访事项结案率为91.3%。", "91.3%", "rate", "91.3", "%"),
        ("万人信访率0.4‰。", "0.4‰", "rate", "0.4", "‰"),
        ("劳资纠纷占信访总量的27.5%。", "27.5%", "share", "27.5", "%"),
        ("完成全年目标任务的58%。", "58%", "progress", "58", "%"),
        ("日均接待来访群众14人次。", "14人次", "ratio", "14", "人次"),
        ("网上信访量是去年的1.8倍。", "1.8倍", "ratio", "1.8", "倍"),
        ("来访量与上年持平。", "持平", "change", "0", "%"),
        ("比上年增加37件。", "37件", "difference", "37", "件"),
        ("较上年减少5批。", "5批", "difference", "5", "批"),
    ],
)
def test_constructions(text: str, figure: str, kind: str, value: str, unit: str):
    claim = one(text, figure)
    assert (claim.kind, claim.value, claim.unit) == (kind, Decimal(value), unit)


@pytest.mark.parametrize(
    ("text", "figure", "direction"),
    [
        ("来信同比上升12%。", "12%", "up"),
        ("来信同比增长12%。", "12%", "up"),
        ("来访同比下降9.5%。", "9.5%", "down"),
        ("集体访回落3.2个百分点。", "3.2个百分点", "down"),
        ("重复访降幅为21%。", "21%", "down"),
        ("比上年减少14件。", "14件", "down"),
        ("来访量与上年持平。", "持平", "flat"),
        # a gap between two levels said with a comparative instead of a change verb
        ("满意率91.2%,比全市平均高3.1个百分点。", "3.1个百分点", "up"),
        ("满意率91.2%,低于全市平均3.1个百分点。", "3.1个百分点", "down"),
        ("满意率91.2%,落后全市平均3.1个百分点。", "3.1个百分点", "down"),
        ("已用去控制数的87.7%,比时间进度(83.3%)快4.4个百分点。", "4.4个百分点", "up"),
        ("已用去控制数的80.1%,比时间进度(83.3%)慢3.2个百分点。", "3.2个百分点", "down"),
        ("接通率为94.3%,上季度为91.6%,高出2.7个百分点。", "2.7个百分点", "up"),
    ],
)
def test_directions(text: str, figure: str, direction: str):
    assert one(text, figure).direction == direction


def test_a_comparison_names_the_level_not_the_other_side():
    claim = one("满意率91.2%,比全市平均高3.1个百分点。", "3.1个百分点")
    assert claim.subject == "满意率"
    assert one("满意率91.2%,落后全市平均3.1个百分点。", "3.1个百分点").subject == "满意率"


def test_the_gap_to_the_time_elapsed_is_no_target():
    # the control number is a plan; how far its use runs ahead of the time elapsed is not
    text = "全年控制目标为9800件以内,已用去控制目标的76.0%,比时间进度(75.0%)高1.0个百分点。"
    assert one(text, "1.0个百分点").modality == "actual"
    assert one(text, "9800件").modality == "target"


@pytest.mark.parametrize(
    ("text", "figure", "bound"),
    [
        ("涉及群众800余人。", "800余人", "more_than"),
        ("参与群众40多人。", "40多人", "more_than"),
        ("满意率达到95%以上。", "95%", "at_least"),
        ("集体访控制在20批以内。", "20批", "at_most"),
        ("涉及金额超过300万元。", "300万元", "more_than"),
        ("化解率不足60%。", "60%", "less_than"),
        ("累计接待近2000人次。", "2000人次", "about"),
        ("涉及资金约50万元。", "50万元", "about"),
        ("同比下降5%左右。", "5%", "about"),
        ("八成以上的矛盾在村级化解。", "八成", "at_least"),
        ("共接待群众120人次。", "120人次", "exact"),
        # 约 that closes a word (签约, 履约, 预约) bounds nothing
        ("全区老年人签约6.94万人。", "6.94万人", "exact"),
        ("当月网上预约312件,约200件当场办结。", "312件", "exact"),
        ("当月网上预约312件,约200件当场办结。", "200件", "about"),
    ],
)
def test_bounds(text: str, figure: str, bound: str):
    assert one(text, figure).bound == bound


def test_written_precision_is_kept():
    claim = one("全市登记信访2.40万人次。", "2.40万人次")
    assert claim.value == Decimal("24000")
    assert claim.decimals == 2
    assert claim.scale == Decimal(10000)
    assert claim.number.half_width == Decimal(50)


# --- relations ------------------------------------------------------------------------------


def test_previous_period_in_parentheses():
    text = "共接待来信来访64批230人次,与去年同期(51批188人次)相比,批次上升25.5%。"
    periods = {c.text: c.period for c in extract(text).claims}
    assert periods == {
        "64批": "current",
        "230人次": "current",
        "51批": "previous",
        "188人次": "previous",
        "25.5%": None,
    }


@pytest.mark.parametrize(
    ("text", "previous"),
    [
        ("受理劳动监察投诉236件(上年288件)。", "288件"),
        ("受理投诉236件(2024年为288件)。", "288件"),
        ("越级访4批,较去年同期的7批减少3批。", "7批"),
        ("去年同期为15件,今年为12件。", "15件"),
        ("满意率由原来的88%提高到93%。", "88%"),
        # 了 after 到: the level it rose to is still this year's
        ("网上信访的比重由上年的41.6%提高到了52.3%。", "41.6%"),
        ("平均办理时长由上年的18.4天缩短到了15.2天。", "18.4天"),
        # the new level named by the current period
        ("来访占比由上月的23.5%下降到本月的19.8%。", "23.5%"),
        # a season or term of the year before
        ("供热投诉412件,比上个供暖季(466件)减少54件。", "466件"),
        ("受理学生资助信访37件,较上一学年的45件有所减少。", "45件"),
        # 由 a level, with a change but no new level after it
        ("窗口来访量由318批下降12.6%。", "318批"),
    ],
)
def test_previous_period_forms(text: str, previous: str):
    claims = extract(text).claims
    assert [c.text for c in claims if c.period == "previous"] == [previous]


def test_a_list_of_levels_a_change_is_from_is_of_the_previous_period():
    claims = extract("物业、供暖两类分别由1,206件和574件上升8.4%和21.3%,停车类为642件。").claims
    assert [c.text for c in claims if c.period == "previous"] == ["1,206件", "574件"]
    assert [c.text for c in claims if c.period == "current"] == ["642件"]


@pytest.mark.parametrize(
    "text",
    [
        "上月结转代办事项17件,本月办结15件。",
        "上年遗留信访积案9件,今年化解8件。",
        "去年结转的积案6件,已办结5件。",
    ],
)
def test_what_a_previous_period_carried_over_is_counted_now(text: str):
    assert [c.period for c in extract(text).claims] == ["current", "current"]


def test_bracketed_bases_followed_by_their_changes_are_previous():
    text = "与上年同期相比,东关镇(210件)上升5.2%,西山乡(96件)下降6.3%,南河镇(75件)基本持平。"
    periods = {c.text: c.period for c in extract(text).claims if c.kind == "count"}
    assert periods == {"210件": "previous", "96件": "previous", "75件": "previous"}
    # without a comparison before them, a bracketed count is the place's own
    plain = "东关镇(210件)、西山乡(96件)信访量较大,城关镇上升5.2%。"
    assert {c.period for c in extract(plain).claims if c.kind == "count"} == {"current"}


def test_a_bracketed_list_of_bases_takes_the_names_of_the_list_before_it():
    text = "东关镇、西山乡、南河镇分别受理215件、132件、98件(上年同期分别为200件、140件、90件)。"
    bases = [(c.text, c.subject) for c in extract(text).claims if c.period == "previous"]
    assert bases == [("200件", "东关镇"), ("140件", "西山乡"), ("90件", "南河镇")]


def test_target_versus_achievement():
    text = "上半年满意率达到94.2%。下半年力争满意率达到96%以上,集体访控制在15批以内。"
    modality = {c.text: c.modality for c in extract(text).claims}
    assert modality == {"94.2%": "actual", "96%": "target", "15批": "target"}


def test_subjects_and_pairs():
    claims = {c.text: c for c in extract("其中,来信21件;来访57批203人次。").claims}
    assert claims["21件"].subject == "来信"
    assert claims["57批"].subject == "来访"
    assert claims["203人次"].subject == "来访"  # the second half of a pair inherits


@pytest.mark.parametrize(
    ("text", "figure", "kind"),
    [
        ("参评群众620人次,满意度为93.9%。", "93.9%", "rate"),
        ("交办积案64件,已化解57件,化解比例89.1%。", "89.1%", "rate"),
        ("受理信访事项214件,其中网上信访103件,比例为48.1%。", "48.1%", "share"),
        ("排查纠纷2764起,化解2591起,成功化解93.7%。", "93.7%", "rate"),
        ("督办事项420件,按期办结的达到91.9%。", "91.9%", "rate"),
    ],
)
def test_rates_and_shares_named_without_lv_or_zhan(text: str, figure: str, kind: str):
    assert one(text, figure).kind == kind


@pytest.mark.parametrize(
    ("text", "figure", "kind"),
    [
        # a level named after its value
        ("今年实现了97.4%的按期办结率。", "97.4%", "rate"),
        ("以95.8%的满意度排名全区第一。", "95.8%", "rate"),
        ("83.5%的乡镇办结率达到95%。", "83.5%", "share"),  # (a part of the towns)
        # a part of the whole named before 的, or said to be of a kind
        ("全区来访总量的41.6%集中在上半年。", "41.6%", "share"),
        ("受理的信访事项中,28.3%为重复信访。", "28.3%", "share"),
        ("比上年同期的36.2%有所下降。", "36.2%", "other"),  # (an earlier period's level)
        # the average of a percentage level is that level
        ("各村化解率平均为87.2%。", "87.2%", "rate"),
        ("城区满意率93.1%,农村平均为90.4%。", "90.4%", "rate"),
        ("人均办理信访事项17.5件。", "17.5件", "ratio"),
        # progress named …进度, or a plan then what of it is done
        ("积案化解工作序时进度为76.4%。", "76.4%", "progress"),
        ("年度化解任务已完成85%。", "85%", "progress"),
        # a level moved in % and then stated keeps its name
        ("满意率提升3.1%,达到93.9%。", "93.9%", "rate"),
        # a parenthesised level named after it
        ("与全市平均水平(91.4%)相比,我区办结率高出3.0个百分点。", "91.4%", "rate"),
        # a portion written 成 then 为
        ("来信中约三成为匿名信。", "三成", "share"),
    ],
)
def test_levels_named_around_a_bare_percentage(text: str, figure: str, kind: str):
    assert one(text, figure).kind == kind


def test_a_listed_name_gives_each_level_its_kind():
    found = extract("来信占比和回复率分别为12.4%和99.1%。").claims
    assert [(c.text, c.kind) for c in found] == [("12.4%", "share"), ("99.1%", "rate")]
    found = extract("受理率、办结率分别为100%和97.5%。").claims
    assert [c.kind for c in found] == ["rate", "rate"]


def test_a_level_named_by_the_sentence_before():
    found = extract("各街道满意率有所提升。其中城南街道为95.3%,城北街道为92.1%。").claims
    assert [(c.text, c.kind) for c in found] == [("95.3%", "rate"), ("92.1%", "rate")]
    assert found[0].subject.endswith("满意率")
    # not across a paragraph, and not when the sentence before has figures of its own
    found = extract("各街道满意率有所提升。\n其中城南街道为95.3%。").claims
    assert [c.kind for c in found] == ["other"]
    found = extract("各街道满意率有所提升,受理86件。其中城南街道为95.3%。").claims
    assert [c.kind for c in found] == ["count", "other"]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("对办结率低于85%的乡镇进行约谈。", "85%"),
        ("部分县区满意率低于80%,要认真整改。", "80%"),
        ("占比高于30%的类别要重点分析。", "30%"),
        ("满意率在95%以上的单位有6个。", "95%"),
    ],
)
def test_a_bar_a_rate_is_compared_with_is_not_a_figure(text: str, figure: str):
    assert figure not in [c.text for c in extract(text).claims]


@pytest.mark.parametrize(
    ("text", "figure", "kind"),
    [
        ("满意率保持在95%以上的水平。", "95%", "rate"),  # a level held, not a bar
        ("确保满意率不低于90%。", "90%", "rate"),  # a target, not a bar
        ("化解率达到90%以上的目标。", "90%", "rate"),
        ("市直部门满意率仅88.4%,低于全市平均7.0个百分点。", "7.0个百分点", "change"),
    ],
)
def test_what_looks_like_a_bar_but_is_a_figure(text: str, figure: str, kind: str):
    assert one(text, figure).kind == kind


def test_the_phrasing_set_is_typed():
    # corpora/phrasings/kinds.tsv, scored as scripts/eval_phrasings.py scores it: set A guided
    # the rules (0.983 when written), set B is held out (0.962); a little slack for either
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    import eval_phrasings

    result = eval_phrasings.score()
    assert result["n"] == {"A": 245, "B": 235}
    assert result["accuracy"]["A"] >= 0.975
    assert result["accuracy"]["B"] >= 0.95


def test_a_parallel_item_that_leaves_out_the_name_keeps_the_kind():
    rates = extract("东街化解率95.2%,西街93.1%,南街为90.4%。").claims
    assert [(c.kind, c.subject) for c in rates] == [
        ("rate", "东街化解率"),
        ("rate", "西街化解率"),
        ("rate", "南街化解率"),
    ]
    shares = extract("网上信访占58.5%,来信9.3%;来访32.2%,同比上升1.2%。").claims
    assert [c.kind for c in shares] == ["share", "share", "share", "change"]


def test_a_base_in_brackets_after_huanbi_is_previous():
    assert one("本月受理47件;环比(9月39件)增长20.5%。", "39件").period == "previous"


def test_a_count_with_a_fraction_is_an_average():
    found = extract("东街万人信访量7.2件,西街5.1件;每名网格员联系农户56户,全镇网格员126名。").claims
    assert [(c.text, c.kind) for c in found] == [
        ("7.2件", "ratio"),
        ("5.1件", "ratio"),
        ("56户", "ratio"),
        ("126名", "count"),
    ]
    assert found[1].subject == "西街万人信访量"
    assert one("全区受理2.4万件。", "2.4万件").kind == "count"  # a scaled count is a count


def test_separately_pairs_subjects_in_order():
    text = "来信、来访、网上信访分别下降6.1%、3.4%和上升15.0%。"
    claims = extract(text).claims
    assert [(c.value, c.subject, c.direction) for c in claims] == [
        (Decimal("6.1"), "来信", "down"),
        (Decimal("3.4"), "来访", "down"),
        (Decimal("15.0"), "网上信访", "up"),
    ]


def test_separately_pairs_units_in_order():
    text = "全年受理信访事项1,830件4,406人次,同比分别上升5.2%和2.7%。"
    claims = extract(text).claims
    by_text = {c.text: c for c in claims}
    assert by_text["5.2%"].paired_with == by_text["1,830件"].id
    assert by_text["2.7%"].paired_with == by_text["4,406人次"].id


# --- placeholders and malformed numbers ----------------------------------------------------


def test_placeholders_are_findings_not_numbers():
    text = "20xx年上半年,共办理来信 件,同比减少 %;接待来访**批,经费XX0元,20__年计划。"
    extraction = extract(text)
    assert extraction.claims == ()
    found = [(a.kind, a.text) for a in extraction.anomalies]
    assert found == [
        ("placeholder", "20xx年"),
        ("placeholder", " 件"),
        ("placeholder", " %"),
        ("placeholder", "**批"),
        ("placeholder", "XX0元"),
        ("placeholder", "20__年"),
    ]


def test_malformed_numbers_are_reported_not_repaired():
    extraction = extract("涉及金额约.38亿元,另有2。.14亿元待核实,占比、.45%。")
    assert extraction.claims == ()
    assert [(a.kind, a.text) for a in extraction.anomalies] == [
        ("malformed", ".38亿元"),
        ("malformed", "2。.14亿元"),
        ("malformed", ".45%"),
    ]


# --- negatives ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "2025年3月12日召开会议。",
        "6月1日—8月31日开展专项行动。",
        "1至6月份工作情况如下。",
        "晚上九点后仍有群众来访。",
        "(一)强化排查。1、健全机制。(2)落实责任。",
        "一是抓排查,二是抓化解。",
        "根据〔2024〕7号文件和X信发[2023]15号通知。",
        "深入学习党的二十大和二十届三中全会精神。",
        "落实“十四五”规划,开通12345热线和12315热线。",
        "防控H1N1流感,开展3.15消费者权益日活动,创建4A级景区。",
        "坚持“四个一”工作法和“一好转三提高三下降”目标。",
        "只要有1%的希望,就要尽100%的努力。",
        "该县排名全市前五位,位列第三位。",
        "对50人以上的群体性事件实行领导包案,千万美元以上项目实行专班服务。",
        "重点做好三个方面工作,连续两次排名靠后的单位要作说明。",
        "实行“1小时响应、3个工作日办结”,7×24小时值守。",
        # the size of the report's own list of names, a streak, "secondary", rhetoric
        "诉求集中在东街、西街两个社区,涉及住建、水务、电力三个部门。",
        "来信与网上信访两项渠道都有回升。",
        "信访量连续三个月下降后回升,需要二次办理的事项逐件跟踪。",
        "哪怕只有百分之一的合理性,也要尽百分之百的努力。",
        # a named rule, a voting rule, items counted again by a demonstrative
        "严格落实中央八项规定精神,村民会议须经“双三分之二”表决通过。",
        "这四个村(社区)均处在园区扩区范围内。",
        "坚持百分之百回访的工作标准。",
    ],
)
def test_not_claims(text: str):
    assert extract(text).claims == ()


def test_counts_near_a_list_of_names_are_still_claims():
    found = claims_of("东街与西街各两件,与去年相比增加三件;办结两件。")
    assert [c[0] for c in found] == ["两件", "三件", "两件"]


def test_threshold_qualifies_but_count_is_a_claim():
    claims = extract("其中50人以上的集体访3批。").claims
    assert [c.text for c in claims] == ["3批"]


# --- offsets --------------------------------------------------------------------------------

NOISY = "全縣共受理來信來訪(fǎng)１２８批３５６人次，同比下降8。6%，涉及金額2,170萬元??\ue001。"


def test_offsets_map_to_what_the_user_sees():
    extraction = extract(normalize(NOISY))
    texts = [c.text for c in extraction.claims]
    assert texts == ["１２８批", "３５６人次", "8。6%", "2,170萬元"]
    for claim in extraction.claims:
        assert NOISY[claim.span[0] : claim.span[1]] == claim.text
    values = [c.value for c in extraction.claims]
    assert values == [Decimal(128), Decimal(356), Decimal("8.6"), Decimal(21700000)]
    assert extraction.claims[0].subject == "来信来访"


def test_corpus_files_offsets(seed_files: list[Path]):
    for path in seed_files:
        document = read_document(path)
        extraction = extract(normalize(document.text))
        assert extraction.claims
        for claim in extraction.claims:
            assert document.text[claim.span[0] : claim.span[1]] == claim.text


_alphabet = st.sampled_from(
    list("来信访批件人次同比上升下降增加减少占率为的(),，。、;:分别约余多以上内一二三成倍番")
    + list("0123456789.%‰万亿元 xX*_\n")
    + ["个百分点", "去年同期", "力争", "其中", "分之"]
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=120), st.lists(_alphabet, max_size=60).map("".join)))
def test_extraction_never_raises_and_spans_stay_in_bounds(raw: str):
    extraction = extract(normalize(raw))
    for item in (*extraction.claims, *extraction.anomalies):
        start, end = item.span
        assert 0 <= start <= end <= len(raw)
        assert raw[start:end] == item.text


# --- spaCy adapter and the command ---------------------------------------------------------


def test_spacy_component_resolves_through_its_entry_point():
    """In a fresh interpreter spaCy must find ``xinfang_claims`` by entry point alone."""
    code = (
        "import spacy\n"
        "nlp = spacy.blank('zh')\n"
        "nlp.add_pipe('xinfang_claims')\n"
        "doc = nlp('共受理来信来访50批195人次,同比上升9.2%。')\n"
        "print([(s.text, s.label_) for s in doc.spans['xinfang_claims']])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert "('50批', 'count')" in result.stdout and "('9.2%', 'change')" in result.stdout


def test_load_spacy_tokens_and_spans():
    from xinfang_nlp import load_spacy

    nlp = load_spacy()
    doc = nlp("共受理来信来访50批195人次。")
    assert "195人次" in [t.text for t in doc]
    assert doc.text == "共受理来信来访50批195人次。"
    assert [(s.text, s.label_) for s in doc.spans["xinfang_claims"]] == [
        ("50批", "count"),
        ("195人次", "count"),
    ]
    assert doc._.xinfang_checks == []


def test_extract_command_formats(tmp_path: Path):
    from typer.testing import CliRunner

    from xinfang_nlp.cli import app

    report = tmp_path / "report.txt"
    report.write_bytes("共受理来信来访50批195人次,同比上升9.2%。\n".encode("gb18030"))
    runner = CliRunner()

    result = runner.invoke(app, ["extract", str(report), "--format", "json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["schema"] == "xinfang.report/1"
    assert payload["source"]["encoding"] == "gb18030"
    claim = payload["claims"][0]
    assert set(claim) >= {
        "id",
        "kind",
        "value",
        "unit",
        "bound",
        "direction",
        "period",
        "modality",
        "subject",
        "category",
        "span",
        "text",
        "sentence",
    }
    assert claim["value"] == 50 and claim["unit"] == "批"

    result = runner.invoke(app, ["extract", str(report), "--format", "jsonl"])
    assert len(result.stdout.splitlines()) == 1

    csv_out = tmp_path / "claims.csv"
    result = runner.invoke(app, ["extract", str(report), "--format", "csv", "-o", str(csv_out)])
    assert result.exit_code == 0
    lines = csv_out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("file,id,kind,value")
    assert len(lines) == 4  # header + 3 claims

    xlsx_out = tmp_path / "claims.xlsx"
    result = runner.invoke(app, ["extract", str(report), "--format", "xlsx", "-o", str(xlsx_out)])
    assert result.exit_code == 0
    from openpyxl import load_workbook

    sheet = load_workbook(xlsx_out)["claims"]
    assert sheet.cell(2, 3).value == "count"

    result = runner.invoke(app, ["extract", str(report)])
    assert result.exit_code == 0 and "195" in result.stdout


def test_csv_neutralises_spreadsheet_formulas(tmp_path: Path):
    from xinfang_nlp.render import to_csv
    from xinfang_nlp.report import analyze_text

    report = analyze_text("=HYPERLINK(A)共受理来信12件。\n@SUM(B)来访8批。")
    rows = to_csv([report]).splitlines()[1:]
    assert all(",'=HYPERLINK" in row or ",'@SUM" in row for row in rows)


def test_extract_command_reports_unreadable_files_and_continues(tmp_path: Path):
    from typer.testing import CliRunner

    from xinfang_nlp.cli import app

    good = tmp_path / "good.txt"
    good.write_text("共受理来信12件。", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    result = CliRunner().invoke(app, ["extract", str(bad), str(good), "--format", "jsonl"])
    assert result.exit_code == 2
    assert "文件为空" in result.stderr
    assert json.loads(result.stdout)["claims"][0]["text"] == "12件"


# --- the figure grammar as compiled is the grammar as read ---------------------------------


def _plain_figure_grammar():
    """The figure grammar with its lookbehinds written first (how it reads; extract compiles
    each alternative to consume its first character before looking behind, which scans faster
    but must find exactly the same matches)."""
    import regex

    from xinfang_nlp import extract as extract_module
    from xinfang_nlp.numbers import SCALES

    E = extract_module
    arabic = r"\d++(?:\.\d++)?+"
    cn_num = r"[零〇一二两三四五六七八九十百千万亿]{1,12}+"
    scale = E._alternation(SCALES)
    unit = E._alternation(E._lexicon().units)
    return regex.compile(
        rf"""
        (?P<malformed>
            (?<![\d.])\.\d++(?:{scale})?+(?:{unit}|%|‰)
          | (?<!\d)\d++。\.\d++(?:{scale})?+(?:{unit}|%|‰)?+
          | (?<!\d)\d++\.{{2,}}+\d++
        )
      | (?P<placeholder>
            (?:19|20)[xX×*_]{{2}}+(?:年)?
          | (?<![xX×*_])[xX×*_]{{2,}}+\d*+(?:(?:{scale})?(?:{unit})|%|‰|周年|届|年|月|日)
          | (?<=[\p{{Han}},:;、(])[xX*](?![xX×*_\d])(?:(?:{scale})?(?:{unit})|%|‰)
          | (?<=[\p{{Han}},:、])\x20(?:{unit}|%)(?![\d\p{{Han}}])
          | (?<=[\p{{Han}},:、])\x20(?:{unit})(?=[,;。:、减增上下降和与及])
        )
      | (?P<fraction>
            (?<![\d零〇一二两三四五六七八九十百千万亿])
            (?P<den>{arabic}|{cn_num})分之(?P<num>{arabic}|{cn_num})
        )
      | (?P<double>翻(?:了)?(?P<times>[一两二三四五])番)
      | (?P<flat>持平)
      | (?P<figure>
            (?<![\d.])(?<!(?<!\p{{Latin}})\p{{Latin}}{{1,2}})
            (?P<digits>{arabic}|{cn_num})
            \x20?+
            (?P<inner1>余|多)?+
            (?P<scale>{scale})?+
            (?P<inner2>余|多)?+
            (?P<unit>个百分点|百分点|%|‰|成(?![员立功效本果绩为了熟交就])|倍|{unit}
              # 近四成为重复访: a portion, then 为 (not 成为, become)
              |成(?=为)(?<=[近约逾有占过,、:;。\n][一二两三四五六七八九]成))
            (?![\p{{Latin}}])
        )
        """,
        regex.VERBOSE,
    )


_FIGURE_TOKENS = (
    *"0123456789..。零〇一二两三四五六七八九十百千万亿xX×*_  ,:、;来信A",
    *["PP", "G", "é"],
    *["%", "‰", "个百分点", "百分点", "成", "成员", "倍", "余", "多", "分之", "翻", "了", "番"],
    *["为", "近", "成为", "四成为"],
    *["持平", "年", "周年", "届", "月", "日", "减少", "的", "件", "批", "人次", "亿元", "万", "\n"],
)


_FIGURE_EXAMPLES = (
    "、 件",
    "来 %",
    "来 件,",
    "、.38亿元",
    "2。.14亿元",
    "3..5",
    "20xx年",
    "1**批",
    "三分之一",
    "2.5分之1",
    "翻了一番",
    "持平",
    "APP1018件",
    "G20件",
    "12.5万余元",
    "十五件",
    "三成员",
    "十二三件",
)


@settings(max_examples=1500, deadline=None)
@given(
    st.one_of(
        st.lists(st.sampled_from(_FIGURE_TOKENS), max_size=24).map("".join),
        st.lists(st.sampled_from(_FIGURE_EXAMPLES + _FIGURE_TOKENS), max_size=6).map("".join),
    )
)
def test_figure_grammar_finds_what_the_plain_grammar_finds(text):
    from xinfang_nlp.extract import _lexicon

    # (the groups that took part in each match: a stretch without a rare form is scanned by a
    # variant of the grammar that has no groups for that form)
    def found(pattern):
        return [
            (m.span(), m.lastgroup, {k: v for k, v in m.groupdict().items() if v is not None})
            for m in pattern.finditer(text, timeout=5)
        ]

    assert found(_lexicon().figure) == found(_plain_figure_grammar())


def test_a_stretch_is_scanned_as_the_whole_grammar_would_scan_it():
    # the variant for a stretch leaves out only the rare forms none of whose strings it holds,
    # wherever the stretch starts and ends (a rare form's strings at, or just past, its edges)
    from xinfang_nlp.extract import _RARE_FIGURE_FORMS, _lexicon

    grammar = _lexicon().figure
    whole = grammar.variant(frozenset(_RARE_FIGURE_FORMS))
    text = "占三分之一,2。.14亿元,3..5件,来信12件,.45%,二十分之三"
    for pos in range(len(text) + 1):
        for endpos in range(pos, len(text) + 1):
            got = [(m.span(), m.lastgroup) for m in grammar.finditer(text, pos, endpos, timeout=5)]
            want = [(m.span(), m.lastgroup) for m in whole.finditer(text, pos, endpos, timeout=5)]
            assert got == want, (pos, endpos)
    assert grammar.for_stretch("来信12件") is not whole  # (a stretch of no rare form)


def test_the_general_figure_goes_first_only_when_no_measure_word_could_collide(monkeypatch):
    from types import MappingProxyType

    from xinfang_nlp import extract as extract_module

    assert extract_module._lexicon().figure.pattern.lstrip().startswith("(?P<figure>")
    units = dict(extract_module.measure_words())
    units["分"] = "other"  # 三分之一 would read as 三分 if the general figure went first
    monkeypatch.setattr(extract_module, "measure_words", lambda: MappingProxyType(units))
    lexicon = extract_module._lexicon.__wrapped__()
    assert lexicon.figure.pattern.lstrip().startswith("(?P<malformed>")
    match = lexicon.figure.search("占三分之一", timeout=5)
    assert match.lastgroup == "fraction" and match.group() == "三分之一"


@pytest.mark.parametrize(
    ("text", "figure", "kind"),
    [
        # a list of acts before 分别: each percentage is the rate of its act
        ("信访事项及时受理、按期办结分别达到98.7%、96.4%。", "98.7%", "rate"),
        ("信访事项及时受理、按期办结分别达到98.7%、96.4%。", "96.4%", "rate"),
        ("回访群众中达到满意的事项为92.5%。", "92.5%", "rate"),
        # the target of the rate just named is a rate, not "X%的…" share
        ("本月群众满意率88.2%,未达到县定90%的目标。", "90%", "rate"),
        ("全年积案化解率93.1%,超过市定85%以上的目标。", "85%", "rate"),
        # the time elapsed, against which the use of a plan is measured
        ("已用去全年控制数的81.2%,比时间进度(75.0%)高6.2个百分点。", "75.0%", "progress"),
        ("群众对办理结果的满意程度达到93.6%。", "93.6%", "rate"),
        ("全年信访事项化解在基层的达90.4%。", "90.4%", "rate"),
        ("来访事项现场解决的达到61.7%。", "61.7%", "rate"),
        # the level after its movement in points
        ("按期办结率同比提高1.8个百分点,达到97.1%。", "97.1%", "rate"),
    ],
)
def test_kind_of_rate_and_progress_forms(text, figure, kind):
    assert one(text, figure).kind == kind


def test_a_parenthesis_after_a_difference_naming_a_month_is_the_base():
    claim = one("本月越级访4批7人次,环比减少3批(10月7批);其中到市3批。", "7批")
    assert claim.period == "previous"
    # a parenthesis that names no earlier period is not a base
    assert one("本月受理信访事项52件,环比增加6件(其中网上信访31件)。", "31件").period == "current"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "网上、来信、来访同比分别下降3.1%、5.2%和6.0%(上年同期三个渠道分别为812件、96件和240件)。",
            "三个",
        ),
        ("两个城区(东城、南城)合计受理信访事项1,204件。", "两个"),
        ("区住建局、区人社局工单量居前三位,三家单位工单合计占全区的41.2%。", "三家"),
        ("三家公司分别受理486件、742件、431件,三家合计2,659件。", "三家"),
    ],
)
def test_the_number_of_listed_items_is_not_a_claim(text, figure):
    assert figure not in [c.text for c in extract(text).claims]


def test_a_pair_of_measures_before_fenbie_is_still_a_claim():
    text = "来访四十三批一百二十七人次,比上年的五十二批一百五十八人次分别下降17.3%和19.6%。"
    assert "一百五十八人次" in [c.text for c in extract(text).claims]


def test_a_chinese_numeral_count_after_a_verb_ending_in_ji_is_a_claim():
    # 涉及 is a verb, not the 及 that joins the names of a list (网上信访及热线转办两项)
    text = "上半年共受理信访事项一百零六件,涉及群众二百三十一人次。"
    assert one(text, "二百三十一人次").value == 231
    assert "两项" not in [c.text for c in extract("重点推进网上信访及热线转办两项工作。").claims]


def test_the_last_items_of_a_list_of_base_values_keep_their_period():
    text = "上年同期六个县(区)分别为2476件、1902件、1611件、1350件、1298件、1275件,同比均有变化。"
    claims = [c for c in extract(text).claims if c.unit == "件"]
    assert [c.period for c in claims] == ["previous"] * 6
    # a list of the current period after a base given in words stays current
    mixed = "上年同期为1200件,本期为1350件、来访为300件。"
    assert one(mixed, "300件").period == "current"


def test_a_pair_in_chinese_numerals():
    claims = extract("来访二十九批八十六人次,集体访二批三十一人次。").claims
    assert [(c.text, c.subject) for c in claims] == [
        ("二十九批", "来访"),
        ("八十六人次", "来访"),
        ("二批", "集体访"),
        ("三十一人次", "集体访"),
    ]
    # 一批一批 stays rhetoric
    assert extract("一批一批抓落实。").claims == ()


def test_she_ji_before_a_chinese_numeral_count_is_no_list_of_names():
    # 及 of 涉及 is not the 及 of a list (城东及望江两个街道)
    assert one("来访中涉及土地问题的十批。", "十批").value == 10
    assert not extract("城东及望江两个街道。").claims
    # nor is 与 of 参与 the 与 of a list (城东与望江两个街道)
    assert one("参与满意度评价八十二件,评价满意七十五件。", "八十二件").value == 82
    found = one("开展宣讲三十余场,参与群众约一千四百人。", "一千四百人")
    assert (found.value, found.bound) == (1400, "about")


def test_a_chinese_numeral_count_of_the_points_a_colon_then_lists_is_not_a_figure():
    assert not extract("我们的经验主要有四条:一是早发现;二是早化解。").claims
    assert not extract("重点抓了三项:一、源头治理;二、积案化解。").claims
    # a count of cases listed after the colon is a figure
    assert [c.value for c in extract("本月共受理三件:一是王某反映工资问题。").claims] == [3]


def test_a_chinese_numeral_count_restating_the_figure_just_named_is_not_a_figure_again():
    text = "越级访三批,上年同期四批,三批均为征地补偿问题。"
    assert [c.text for c in extract(text).claims] == ["三批", "四批"]
    # another count with 均 is a figure
    assert [c.value for c in extract("办结五件,其中三件均为当场答复。").claims] == [5, 3]


def test_a_category_of_two_names_counted_in_chinese_numerals_is_a_figure():
    text = "按内容分:土地及宅基地三十八件,约占三成;婚姻家庭及邻里纠纷二十七件;山林与水利五件。"
    assert [c.value for c in extract(text).claims if c.kind == "count"] == [38, 27, 5]
    # the size of a list of names is not
    assert not extract("重点督办征地拆迁与工程欠薪两个领域。").claims


def test_a_batch_and_visit_pair_in_chinese_numerals_with_a_zero():
    claims = extract("来访四十一批一百零八人次。").claims
    assert [(c.text, c.value) for c in claims] == [("四十一批", 41), ("一百零八人次", 108)]


def test_a_chinese_numeral_count_of_what_was_done_after_a_list_of_doers():
    # 街道、社区代办点申请五十三件: an act counted, not the size of a list of names
    text = "群众到街道、社区代办点申请五十三件;代办员现场协调、当场解决四十七件。"
    assert [c.value for c in extract(text).claims] == [53, 47]
    assert not extract("城东、望江两个街道;网上信访与热线转办两项合计103件。").claims[:-1]


def test_a_rate_named_in_the_clause_before_its_value():
    text = "群众满意率为94.6%。来信人参评率偏低,仅为46.7%,主要是老年群众多。"
    assert one(text, "46.7%").subject == "来信人参评率"


def test_chinese_numeral_items_of_a_list_of_figures():
    # after 、 a Chinese-numeral count is the next item of a list of figures (not the size of
    # a list of names, as in 东街、西街两个社区)
    found = claims_of("其中城关镇三批、白马镇两批;土地纠纷三十一起、物业纠纷四起、其他十四起。")
    assert [(c[0], c[2]) for c in found] == [
        ("三批", 3),
        ("两批", 2),
        ("三十一起", 31),
        ("四起", 4),
        ("十四起", 14),
    ]
    # 百分之百 is 100 %
    rate = one("按期办结12件,按期办结率百分之百。", "百分之百")
    assert (rate.kind, rate.value, rate.unit) == ("rate", 100, "%")


def test_funds_obtained_are_actual_and_a_date_set_ahead_makes_a_plan():
    def modality(text: str, figure: str) -> str:
        return one(text, figure).modality

    # 累计争取, 为…争取: obtained; 争取 on its own still plans
    assert modality("累计争取上级资金860万元用于道路建设。", "860万元") == "actual"
    assert modality("协调民政部门为十二户困难群众争取临时救助3.6万元。", "3.6万元") == "actual"
    assert modality("明年争取上级项目资金500万元。", "500万元") == "target"
    # 定于/计划于 right after the figure: what is still to be built; not the rest left now
    assert modality("第二批服务站40个定于明年3月底前建成投用。", "40个") == "target"
    assert modality("已交付300户,其余120户计划于年底前交付。", "120户") == "actual"


def test_a_bare_percentage_in_brackets_after_a_count_is_its_share():
    text = "12345热线转办3,917件(74.1%);来访408批1,126人次(7.7%)。"
    kinds = {c.text: c.kind for c in extract(text).claims if c.unit == "%"}
    assert kinds == {"74.1%": "share", "7.7%": "share"}
    # (a year is no count)
    assert [c.kind for c in extract("全年受理100件。2023年(5%)另计。").claims] == ["count", "other"]


def test_a_percentage_with_its_sign_after_a_comparison_is_a_change():
    text = "城关镇312件(同比+8.3%),河口镇241件(同比-5.5%);白马镇较上月−2.0%。气温-5%。"
    found = [(c.text, c.kind, c.direction) for c in extract(text).claims if c.unit == "%"]
    assert found == [
        ("8.3%", "change", "up"),
        ("5.5%", "change", "down"),
        ("2.0%", "change", "down"),
        ("5%", "other", None),
    ]


def test_a_growth_rate_is_a_change_even_when_the_cue_is_its_last_character():
    claim = next(c for c in extract("城关镇312件,增长率8.3%。").claims if c.unit == "%")
    assert (claim.kind, claim.direction) == ("change", "up")


def test_a_single_x_before_a_measure_word_is_a_blank_in_chinese_text():
    extraction = extract("初信初访1,684件,重复信访X件,占当月总量的**%;共X万元。")
    assert [a.text for a in extraction.anomalies if a.kind == "placeholder"] == [
        "X件",
        "**%",
        "X万元",
    ]
    assert [c.text for c in extraction.claims] == ["1,684件"]
    # a letter in a name or after a digit is no blank
    assert not extract("开展X光检查,3×5件。").anomalies


def test_a_clause_opening_with_an_earlier_month_gives_that_months_figures():
    claims = extract("东城区、西城区8月分别受理486件、412件;7月分别为502件、398件。").claims
    assert [c.period for c in claims] == ["current", "current", "previous", "previous"]
    # a range of months is the cumulative figure, not an earlier month
    claims = extract("8月受理486件;1—7月累计受理3,102件。").claims
    assert [c.period for c in claims] == ["current", "current"]


# --- bare numbers sharing the measure word that closes their list ---------------------------


def test_bare_numbers_listed_before_a_measure_word_share_it():
    text = "各乡镇常住人口依次为8.6万、7.2万、6.45万和5.8万人,分别受理12、15和20件。"
    got = [(c.text, c.value, c.unit, c.kind) for c in extract(text).claims]
    assert got == [
        ("8.6万", Decimal("86000"), "人", "count"),
        ("7.2万", Decimal("72000"), "人", "count"),
        ("6.45万", Decimal("64500"), "人", "count"),
        ("5.8万人", Decimal("58000"), "人", "count"),
        ("12", Decimal("12"), "件", "count"),
        ("15", Decimal("15"), "件", "count"),
        ("20件", Decimal("20"), "件", "count"),
    ]


def test_a_scale_word_written_once_closes_the_whole_list():
    got = [(c.text, c.value, c.unit) for c in extract("三项资金分别为3、5和8万元。").claims]
    assert got == [("3", 30000, "元"), ("5", 50000, "元"), ("8万元", 80000, "元")]


@pytest.mark.parametrize(
    "text",
    [
        "第1、2批集体访已化解。",  # ranks
        "2023、2024年连续两年下降。",  # years
        "1—3、4月各受理5件。",  # months
        "来信12件、来访15批和网上20件。",  # each item has its own measure word already
    ],
)
def test_what_is_no_list_of_bare_numbers_gains_no_figures(text):
    assert not any(c.text.isdigit() for c in extract(text).claims)


def test_lists_dated_by_earlier_years_in_a_later_years_sentence_are_previous():
    text = (
        "甲村、乙村、丙村2024年分别登记52件、38件和31件,2023年依次为47件、44件和29件。"
        "2024年共排查纠纷186起,2023年164起。2019年及以前形成的积案21件,2020年形成的30件。"
    )
    periods = {c.text: c.period for c in extract(text).claims}
    assert [periods[t] for t in ("52件", "38件", "31件", "186起")] == ["current"] * 4
    assert [periods[t] for t in ("47件", "44件", "29件", "164起")] == ["previous"] * 4
    # a year that names when something arose, not the period counted, leaves it current
    assert periods["21件"] == periods["30件"] == "current"


def test_lifts_counted_in_bu_but_not_departments_or_portions():
    text = (
        "全年加装电梯214部,是去年同期(92部)的2.3倍。3部门联合督办,一部分群众仍有顾虑,五部委发文。"
    )
    assert [(c.text, c.unit, c.period) for c in extract(text).claims if c.kind == "count"] == [
        ("214部", "部", "current"),
        ("92部", "部", "previous"),
    ]


def test_a_month_named_in_chinese_numerals_after_bi_gives_its_bracketed_base():
    text = "来访比四月份(十三批二十九人次)减少四批,人次下降26.1%。"
    assert [(c.text, c.period) for c in extract(text).claims if c.kind == "count"] == [
        ("十三批", "previous"),
        ("二十九人次", "previous"),
    ]


def test_a_base_period_in_brackets_governs_only_its_bracket_and_its_parallels():
    text = (
        "分季度看，一季度210件（上年同期180件）、二季度236件（205件）、三季度301件（上年同期244件）、"
        "四季度259件（231件），同比分别上升16.7%、15.1%、23.4%和12.1%。"
    )
    periods = [(c.text, c.period) for c in extract(text).claims if c.kind == "count"]
    assert periods == [
        ("210件", "current"),
        ("180件", "previous"),
        ("236件", "current"),
        ("205件", "previous"),
        ("301件", "current"),
        ("244件", "previous"),
        ("259件", "current"),
        ("231件", "previous"),
    ]
    # (a share in brackets after a count is no base: 6.95万件(11.3%),同比下降…)
    shares = extract("交通运输类6.95万件（11.3%），同比下降12.4%（上年7.93万件）。").claims
    assert [(c.text, c.period) for c in shares if c.kind == "share"] == [("11.3%", "current")]


def test_a_time_limit_qualifying_the_count_after_it_is_no_figure():
    figures = [c.text for c in extract("在24小时内修复的2.08万次，3个月内答复398件。").claims]
    assert figures == ["2.08万次", "398件"]
    # (the duration of what was done, with no count after it or with money, is a figure)
    assert [c.text for c in extract("五天内足额发放工资62.7万元。").claims] == ["五天", "62.7万元"]
    assert [c.text for c in extract("在二十天内平稳处置。").claims] == ["二十天"]


def test_weights_volumes_sorties_and_other_measures_are_figures():
    found = [
        (c.kind, c.text, c.unit)
        for c in extract(
            "清运垃圾38.62万吨，供水1,134.6万立方米，起降9.86万架次，扣押采砂船9艘。"
        ).claims
    ]
    assert found == [
        ("amount", "38.62万吨", "吨"),
        ("amount", "1,134.6万立方米", "立方米"),
        ("count", "9.86万架次", "架次"),
        ("count", "9艘", "艘"),
    ]


def test_a_threshold_joined_to_another_qualifier_is_no_figure():
    text = "采砂数量在500立方米以上、涉嫌犯罪移送公安机关的9起。"
    assert [c.text for c in extract(text).claims] == ["9起"]


def test_animals_calls_and_doses_are_counted():
    text = (
        "全年收容流浪犬1,146只,年末生猪存栏42.6万头;热线呼入来电168.35万通,"
        "接种狂犬病疫苗4.26万剂次,加开接驳列车36列次。"
    )
    assert [(t, k, u) for t, k, _, u in claims_of(text)] == [
        ("1,146只", "count", "只"),
        ("42.6万头", "count", "头"),
        ("168.35万通", "count", "通"),
        ("4.26万剂次", "count", "剂次"),
        ("36列次", "count", "列次"),
    ]
    # 二轮承包 and 周三轮流 hold no count of rounds
    assert claims_of("落实第二轮土地承包到期后再延长三十年,局领导每周三轮流接访。") == []


def test_money_per_a_measure_is_a_price_not_an_amount():
    claims = extract("收购均价1.36元/斤,比上年(1.42元/斤)下降4.2%;共收购粮食2.3万吨。").claims
    assert [(c.text, c.kind) for c in claims][:2] == [("1.36元", "ratio"), ("1.42元", "ratio")]


def test_power_in_kilowatts_and_averages_per_boat_card_kilowatt_and_kilometre():
    text = (
        "已兑付渔船1,438艘、功率20.87万千瓦,艘均8.86万元,每千瓦610元;全年发卡48.6万张,张均2,000元;"
        "加固堤防86.5公里,每公里投资534万元;全年充电量4.86亿千瓦时。"
    )
    found = {c.text: (c.kind, c.unit) for c in extract(text).claims}
    assert found["20.87万千瓦"] == ("amount", "千瓦")
    assert found["4.86亿千瓦时"] == ("amount", "千瓦时")
    for figure in ("8.86万元", "610元", "2,000元", "534万元"):
        assert found[figure] == ("ratio", "元"), figure


def test_a_level_from_a_named_earlier_period():
    text = "办理时长由二季度的5.8天缩短至4.9天,缩短0.9天;受理量由一季度的37件降至二季度的6件。"
    found = {c.text: (c.kind, c.period) for c in extract(text).claims}
    assert found["5.8天"][1] == "previous" and found["4.9天"][1] == "current"
    assert found["0.9天"][0] == "difference"
    assert found["37件"][1] == "previous" and found["6件"][1] == "current"
