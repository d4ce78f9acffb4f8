"""The check engine: verdicts with interval arithmetic, traps that must not raise alarms, and
planted errors of every kind that must. Example sentences are written for these tests."""

from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xinfang_nlp.checks import CheckOptions, accepts, check
from xinfang_nlp.extract import extract


def checks_of(text: str, **options):
    return check(extract(text), options=CheckOptions(**options))


def one_claim(text: str, figure: str):
    return next(c for c in extract(text).claims if c.text == figure)


def shown(k) -> str:
    """The arithmetic a check's message shows, before " = "."""
    return k.message().split(" =")[0]


def stated(text: str, kind: str) -> list[tuple[str, str]]:
    """Each ``kind`` check's verdict with its arithmetic, up to the first comma of its message."""
    return [(k.verdict, k.message("zh").split(",")[0]) for k in checks_of(text) if k.kind == kind]


def only(text: str, kind: str, **options):
    found = [k for k in checks_of(text, **options) if k.kind == kind]
    assert len(found) == 1, [(k.kind, k.verdict, k.message()) for k in checks_of(text)]
    return found[0]


# --- change ---------------------------------------------------------------------------------


def test_the_change_of_a_named_list_item_takes_that_item():
    text = (
        "东城区、西城区、南城区分别受理712件次、486件次、430件次。"
        "其中东城区同比上升12.3%(上年同期634件次)。"
    )
    k = only(text, "change")
    assert (k.verdict, k.basis) == ("consistent", "stated")


def test_change_consistent_with_arithmetic_in_the_message():
    k = only("共接待来信来访50批195人次,与去年同期(26批92人次)相比批次上升92%。", "change")
    assert k.verdict == "consistent"
    assert k.computed.quantize(Decimal("0.01")) == Decimal("92.31")
    assert k.message() == "50/26−1 = +92.31%,报告上升92%,一致"
    assert k.message("en") == "50/26−1 = +92.31%, reported up 92%, consistent"


def test_truncation_is_not_a_false_alarm():
    # 1/3 − 1 = −66.67%: rounds to 67, truncates to 66
    k = only("其中来信1件,与去年同期(来信3件)相比下降66%。", "change")
    assert k.verdict == "consistent"


def test_half_even_rounding_is_not_a_false_alarm():
    # 17/40 = 42.5%: half-up gives 43, half-even gives 42
    k = only("受理涉法涉诉信访40件,导入法定程序17件,导入率42%。", "rate")
    assert k.verdict == "consistent"


def test_rounded_inputs_are_not_a_false_alarm():
    # 2.46/2.57 = 95.72%, but the inputs are rounded: [2.455, 2.465]/[2.565, 2.575] ∋ 95.61%
    text = "今年安置房建设完成投资2.46亿元,上年完成2.57亿元,完成额下降4.28%。"
    k = only(text, "change")
    assert k.verdict == "consistent"


def test_wrong_percentage_is_inconsistent():
    k = only("来访236人次,与去年同期(164人次)相比上升53.9%。", "change")
    assert k.verdict == "inconsistent"
    assert "43.90" in k.message()


def test_direction_flip_outranks_magnitude():
    k = only("赴市越级访3批,较去年同期的5批上升40%。", "change")
    assert k.verdict == "inconsistent"
    assert k.severity == "direction"
    assert "方向相反" in k.message()


def test_change_from_an_absolute_increase():
    # previous = 376 − 88 = 288; 376/288 − 1 = 30.56%
    k = only("受理劳动监察投诉376件,比上年增加88件,增长30.6%。", "change")
    assert k.verdict == "consistent"
    assert "288" in k.message()


def test_separately_paired_changes():
    text = "全年受理信访事项2,170件5,302人次,同比分别上升6.3%和3.5%(上年为2,041件5,118人次)。"
    verdicts = [(k.reported, k.verdict) for k in checks_of(text) if k.kind == "change"]
    assert verdicts == [(Decimal("6.3"), "consistent"), (Decimal("3.5"), "consistent")]


def test_change_without_a_base_is_unverifiable():
    k = only("网上信访同比上升12%。", "change")
    assert k.verdict == "unverifiable"


def test_targets_are_not_checked():
    assert checks_of("力争信访总量同比下降5%左右,集体访控制在20批以内。") == ()


def test_tolerance_widens_the_band():
    text = "来访236人次,与去年同期(232人次)相比上升3%。"  # 1.72%: neither rounds nor truncates
    assert only(text, "change").verdict == "inconsistent"
    assert only(text, "change", tolerance=Decimal("1")).verdict == "consistent"


# --- difference -----------------------------------------------------------------------------


def test_difference_against_both_values():
    good = only("集体访21批,较去年同期的25批减少4批。", "difference")
    bad = only("集体访21批,较去年同期的25批减少6批。", "difference")
    assert (good.verdict, bad.verdict) == ("consistent", "inconsistent")


@pytest.mark.parametrize(
    ("written", "verdict"), [("2,000", "consistent"), ("2,500", "inconsistent")]
)
def test_an_average_over_households_listed_together(written, verdict):
    text = f"对低保户186户、特困供养户48户免除出资部分,共减免46.8万元,户均{written}元。"
    k = only(text, "per_capita")
    assert (shown(k), k.verdict) == ("46.8万/(186+48)", verdict)


def test_a_ratio_per_hundred_million_yuan_of_a_named_amount():
    text = (
        "全年实现原保险保费收入168.7亿元,其中财产险公司保费收入52.3亿元,人身险公司保费收入116.4亿元。\n"
        "全年共接收保险消费投诉3,852件,每亿元保费投诉量{total}件。"
        "财产险公司投诉2,264件,每亿元保费投诉量{own}件。"
    )
    found = {
        shown(k): k.verdict
        for k in checks_of(text.format(total="22.8", own="43.3"))
        if k.kind == "per_capita"
    }
    assert found == {"3852/168.7亿×100000000": "consistent", "2264/52.3亿×100000000": "consistent"}
    found = {
        shown(k): k.verdict
        for k in checks_of(text.format(total="22.8", own="34.3"))
        if k.kind == "per_capita"
    }
    assert found["2264/52.3亿×100000000"] == "inconsistent"


@pytest.mark.parametrize(("written", "verdict"), [("3.2", "consistent"), ("2.2", "inconsistent")])
def test_a_multiple_of_one_measure_between_two_owners_sentences_apart(written, verdict):
    text = (
        "(二)财产险公司投诉。财产险公司投诉2,264件,占58.8%,每亿元保费投诉量43.3件。\n"
        "(三)人身险公司投诉。人身险公司投诉1,588件,每亿元保费投诉量13.6件,"
        f"财产险公司每亿元保费投诉量是人身险公司的{written}倍。"
    )
    (k,) = [k for k in checks_of(text) if k.reported == Decimal(written)]
    assert (shown(k), k.verdict) == ("43.3/13.6", verdict)


def test_difference_of_a_level_a_sentence_back_named_by_the_subject_head():
    # the base in brackets in the difference's clause, the level in the sentence before it
    text = "来信41件,来访132批390人次。来访批均3.0人次,批次比上年({base}批)减少{by}批。"
    good = only(text.format(base=150, by=18), "difference")
    bad = only(text.format(base=150, by=28), "difference")
    assert (good.verdict, bad.verdict) == ("consistent", "inconsistent")
    assert shown(bad).startswith("132")


def test_percentage_point_change_is_an_absolute_difference():
    k = only("满意率由原来的88.5%提高到93.1%,提高4.6个百分点。", "difference")
    assert k.verdict == "consistent"
    bad = only("满意率由原来的88.5%提高到93.1%,提高5.6个百分点。", "difference")
    assert bad.verdict == "inconsistent"


# --- sums -----------------------------------------------------------------------------------


def test_subtotal_parts_add_up():
    text = "信访大厅共受理信访事项699批1766人次,其中集体访58批868人次,个体访641批898人次。"
    sums = [k for k in checks_of(text) if k.kind == "sum"]
    assert [k.verdict for k in sums] == ["consistent", "consistent"]


def test_subtotal_parts_exceeding_the_total():
    text = "共受理信访事项120件,其中来信45件,来访81件。"
    assert only(text, "sum").verdict == "inconsistent"


def test_parts_opened_with_zhong_before_a_qizhong_of_one_item():
    # the 其中 divides the last item; the list before it still adds up to the opening figure
    text = (
        "受理的1,240件投诉中,物业服务类512件、房屋质量类386件、其他342件,物业服务类占41.3%,"
        "其中涉及电梯维保的128件。"
    )
    k = only(text, "sum")
    assert k.verdict == "consistent" and "512+386+342" in k.message()
    wrong = text.replace("其他342件", "其他352件")
    assert only(wrong, "sum").verdict == "inconsistent"


def test_category_breakdown_against_the_headline_total():
    text = (
        "上半年共受理来信来访80批。\n"
        "按内容分类:劳资纠纷问题来访31批;征地拆迁类22批;民政救助类9批;其他类16批。"
    )
    k = only(text, "sum")
    assert k.verdict == "inconsistent"  # 31+22+9+16 = 78
    assert k.message().startswith("31+22+9+16 = 78")


def test_completion_partition():
    ok = only("共受理47件,已办结39件,8件正在办理。", "sum")
    bad = only("共受理47件,已办结39件,6件正在办理。", "sum")
    assert (ok.verdict, bad.verdict) == ("consistent", "inconsistent")


# --- rates and shares ----------------------------------------------------------------------


def test_rate_from_finished_and_pending():
    ok = only("各类信访事项已办结42件,正在办理8件,结案率为84%。", "rate")
    bad = only("各类信访事项已办结42件,正在办理8件,结案率为86%。", "rate")
    assert (ok.verdict, bad.verdict) == ("consistent", "inconsistent")
    assert ok.message() == "42/(42+8) = 84,报告结案率84%,一致" or "84" in ok.message()


def test_share_with_the_total_in_an_earlier_sentence():
    text = "全县信访总量272批。劳资纠纷类信访67批,占信访总量的24.6%。"
    assert only(text, "share").verdict == "consistent"


def test_share_whose_whole_is_named_inside_the_zhan_phrase():
    # the figure inside 占…的 is the whole, the one before 占 the part (here a difference)
    text = "全区受理信访事项1,046件。北关、南关两个社区共增加36件,占全区增量54件的三分之二。"
    ok = only(text, "share")
    assert ok.verdict == "consistent"
    assert ok.message().startswith("36/54 = 66.67%")
    bad = only(text.replace("36件", "30件"), "share")
    assert bad.verdict == "inconsistent"


def test_a_parallel_share_is_of_the_whole_of_the_share_it_follows():
    text = "全县受理信访事项385件。东街120件,占全县的31.2%;西街86件,{}%;南街54件,14.0%。"
    verdicts = [k.verdict for k in checks_of(text.format("22.3")) if k.kind == "share"]
    assert verdicts == ["consistent"] * 3
    wrong = [k for k in checks_of(text.format("32.3")) if k.kind == "share"]
    assert [k.verdict for k in wrong] == ["consistent", "inconsistent", "consistent"]
    assert wrong[1].message().startswith("86/385 = 22.34%")


def test_a_share_after_another_share_with_its_own_whole_is_not_parallel():
    text = "赔付金额486.3万元,占立案金额的9.1%;赔付总额相当于总费用5.84亿元的0.83%。"
    assert [k.kind for k in checks_of(text) if k.kind == "unit"] == []


def test_parts_of_the_figure_a_clause_opens_with_zhong():
    text = "全年办结的1,350件中,予以支持402件,部分支持215件,不予支持{}件,其余98件通过解释说明办结。"
    assert only(text.format("635"), "sum").verdict == "consistent"
    bad = only(text.format("645"), "sum")
    assert bad.verdict == "inconsistent"
    assert bad.message().startswith("402+215+645+98 = 1360")
    # an open list that falls short proves nothing
    assert [k for k in checks_of("受理的500件中,城建类120件,涉农类80件。") if k.kind == "sum"] == []


def test_an_act_and_its_negation_cover_the_whole():
    ok = only("电话回访96件;满意89件,不满意7件。", "sum")
    # the verdicts of an evaluation are all of what was evaluated: stated, so a slip is flagged
    assert ok.verdict == "consistent" and ok.basis == "stated"
    assert only("电话回访96件;满意88件,不满意7件。", "sum").verdict == "inconsistent"
    assert [k for k in checks_of("电话回访96件;满意89件,表扬5件。") if k.kind == "sum"] == []


def test_a_total_of_parts_named_earlier():
    text = (
        "征地拆迁类21批,劳资纠纷类17批,环境保护类8批,其他类12批。"
        "征地拆迁、劳资纠纷、环境保护三类问题合计{}批。"
    )
    assert only(text.format("46"), "sum").verdict == "consistent"
    assert only(text.format("48"), "sum").verdict == "inconsistent"
    named = (
        "其中12345热线转办231件、来信45件、网上信访198件。"
        "网上信访和12345热线转办的429件事项中,按时签收425件。"
    )
    assert only(named, "sum").message().startswith("198+231 = 429")


def test_the_listed_number_picks_the_figures_that_open_the_clauses():
    text = (
        "东街120件,比上月增加12件;西街95件,其中物业纠纷40件;南街77件;"
        "北街60件,同比下降5.2%;上述四个街道共{}件。"
    )
    assert only(text.format("352"), "sum").verdict == "consistent"
    assert only(text.format("362"), "sum").verdict == "inconsistent"


def test_a_previous_share_is_a_base_not_a_share_of_current_counts():
    text = "受理信访3,000件,网上信访2,130件,比重为71.0%,比上年的65.2%提高5.8个百分点。"
    kinds = [(k.kind, k.verdict) for k in checks_of(text) if k.kind in ("share", "share_sum")]
    assert kinds == [("share", "consistent")]


def test_a_breakdown_is_not_summed_against_a_bracketed_subset_or_a_part():
    text = (
        "全年共受理信访事项1,000件,其中本级受理400件,分局受理600件;"
        "从渠道看,网上信访700件,来信100件,来访200件,网上信访中约三分之一(共230件)涉及登记。\n"
        "从反映的问题看,登记类500件;征收类300件;其他问题200件。"
    )
    sums = [k for k in checks_of(text) if k.kind == "sum"]
    assert {k.verdict for k in sums} == {"consistent"}
    assert "230" not in " ".join(k.message() for k in sums)


def test_parallel_lists_across_two_sentences():
    text = (
        "年初梳理积案60件,其中省交办10件、市交办20件、县自查30件。"
        "三类积案分别化解9件、17件、{}件,化解率分别为90.0%、85.0%、80.0%。"
    )
    ok = [k.verdict for k in checks_of(text.format("24")) if k.kind == "rate"]
    assert ok == ["consistent"] * 3
    bad = [k.verdict for k in checks_of(text.format("21")) if k.kind == "rate"]
    assert bad == ["consistent", "consistent", "inconsistent"]


def test_progress_against_a_plan_or_a_control_number():
    plan = "全县累计化解积案52件,完成县委下达的60件年度目标任务的{}%。"
    assert only(plan.format("86.7"), "rate").verdict == "consistent"
    assert only(plan.format("88.7"), "rate").verdict == "inconsistent"
    quota = "1—10月累计受理388件,占县下达全年控制数450件的{}%。"
    assert one_claim(quota.format("86.2"), "86.2%").kind == "progress"
    assert only(quota.format("86.2"), "rate").verdict == "consistent"
    used = "1—10月,全区累计登记信访事项9,120件。对照全年控制在11000件以内的目标,目前已用去{}%。"
    k = only(used.format("82.9"), "rate")
    assert (k.verdict, k.message()) == ("consistent", "9120/11000 = 82.91%,报告82.9%,一致")
    assert only(used.format("85.9"), "rate").verdict == "inconsistent"


def test_a_rate_list_is_not_computed_from_the_nearest_count():
    text = (
        "甲、乙、丙、丁四局分别承办40件、30件、20件、10件,其他单位承办50件;"
        "已分别办结36件、27件、19件、10件和40件,办结率分别为90.0%、90.0%、95.0%、100%和80.0%。"
    )
    assert {k.verdict for k in checks_of(text) if k.kind == "rate"} <= {
        "consistent",
        "unverifiable",
    }


def test_a_sibling_items_zhong_does_not_make_it_the_whole():
    text = (
        "从内容看,城建类400件,占40.0%;农业类300件,占30.0%,其中土地纠纷90件,"
        "占该类的三成;环保类200件,占20.0%。"
    )
    shares = [k for k in checks_of(text) if k.kind == "share"]
    assert "inconsistent" not in {k.verdict for k in shares}


def test_two_breakdowns_in_one_sentence_are_summed_apart():
    text = (
        "本季度共督办信访事项120件。从督办方式看,书面督办70件、电话督办30件、实地督查20件;"
        "从事项来源看,上级交办50件,群众重复反映{}件。"
    )
    sums = [k for k in checks_of(text.format("70")) if k.kind == "sum"]
    # (each breakdown over the total on its own, none of the one running into the other)
    assert [(k.verdict, k.message()) for k in sums] == [
        ("consistent", "70+30+20 = 120,报告合计120件,一致"),
        ("consistent", "50+70 = 120,报告合计120件,一致"),
    ]


def test_share_of_a_subtotal():
    ok = only("新设外资项目40个,其中千万美元以上项目7个,仅占17.5%。", "share")
    assert ok.verdict == "consistent"


def test_shares_of_one_whole_sum_to_100():
    ok = only("从来源构成看,县内来访占62.5%,县外来访占37.5%。", "share_sum")
    bad = only("从来源构成看,县内来访占62.5%,县外来访占27.5%。", "share_sum")
    assert (ok.verdict, bad.verdict) == ("consistent", "inconsistent")


def test_a_list_that_counts_its_parts_is_complete():
    # short of 100% proves something only when the list says it has all the parts
    bad = only("按办理层级分,市直部门、区县、乡镇三级分别占31.4%、40.2%和24.1%。", "share_sum")
    assert bad.verdict == "inconsistent"
    assert not [
        k
        for k in checks_of("按办理层级分,市直部门、区县、乡镇分别占31.4%、40.2%和24.1%。")
        if k.kind == "share_sum"
    ]


def test_the_top_items_are_not_all_the_parts():
    text = (
        "本月诉求排在前三位的依次是:供暖1,204件,占21.3%;物业服务986件,占17.4%;"
        "道路交通731件,占12.9%。"
    )
    assert not [k for k in checks_of(text) if k.kind == "share_sum"]


def test_shares_paired_with_counts_ending_in_the_rest_are_complete():
    text = (
        "按问题分类,城乡建设1,842件、劳动保障1,210件、其他948件,所占比重依次为46.1%、30.3%和21.7%。"
    )
    assert only(text, "share_sum").verdict == "inconsistent"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "从来信内容看,城乡建设类612件,占36.2%;劳动保障类438件,比重25.9%;"
            "自然资源类301件,所占比例为17.8%;其他341件,占20.1%。",
            "consistent",
        ),
        (
            "从来信内容看,城乡建设类612件,占36.2%;劳动保障类438件,比重25.9%;"
            "自然资源类301件,所占比例为15.8%;其他341件,占20.1%。",
            "inconsistent",
        ),
        (
            "其中无证经营428件,占该类的61.3%;占道经营193件,占27.6%;其他77件,占11.1%。",
            "consistent",
        ),
    ],
)
def test_a_breakdown_one_item_per_clause_sums_its_shares(text, verdict):
    assert only(text, "share_sum").verdict == verdict


def test_clauses_that_are_not_one_breakdown_are_not_summed():
    # no breakdown cue opens the run, and the shares fall short: nothing to say
    text = "来访412批,占31.0%;网上信访688件,占51.8%;集体访37批,占来访批次的9.0%。"
    assert not [k for k in checks_of(text) if k.kind == "share_sum"]


def test_shares_that_add_up_to_100_need_no_cue():
    text = "全年受理来信312件,占22.4%,来访434批,占31.2%,网上信访646件,占46.4%。"
    assert only(text, "share_sum").verdict == "consistent"
    short = "全年受理来信312件,占22.4%,来访434批,占31.2%,网上信访646件,占36.4%。"
    assert not [k for k in checks_of(short) if k.kind == "share_sum"]


def test_housing_units_are_counted_so_their_rate_has_operands():
    k = only("上述项目应交付住房9,860套,已交付7,214套,交付率73.2%。", "rate")
    assert (k.verdict, k.basis) == ("consistent", "stated")


def test_last_years_count_in_its_bracket_is_not_the_part_of_a_share():
    text = "共受理信访事项2,764件,同比上升5.9%(上年同期2,610件),占全市信访总量1.86万件的14.9%。"
    k = only(text, "share")
    assert k.verdict == "consistent" and "2764/" in k.message()


def test_shares_that_add_up_to_100_are_of_the_sum_of_their_counts():
    # the shares are of the 2,452 valid items the three counts make, not of the 2,846 received
    text = (
        "共受理信访举报2,846件次,剔除重复举报后有效件2,452件。按类型分,有效件中检举控告类"
        "1,718件、批评建议类333件、其他类401件,分别占70.1%、13.6%、16.4%。"
    )
    found = [k for k in checks_of(text) if k.kind == "share"]
    assert [k.verdict for k in found] == ["consistent"] * 3
    wrong = text.replace("分别占70.1%", "分别占72.1%").replace("16.4%", "14.4%")
    assert next(k.verdict for k in checks_of(wrong) if k.kind == "share") == "inconsistent"


def test_unit_error_wan_for_yi():
    text = "累计拨付补偿资金28.6亿元,其中用于社会保障的资金4.3万元,占15.0%。"
    k = only(text, "unit")
    assert k.verdict == "inconsistent"
    assert "单位" in k.message()


def test_mixed_wan_and_yi_written_correctly_is_consistent():
    text = "累计拨付补偿资金28.6亿元,其中搬迁奖励资金3420万元,占1.2%。"
    assert only(text, "share").verdict == "consistent"


def test_traditional_wan_for_yi_is_a_unit_error_too():
    text = "累計撥付補償資金28.6億元,其中用於社會保障的資金4.3萬元,占15.0%。"
    assert only(text, "unit").verdict == "inconsistent"


@pytest.mark.parametrize(
    ("text", "culprit"),
    [
        # 万 left out of one part in 万元
        ("拨付项目资金2,740万元,其中道路建设1,310万元、饮水工程650元、产业扶持780万元。", "650元"),
        # 亿 written for 万: the part is larger than its whole as written
        ("共发放救助资金412.6万元,其中县级承担276.4万元、乡镇承担136.2亿元。", "136.2亿元"),
        # the total's own scale word
        ("共发放救助资金412.6亿元,其中县级承担276.4万元、乡镇承担136.2万元。", "412.6亿元"),
    ],
)
def test_a_sum_that_holds_only_with_another_scale_word_is_a_unit_error(text, culprit):
    k = only(text, "unit")
    assert k.verdict == "inconsistent"
    assert culprit in k.message() and "单位" in k.message()
    assert not [c for c in checks_of(text) if c.kind == "sum"]


def test_a_wrong_money_sum_with_no_scale_fix_stays_a_sum_error():
    text = "拨付项目资金2,740万元,其中道路建设1,310万元、饮水工程670万元、产业扶持780万元。"
    assert only(text, "sum").verdict == "inconsistent"
    assert not [c for c in checks_of(text) if c.kind == "unit"]


def test_an_average_that_holds_only_with_wan_is_a_unit_error():
    text = "为64户困难群众发放临时救助资金19.2万元,户均0.3元。"
    k = only(text, "unit")
    assert k.verdict == "inconsistent" and "0.3元" in k.message()
    ok = "为64户困难群众发放临时救助资金19.2万元,户均0.3万元。"
    assert only(ok, "per_capita").verdict == "consistent"


# --- granularity, per capita, placeholders ------------------------------------------------


def test_granularity_of_a_rate():
    # 47 cases: 84% would need 39.48 cases — no whole number fits
    bad = only("共受理信访事项47件,办结率为84%。", "granularity")
    ok = only("共受理信访事项47件,办结率为83%。", "granularity")  # 39/47 = 82.98%
    assert (bad.verdict, ok.verdict) == ("inconsistent", "consistent")


def test_granularity_of_a_change():
    # 58 now, down 6.5% → previous 62.03 → 62 fits; down 9.9% → 64.37..64.44: none fits
    ok = only("来信58件,同比下降6.5%。", "granularity")
    bad = only("来信58件,同比下降9.9%。", "granularity")
    assert (ok.verdict, bad.verdict) == ("consistent", "inconsistent")


def test_granularity_of_a_sampled_rate_in_a_chain_or_after_another_rate():
    # the rate's own ;-clause holds its whole, not the counts of the clauses chained before it
    chained = (
        "全镇流转土地1.2万亩,涉及农户836户,户均补偿2650元;镇里抽查17个村的收益分配方案,合规率{}。\n"
    )
    k = only(chained.format("82.5%"), "granularity")  # 14/17 = 82.35%, 15/17 = 88.24%
    assert k.verdict == "inconsistent" and k.message().startswith("分母17,")
    assert only(chained.format("82.4%"), "granularity").verdict == "consistent"
    # the counts of the sentence before belong to that sentence's own rate
    sampled = "参与评价412件,满意和基本满意389件,满意率94.4%。抽取26件电话回访,满意率{}。\n"
    assert only(sampled.format("88.5%"), "granularity").verdict == "consistent"  # 23/26
    assert only(sampled.format("87.5%"), "granularity").verdict == "inconsistent"


def test_a_rate_of_the_act_over_a_parallel_list_of_its_negation():
    text = (
        "县民政局、县水利局、县医保局成功回访分别为150件、96件、120件;"
        "不满意分别为12件、9件、6件;满意率分别为92.0%、{}、95.0%。\n"
    )
    rates = [k for k in checks_of(text.format("90.6%")) if k.kind == "rate"]
    assert [(k.verdict, shown(k)) for k in rates] == [
        ("consistent", "(150−12)/150"),
        ("consistent", "(96−9)/96"),
        ("consistent", "(120−6)/120"),
    ]
    wrong = [k for k in checks_of(text.format("9.4%")) if k.kind == "rate"]
    assert [k.verdict for k in wrong] == ["consistent", "inconsistent", "consistent"]


def test_a_count_of_what_was_done_is_no_whole_for_granularity():
    text = "截至11月底,已重新办理并再次回访58件,复核率83.5%。\n"  # 58/69.46 would be the whole
    assert not [k for k in checks_of(text) if k.kind == "granularity"]


def test_a_share_list_naming_its_items_before_fenbie():
    text = (
        "全年接待来访群众960批。全年参与化解信访案件300件,其中诉讼类126件、执行类105件、"
        "非诉类69件,诉讼类和执行类分别占42.0%和{}。\n"
    )
    k = [k for k in checks_of(text.format("35.0%")) if k.kind == "share"]
    assert [(x.verdict, x.basis, shown(x)) for x in k] == [
        ("consistent", "stated", "126/300"),
        ("consistent", "stated", "105/300"),
    ]
    k = [k for k in checks_of(text.format("38.0%")) if k.kind == "share"]
    assert (k[1].verdict, shown(k[1])) == ("inconsistent", "105/300")


def test_per_capita():
    ok = only("全局452名民警共办理信访事项1035件,人均办理2.3件。", "per_capita")
    bad = only("全局452名民警共办理信访事项1035件,人均办理3.3件。", "per_capita")
    assert (ok.verdict, bad.verdict) == ("consistent", "inconsistent")


def test_placeholders_are_incomplete_findings():
    found = checks_of("共办理来信 件,同比减少 %;接待来访**批。")
    assert [(k.kind, k.verdict) for k in found] == [
        ("placeholder", "incomplete"),
        ("change", "incomplete"),  # the blank change cannot be checked either
        ("placeholder", "incomplete"),
        ("placeholder", "incomplete"),
    ]


def test_a_share_or_rate_over_a_blank_figure_is_incomplete():
    share = checks_of("本季度受理信访事项80件。越级访 件,占本季度总量的12.5%。")
    assert [(k.kind, k.verdict) for k in share] == [
        ("placeholder", "incomplete"),
        ("share", "incomplete"),
    ]
    assert "“ 件”未填写" in share[1].message()
    rate = [k for k in checks_of("在册信访积案16件;已化解XX件;化解率62.5%。") if k.kind == "rate"]
    assert [k.verdict for k in rate] == ["incomplete"]
    # a blank date before a rate is not its operand, and a filled figure between the blank
    # and the share is the share's own
    dated = checks_of("截至XX年6月底,全镇信访干部持证上岗率达到100%。")
    assert not [k for k in dated if k.kind == "rate" and k.verdict == "incomplete"]
    filled = checks_of("本季度受理信访事项80件。来访 批,其中集体访10批,占本季度总量的12.5%。")
    assert not [k for k in filled if k.kind == "share" and k.verdict == "incomplete"]


def test_a_previous_share_over_the_previous_counts_of_its_part_and_whole():
    text = (
        "全年受理信访事项1500件,上年1400件。其中环境类投诉由上年的260件上升到300件,"
        "占污染类投诉的比重由上年的{}提高到50.0%(上年污染类投诉520件)。"
        "污染类投诉600件。\n"
    )
    k = [k for k in checks_of(text.format("50.0%")) if k.kind == "share"]
    assert [(x.verdict, shown(x)) for x in k] == [
        ("consistent", "260/520"),
        ("consistent", "300/600"),
    ]
    k = next(k for k in checks_of(text.format("55.0%")) if k.kind == "share")
    assert (k.verdict, shown(k)) == ("inconsistent", "260/520")
    # a share of the total: the previous count over the previous headline total
    total = (
        "全年受理信访事项1500件,上年1400件。网上信访560件,上年490件,比重由上年的{}提高到37.3%。\n"
    )
    k = next(k for k in checks_of(total.format("35.0%")) if k.kind == "share")
    assert (k.verdict, shown(k)) == ("consistent", "490/1400")
    k = next(k for k in checks_of(total.format("36.0%")) if k.kind == "share")
    assert k.verdict == "inconsistent"


# --- the acceptance rule itself -----------------------------------------------------------


@settings(max_examples=400, deadline=None)
@given(
    st.decimals(min_value=Decimal("0.001"), max_value=Decimal(999), places=4),
    st.integers(min_value=0, max_value=2),
)
def test_any_rounding_habit_is_accepted(value: Decimal, places: int):
    """Whatever the office did — half-up, half-even or truncation — the reported figure is
    accepted for the exact value it came from."""
    from xinfang_nlp.extract import extract as _extract

    quantum = Decimal(1).scaleb(-places)
    for rounding in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN):
        written = value.quantize(quantum, rounding=rounding)
        claim = _extract(f"结案率为{written}%。").claims[0]
        assert accepts(claim, value, value), (value, written, rounding)


def test_a_value_off_by_one_unit_of_precision_is_not_accepted():
    claim = extract("结案率为84.6%。").claims[0]
    assert not accepts(claim, Decimal("84.44"), Decimal("84.44"))
    assert not accepts(claim, Decimal("84.71"), Decimal("84.71"))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("只要有1%的希望就要尽100%的努力。", None),
        ("2025年3月12日,县领导接访。", None),
    ],
)
def test_rhetoric_and_dates_raise_nothing(text: str, kind: str | None):
    assert checks_of(text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "集体访由上年的25批下降到21批,降幅16%。",  # 由X到Y
        "信访总量同比下降8.2%,为1,130件(上年同期1,231件)。",  # the level after the change
        "上年同期受理信访事项1,231件。今年共受理1,130件,同比下降8.2%。",  # base a sentence before
        "共接待来访群众320批,环比上一季度(290批)上升10.3%。",  # 环比
        "全年受理信访事项1,200件,比上年同期的1,050件增长14.3%。",
    ],
)
def test_change_forms(text: str):
    assert only(text, "change").verdict == "consistent"


def test_percentage_points_with_the_base_after_the_change():
    text = "网上信访820件,占信访总量的68.3%,比上年提高5.1个百分点(上年为63.2%)。"
    assert only(text, "difference").verdict == "consistent"


def test_per_capita_with_operands_in_a_parenthesis():
    text = "人均办理信访件12.5件(全局共有干警96人,办理信访1,200件)。"
    assert only(text, "per_capita").verdict == "consistent"


def test_share_lists_ending_in_other_are_complete():
    bad = only("按问题性质分类,城建类占38.4%,社保类占31.7%,其他类占22.3%。", "share_sum")
    assert bad.verdict == "inconsistent"  # 92.4%: a complete list must reach 100%


def test_partial_share_lists_are_not_flagged_for_falling_short():
    found = [k for k in checks_of("从行业看,工业占45.2%,服务业占38.1%。") if k.kind == "share_sum"]
    assert found == []
    over = only("从行业看,工业占65.2%,服务业占48.1%。", "share_sum")
    assert over.verdict == "inconsistent"  # parts can never exceed the whole


def test_parts_listed_with_separately():
    ok = only("全年受理信访事项980件。来信、来访、网上信访分别为196件、314件和470件。", "sum")
    bad = only("全年受理信访事项980件。来信、来访、网上信访分别为196件、314件和480件。", "sum")
    assert (ok.verdict, bad.verdict) == ("consistent", "inconsistent")


def test_paired_differences():
    text = "越级上访8批32人次,比上年减少5批21人次,分别下降38.5%和39.6%。"
    assert [k.verdict for k in checks_of(text) if k.kind == "change"] == ["consistent"] * 2


def test_per_capita_per_person_named():
    text = "县级领导接访62批,平均每位县级领导接访3.1批(县级领导共20名)。"
    assert only(text, "per_capita").verdict == "consistent"


_report_pieces = st.sampled_from(
    [
        "共受理",
        "来信",
        "来访",
        "其中",
        "分别",
        "同比上升",
        "下降",
        "增加",
        "占",
        "结案率为",
        "人均",
        "(上年",
        ")",
        "为",
        ",",
        "。",
        ";",
        "、",
        "按内容分类:",
        "合计",
        "已办结",
        "正在办理",
        "是去年的",
        "倍",
        "力争",
        "以上",
        "余",
        "批",
        "件",
        "人次",
        "%",
        "个百分点",
        "万元",
        "亿元",
        "12",
        "3.5",
        "0",
        "100",
        "2,170",
        "三成",
        " ",
        "\n",
        "**",
        "x",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_report_pieces, max_size=40).map("".join))
def test_the_whole_pipeline_never_raises_on_report_like_text(text: str):
    from xinfang_nlp.report import analyze_text

    report = analyze_text(text)
    for item in report.checks:
        assert item.verdict in ("consistent", "inconsistent", "unverifiable", "incomplete")
        assert 0 <= item.span[0] <= item.span[1] <= len(text)
        assert item.message() and item.message("en")


def test_per_population_ratios():
    per_10k = only(
        "全县户籍人口52.6万人,全年登记信访事项1,578件,每万人信访量30.0件。", "per_capita"
    )
    per_mille = only("全县户籍人口52.6万人,全年登记信访事项1,578件,万人信访率3.0‰。", "per_capita")
    wrong = only("全县户籍人口52.6万人,全年登记信访事项1,578件,每万人信访量3.0件。", "per_capita")
    assert (per_10k.verdict, per_mille.verdict, wrong.verdict) == (
        "consistent",
        "consistent",
        "inconsistent",
    )
    assert "×10000" in per_10k.message()


def test_per_population_lists_pair_by_position_with_counts_a_section_before():
    text = (
        "(一)信访总量。东坪县、西岭县、南湖区上半年分别登记信访事项1,284件、936件和512件。"
        "(二)万人信访量。三个县(区)常住人口分别为42.8万人、31.2万人、25.6万人,"
        "万人信访量依次为30.0件、30.0件、23.0件。"
    )
    found = [k for k in checks_of(text) if k.kind == "per_capita"]
    assert [k.verdict for k in found] == ["consistent", "consistent", "inconsistent"]
    assert "512/25.6万" in found[-1].message()


def test_an_average_of_approximate_figures_is_unverifiable_and_says_why():
    k = only("全镇网格员约620名,全年上报隐患线索4,800余条,人均7.7条。", "per_capita")
    assert k.verdict == "unverifiable"
    assert "约数" in k.message() and "approximate" in k.message("en")


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # the workload of the report's whole total
        ("全年共受理信访事项1,416件。信访科工作人员8名,人均办理177件。", "consistent"),
        ("全年共受理投诉3,870件。一线执法队员150名,人均处理投诉27.8件。", "inconsistent"),
        # 人次 of training over the people, averaged in 次
        ("全县信访干部52名,全年参加业务培训156人次,人均参训3次。", "consistent"),
        # the people counted in an earlier sentence, named where the sentence opens
        (
            "年初排查出信访积案44件,由22名县级领导分别包案。县级领导全年接访下访共132批,人均6.8批。",
            "inconsistent",
        ),
        (
            "全县18名县级领导包案化解积案。全年县级领导坐班接访97批,平均每名县级领导接访5.4批。",
            "consistent",
        ),
    ],
)
def test_an_average_whose_operands_stand_outside_its_sentence(text, verdict):
    k = only(text, "per_capita")
    assert (k.verdict, k.basis) == (verdict, "stated")  # (not the inferred operand search)


def test_per_batch_average():
    assert only("接待集体访12批150人次,批均12.5人次。", "per_capita").verdict == "consistent"


# --- comparison bases named by month, and bases in the parenthesis after the change -----------


def test_each_change_takes_the_base_in_its_own_parenthesis():
    text = (
        "6月,全市共登记信访事项1,327件。环比上升6.2%(5月为1,250件),同比下降3.3%(去年同期1,372件)。"
    )
    found = {
        k.message("zh").split("报告")[-1]: k.verdict for k in checks_of(text) if k.kind == "change"
    }
    assert found == {"上升6.2%,一致": "consistent", "下降3.3%,一致": "consistent"}


def test_a_wrong_change_against_its_own_parenthesised_base_is_flagged():
    text = (
        "6月,全市共登记信访事项1,327件。环比上升6.2%(5月为1,250件),同比下降5.3%(去年同期1,372件)。"
    )
    verdicts = [k.verdict for k in checks_of(text) if k.kind == "change"]
    assert verdicts == ["consistent", "inconsistent"]


def test_a_month_named_as_the_base_makes_a_previous_value():
    k = only("集体访18批,较5月的22批减少4批。", "difference")
    assert k.verdict == "consistent"
    k = only("集体访18批,比5月(22批)减少3批。", "difference")
    assert k.verdict == "inconsistent"


# --- ;-chains read as one statement -----------------------------------------------------------


def test_a_rate_finds_its_operands_across_semicolons():
    k = only("(二)调处。排查矛盾纠纷48起;化解45起;化解率93.8%。", "rate")
    assert k.verdict == "consistent" and "45/48" in k.message("zh")


def test_a_base_of_another_subject_across_a_semicolon_is_not_taken():
    # 越级访's base (5批) must not serve 重复访: 14-5 would be a false alarm
    text = "赴市越级访3批,较去年同期的5批减少2批;重复访14批,比去年同期减少6批,下降30%。"
    assert not [k for k in checks_of(text) if k.verdict == "inconsistent"]


def test_a_count_with_its_own_rate_is_not_the_whole_of_the_next_rate():
    text = "全年按期办结420件,按期办结率96.3%;参与满意度评价300件,参评率68.8%。"
    rates = [k for k in checks_of(text) if k.kind == "rate"]
    assert all(k.verdict != "inconsistent" for k in rates)
    assert not any("300/420" in k.message("zh") for k in rates)


def test_a_part_of_a_rated_whole_still_finds_it():
    text = "参与满意度评价300件,参评率68.8%;其中评价满意的279件,满意率93%。"
    k = [k for k in checks_of(text) if k.kind == "rate" and "279" in k.message("zh")]
    assert len(k) == 1 and k[0].verdict == "consistent"


def test_a_satisfaction_rate_is_over_the_surveyed_count_before_its_own_rate():
    text = (
        "全年受理投诉2,150件,办结投诉2,012件,办结率93.6%。对办结投诉开展电话回访1,760件,"
        "回访率87.5%,群众表示满意的1,598件,满意率{}%。"
    )
    rates = [k for k in checks_of(text.format("90.8")) if "1598/" in k.message("zh")]
    assert [(k.verdict, k.basis) for k in rates] == [("consistent", "stated")]
    assert "1598/1760" in rates[0].message("zh")
    # 1598/2150 = 74.33%: over the complaints received, not over those surveyed
    rates = [k for k in checks_of(text.format("74.3")) if "1598/" in k.message("zh")]
    assert [(k.verdict, k.message("zh")[:9]) for k in rates] == [("inconsistent", "1598/1760")]


def test_a_figure_larger_than_the_total_is_not_one_of_its_parts():
    text = (
        "全年赔付金额486.3万元,其中保险理赔312.5万元,自行赔付173.8万元;"
        "赔付总额相当于住院总费用5.84亿元的0.83%。"
    )
    sums = [k for k in checks_of(text) if k.kind == "sum"]
    assert [k.verdict for k in sums] == ["consistent"]


def test_a_selection_closed_by_its_own_subtotal_is_not_held_against_the_headline():
    text = (
        "全年共受理信访事项1,200件。从反映问题看,城乡建设类300件,占25.0%;劳动社保类200件,"
        "占16.7%;农业农村类100件,占8.3%。以上三类合计600件,占50.0%。"
    )
    sums = [(k.verdict, k.message("zh")) for k in checks_of(text) if k.kind == "sum"]
    assert sums == [("consistent", "300+200+100 = 600,报告合计600件,一致")]


def test_a_sentence_that_opens_with_how_many_it_adds_sums_the_sentence_before():
    text = (
        "从反映领域看,征收补偿类152件;物业服务类98件;劳资纠纷类67件。三类合计{}件,占总量的58.3%。"
    )
    sums = [(k.verdict, k.message("zh")) for k in checks_of(text.format(317)) if k.kind == "sum"]
    assert sums == [("consistent", "152+98+67 = 317,报告合计317件,一致")]
    sums = [k.verdict for k in checks_of(text.format(371)) if k.kind == "sum"]
    assert sums == ["inconsistent"]
    # four items named, three listed: not held against the three
    four = text.replace("三类合计", "四类合计").format(371)
    assert [k for k in checks_of(four) if k.kind == "sum"] == []


def test_names_joined_by_and_before_a_sum_word_are_the_parts():
    text = (
        "按纠纷类型分:婚姻家庭纠纷112起,占25.6%;邻里纠纷96起,占21.9%;劳资纠纷64起,"
        "占14.6%。婚姻家庭和邻里纠纷合计{}起,占近五成。"
    )
    sums = [(k.verdict, k.message("zh")) for k in checks_of(text.format(208)) if k.kind == "sum"]
    assert sums == [("consistent", "112+96 = 208,报告合计208起,一致")]
    sums = [k.verdict for k in checks_of(text.format(218)) if k.kind == "sum"]
    assert sums == ["inconsistent"]


def test_clauses_repeating_the_acts_before_a_subtotal_break_each_act_down():
    text = (
        "本季度进入调解程序的纠纷352起,调解成功327起,调解成功率92.9%。其中村(社区)调委会"
        "调解274起,成功259起,调解成功率94.5%;街道调委会调解78起,成功{}起,调解成功率87.2%。"
    )
    found = sorted(
        (k.verdict, k.message("zh")) for k in checks_of(text.format(68)) if k.kind == "sum"
    )
    assert found == [
        ("consistent", "259+68 = 327,报告合计327起,一致"),
        ("consistent", "274+78 = 352,报告合计352起,一致"),
    ]
    found = sorted(
        (k.verdict, k.message("zh")) for k in checks_of(text.format(86)) if k.kind == "sum"
    )
    assert found == [
        ("consistent", "274+78 = 352,报告合计352起,一致"),
        ("inconsistent", "259+86 = 345,报告合计327起,不一致"),
    ]


def test_a_rate_in_a_clause_naming_its_own_act_is_over_that_clause():
    text = (
        "本季度进入调解程序的纠纷352起,调解成功327起,调解成功率92.9%。其中村(社区)调委会"
        "调解274起,成功259起,调解成功率{}%;街道调委会调解78起,成功68起,调解成功率87.2%。"
    )
    rates = [k for k in checks_of(text.format("94.5")) if k.kind == "rate"]
    assert [(k.verdict, k.basis) for k in rates if "259/274" in k.message("zh")] == [
        ("consistent", "stated")
    ]
    rates = [k for k in checks_of(text.format("95.4")) if k.kind == "rate"]
    assert [k.verdict for k in rates if "259/274" in k.message("zh")] == ["inconsistent"]


def test_a_change_of_items_added_up_is_of_the_count_they_make():
    text = (
        "按内容分,征收补偿类540件,物业服务类731件。物业服务问题中,一季度329件,二季度402件;"
        "上半年合计同比下降{}%(上年同期786件)。"
    )
    changes = [k for k in checks_of(text.format("7.0")) if k.kind == "change"]
    assert [(k.verdict, "731/786" in k.message("zh")) for k in changes] == [("consistent", True)]
    # (a level from another sentence is not trusted to convict: no alarm either way)
    changes = [k for k in checks_of(text.format("9.0")) if k.kind == "change"]
    assert [k.verdict for k in changes] in (["inconsistent"], ["unverifiable"])
    assert not any("402" in k.message("zh") for k in changes)
    # no count the items make: no check against the second quarter alone
    alone = "物业服务问题中,一季度329件,二季度402件;上半年合计同比下降7.0%(上年同期786件)。"
    assert [k.verdict for k in checks_of(alone) if k.kind == "change"] in ([], ["unverifiable"])


def test_paired_shares_of_a_list_closed_by_the_rest_are_over_the_list_when_one_is_wrong():
    text = (
        "新受理的纠纷中,山林权属争议58起,林地承包经营纠纷37起,林木所有权纠纷21起,"
        "其他18起,占比依次为43.3%、27.6%、{}%和13.4%。全年需调处纠纷161起。"
    )
    right = [k.verdict for k in checks_of(text.format("15.7")) if k.kind == "share"]
    assert right == ["consistent"] * 4
    # 21/134 = 15.67%: the wrong share alone is flagged, over the list, not all four over 161
    wrong = [
        (k.verdict, k.message("zh")) for k in checks_of(text.format("17.5")) if k.kind == "share"
    ]
    assert [v for v, _ in wrong] == ["consistent", "consistent", "inconsistent", "consistent"]
    assert all("58+37+21+18" in m for _, m in wrong)


def test_a_difference_takes_the_base_in_its_own_clause():
    text = "来访中,集体访14批386人次。集体访批次较上季度(19批)减少5批,较去年同期(11批)增加{}批。"
    diffs = [
        (k.verdict, k.message("zh")) for k in checks_of(text.format(3)) if k.kind == "difference"
    ]
    assert ("consistent", "14−11 = 3,报告上升3批,一致") in diffs
    assert all(v == "consistent" for v, _ in diffs)
    diffs = [k.verdict for k in checks_of(text.format(4)) if k.kind == "difference"]
    assert sorted(diffs) == ["consistent", "inconsistent"]


def test_a_named_whole_prefers_the_figure_whose_subject_holds_more_of_the_noun():
    text = (
        "年初结转林权纠纷27起,全年新受理134起,比上年(152起)下降11.8%,全年需调处纠纷161起。"
        "全年调处结案143起。从地域看,纠纷主要分布在龙潭乡、石门镇、青岗乡,分别为31起、24起"
        "和19起,三个乡镇合计74起,占新受理纠纷的{}%。"
    )
    share = only(text.format("55.2"), "share")
    assert (share.verdict, share.basis) == ("consistent", "stated")
    assert "74/134" in share.message("zh")
    share = only(text.format("45.2"), "share")
    assert share.verdict == "inconsistent" and "74/134" in share.message("zh")


def test_a_bare_share_of_a_stated_sum_is_over_the_whole_of_its_parts_shares():
    text = (
        "全年受理诉求186.42万件,其中转派承办单位办理的工单61.77万件。按诉求类别分,"
        "城乡建设类14.26万件(23.1%);劳动社保类9.87万件(16.0%);市场监管类8.42万件(13.6%);"
        "交通运输类6.95万件(11.3%);教育类5.36万件(8.7%)。以上五类合计44.86万件,占{}%。"
    )
    shares = [k for k in checks_of(text.format("72.6")) if k.kind == "share"]
    summed = [k for k in shares if "44.86万/" in k.message("zh")]
    assert [(k.verdict, "61.77万" in k.message("zh")) for k in summed] == [("consistent", True)]
    shares = [k for k in checks_of(text.format("76.2")) if k.kind == "share"]
    assert [k.verdict for k in shares if "44.86万/61.77万" in k.message("zh")] == ["inconsistent"]


def test_bare_shares_that_all_miss_the_headline_and_fit_another_stated_count_are_of_it():
    text = (
        "全年受理诉求186.42万件,其中转派承办单位办理的工单61.77万件。按诉求类别分,"
        "城乡建设类14.26万件(23.1%);劳动社保类9.87万件(16.0%);市场监管类8.42万件({}%);"
        "交通运输类6.95万件(11.3%);教育类5.36万件(8.7%)。"
    )
    shares = [k for k in checks_of(text.format("13.6")) if k.kind == "share"]
    assert [(k.verdict, "/61.77万" in k.message("zh")) for k in shares] == [
        ("consistent", True)
    ] * 5
    # one of them wrong: the others still say what the whole is, and it alone is flagged
    shares = [k for k in checks_of(text.format("16.3")) if k.kind == "share"]
    assert [k.verdict for k in shares] == ["consistent"] * 2 + ["inconsistent"] + ["consistent"] * 2
    assert all("/61.77万" in k.message("zh") for k in shares)
    # no stated count they fit: left as they were, over the headline
    other = text.replace("61.77万件", "68.77万件").format("13.6")
    shares = [k for k in checks_of(other) if k.kind == "share"]
    assert not any("/68.77万" in k.message("zh") and k.verdict == "consistent" for k in shares)


def test_a_section_titled_as_a_classification_breaks_the_headline_down():
    text = (
        "全年受理涉电信访146件,同比上升9.8%(上年133件)。\n2. 信访分类。\n"
        "农网改造46件,占31.5%;电力设施保护39件,占26.7%;停电损失赔偿28件;其他{}件。"
    )
    sums = [(k.verdict, k.message("zh")) for k in checks_of(text.format(33)) if k.kind == "sum"]
    assert sums == [("consistent", "46+39+28+33 = 146,报告合计146件,一致")]
    sums = [k.verdict for k in checks_of(text.format(38)) if k.kind == "sum"]
    assert sums == ["inconsistent"]


_BY_SECTION = (
    "一、基本情况\n全年共受理纠纷412起,其中土地承包经营纠纷268起、宅基地纠纷144起。\n"
    "二、纠纷的主要类型\n(一)土地承包经营纠纷。\n"
    "1.确权边界争议97起,占该类的{}%;\n2.土地流转合同纠纷84起,占该类的31.3%;\n"
    "3.特殊群体承包权益41起;\n4.征地补偿费分配28起;\n5.其他{}起。\n"
)


def test_a_share_of_that_kind_is_over_the_count_of_the_section_s_title():
    shares = [k for k in checks_of(_BY_SECTION.format("36.2", 18)) if k.kind == "share"]
    found = [(k.verdict, k.message("zh")[:8]) for k in shares if "/268" in k.message("zh")]
    assert found == [("consistent", "97/268 ="), ("consistent", "84/268 =")]
    shares = [k for k in checks_of(_BY_SECTION.format("63.2", 18)) if k.kind == "share"]
    assert [k.verdict for k in shares if "97/268" in k.message("zh")] == ["inconsistent"]


def test_a_share_of_that_kind_after_a_sentence_opening_with_qizhong_is_over_the_kind_before():
    text = (
        "全年受理信访事项1,960件。交通运输类420件,同比上升6.1%(上年同期396件)。"
        "其中出租车156件、公交142件、其他122件,出租车占该类的{}%。"
    )
    shares = [k for k in checks_of(text.format("37.1")) if k.kind == "share"]
    assert [(k.verdict, k.message("zh")[:8]) for k in shares] == [("consistent", "156/420 ")]
    # 156/1960 = 7.96%: the whole the report named (该类) convicts the slip
    shares = [k for k in checks_of(text.format("8.0")) if k.kind == "share"]
    assert [(k.verdict, k.message("zh")[:8]) for k in shares] == [("inconsistent", "156/420 ")]


def test_the_items_of_that_kind_s_shares_convict_its_count_only_when_close_and_closed():
    assert ("consistent", "97+84+41+28+18 = 268") in stated(_BY_SECTION.format("36.2", 18), "sum")
    # closed by 其他 and 3 over: one item (or the category's count) is mistyped
    assert ("inconsistent", "97+84+41+28+21 = 271") in stated(_BY_SECTION.format("36.2", 21), "sum")
    # 其他 of 40 leaves the list 22 over (8%): more likely a list that runs past the category
    sums = [k for k in checks_of(_BY_SECTION.format("36.2", 40)) if k.kind == "sum"]
    assert not any("97+84" in k.message("zh") for k in sums)
    # a list not closed by the rest may name only the main items
    unclosed = _BY_SECTION.format("36.2", 21).replace("5.其他", "5.承包地调整")
    sums = [k for k in checks_of(unclosed) if k.kind == "sum"]
    assert not any("97+84" in k.message("zh") for k in sums)


def test_a_population_in_the_parenthesis_after_a_per_10k_figure():
    k = only("河东区:登记236件;万人信访量4.4件(常住人口53.1万人)。", "per_capita")
    assert k.verdict == "consistent" and "236/53.1万" in k.message("zh")
    k = only("河东区:登记236件;万人信访量5.4件(常住人口53.1万人)。", "per_capita")
    assert k.verdict == "inconsistent"


def test_working_days_are_days_for_a_daily_average():
    text = "来访312批880人次。接待大厅按21个工作日计,日均接待来访群众41.9人次。"
    k = only(text, "per_capita")
    assert k.verdict == "consistent" and "880" in k.message("zh")


def test_a_difference_in_its_own_clause_after_the_current_value():
    k = only("重点信访人员24人;较上季度(29人)减少5人。", "difference")
    assert k.verdict == "consistent"
    k = only("重点信访人员24人;较上季度(29人)减少4人。", "difference")
    assert k.verdict == "inconsistent"


def test_a_percent_change_of_a_rate_between_two_stated_levels():
    text = "调解成功率92.9%,比上年(90.1%)提高2.8%。"
    k = only(text, "change")
    assert k.verdict == "inconsistent"
    assert "92.9/90.1" in k.message("zh") and "2.8个百分点" in k.message("zh")
    k = only("调解成功率92.9%,比上年(90.1%)提高3.1%。", "change")
    assert k.verdict == "consistent"


def test_a_subtotal_inside_a_breakdown_is_neither_a_part_nor_a_false_alarm():
    text = (
        "全年受理信访事项1250件。从内容看,城乡建设类412件,劳动社保类286件,农业农村类190件,"
        "三类合计888件,占信访总量的71%。"
    )
    verdicts = [(k.kind, k.verdict) for k in checks_of(text)]
    assert ("sum", "inconsistent") not in verdicts
    assert verdicts.count(("sum", "consistent")) == 1
    wrong = text.replace("三类合计888件", "三类合计898件")
    assert [k.verdict for k in checks_of(wrong) if k.kind == "sum"] == ["inconsistent"]


def test_a_base_in_the_sentence_right_after_the_changes():
    text = "共接待来访186批623人次,同比批次下降12.3%、人次下降9.8%。去年同期为212批691人次。"
    changes = [k for k in checks_of(text) if k.kind == "change"]
    assert [k.verdict for k in changes] == ["consistent", "consistent"]
    assert "186/212" in changes[0].message() and "623/691" in changes[1].message()
    wrong = text.replace("9.8%", "8.9%")
    assert [k.verdict for k in checks_of(wrong) if k.kind == "change"][1] == "inconsistent"


def test_a_run_of_changes_pairs_with_the_bases_after_it_in_order():
    text = (
        "今年信访总量为1,320件,分别比2022年、2023年下降18.6%和12.5%(2022年1,622件,2023年1,508件)。"
    )
    changes = [k for k in checks_of(text) if k.kind == "change"]
    assert [k.verdict for k in changes] == ["consistent", "consistent"]
    assert "1320/1508" in changes[1].message()
    wrong = text.replace("12.5%", "15.2%")
    assert [k.verdict for k in checks_of(wrong) if k.kind == "change"] == [
        "consistent",
        "inconsistent",
    ]


def test_a_per_10k_rate_written_as_a_count_and_a_total_in_the_parenthesis():
    k = only("全镇常住人口8.6万人,全年信访总量172件,万人信访率为20件。", "per_capita")
    assert k.verdict == "consistent"
    k = only("全镇常住人口8.6万人,全年信访总量172件,万人信访率为22件。", "per_capita")
    assert k.verdict == "inconsistent"
    k = only("全县每万人信访量为12.4件(全县户籍人口52.3万人,信访总量649件)。", "per_capita")
    assert k.verdict == "consistent" and "649/52.3万" in k.message()


def test_an_average_per_session():
    k = only("全年共召开听证会15场,参加听证群众达312人次,场均20.8人次。", "per_capita")
    assert k.verdict == "consistent"
    k = only("全年共召开听证会15场,参加听证群众达312人次,场均28.0人次。", "per_capita")
    assert k.verdict == "inconsistent"


def test_paired_shares_of_two_units():
    text = "全年共接待群众来访186批623人次,其中集体访12批305人次,分别占6.5%和49%。"
    shares = [k for k in checks_of(text) if k.kind == "share"]
    assert [k.verdict for k in shares] == ["consistent", "consistent"]
    assert "305/623" in shares[1].message()


def test_resolved_and_pending_against_the_figure_the_sentence_opens_with():
    k = only("全年信访积案40件,已化解37件,尚有3件正在化解中。", "sum")
    assert k.verdict == "consistent"
    k = only("全年信访积案40件,已化解36件,尚有3件正在化解中。", "sum")
    assert k.verdict == "inconsistent"


def test_a_partition_inside_a_fuller_breakdown_is_not_checked_twice():
    text = (
        "全县共发生医疗纠纷56起,其中通过调解化解48起,调解成功率85.7%;通过诉讼解决5起;"
        "其余3起正在处理中。"
    )
    assert [(k.verdict, k.message()) for k in checks_of(text) if k.kind == "sum"] == [
        ("consistent", "48+5+3 = 56,报告合计56起,一致")
    ]


def test_a_base_in_the_changes_own_clause_fixes_the_comparison():
    text = (
        "热线共受理群众诉求18,426件,较第二季度的16,935件环比上升8.8%,"
        "比去年同期19,873件同比下降7.3%。"
    )
    changes = [k for k in checks_of(text) if k.kind == "change"]
    assert [k.verdict for k in changes] == ["consistent", "consistent"]
    assert "18426/19873" in changes[1].message()
    wrong = text.replace("下降7.3%", "下降3.7%")
    assert [k.verdict for k in checks_of(wrong) if k.kind == "change"][1] == "inconsistent"


def test_a_change_whose_base_is_named_but_whose_level_is_elsewhere_is_no_alarm():
    text = "双桥镇信访量比上年同期(173件)上升23.7%,其中网上信访147件,是上年同期92件的1.6倍。"
    assert not [k for k in checks_of(text) if k.verdict == "inconsistent"]


def test_shares_with_subjects_of_their_own_do_not_borrow_a_neighbours_count():
    text = (
        "全年受理1326件。从内容看,城乡建设类414件,占31.2%;劳动和社会保障类占18.5%;"
        "农业农村类占16.3%。"
    )
    shares = [(k.verdict, k.message()) for k in checks_of(text) if k.kind == "share"]
    assert shares[0][0] == "consistent"
    assert all(verdict == "unverifiable" for verdict, _ in shares[1:])


def test_a_share_without_a_noun_takes_the_total_of_its_own_sentence():
    text = (
        "全年受理信访事项214件。全年镇领导接访48次,接待群众93批217人次,当场解决或答复61批,占65.6%。"
    )
    k = only(text, "share")
    assert k.verdict == "consistent" and "61/93" in k.message()


def test_a_share_of_the_section_total_not_of_a_member_of_its_breakdown():
    text = (
        "本季度网上信访平台受理信访事项1,247件。从来源看,群众直接通过网上信访平台提交的836件,"
        "由热线转入的411件。同一信访人重复提交的87件,占本季度网上信访量的7.0%。"
    )
    k = only(text, "share")
    assert k.verdict == "consistent" and "87/1247" in k.message()
    sums = [k for k in checks_of(text) if k.kind == "sum"]
    assert [k.verdict for k in sums] == ["consistent"] and "1247" in sums[0].message()


def test_a_rate_of_one_place_does_not_take_the_countys_counts():
    text = (
        "全县到期应办结信访事项1,187件,按期办结1,163件,按期办结率98.0%。"
        "各乡镇中,龙泉乡按期办结率达到100%。"
    )
    assert [k.verdict for k in checks_of(text) if k.kind == "rate"] == [
        "consistent",
        "unverifiable",
    ]


def test_satisfaction_is_not_completed_plus_overdue():
    text = (
        "河口镇逾期未办结9件。办结事项中,信访人参与满意度评价的806件,评价为满意的772件,"
        "满意率为95.8%。"
    )
    k = only(text, "rate")
    assert k.verdict == "consistent" and "772/806" in k.message()


def test_a_numerator_verb_after_the_figure_and_no_granularity_on_the_numerator():
    text = "按时签收受理351件,及时受理率99.2%。"
    assert not [k for k in checks_of(text) if k.verdict == "inconsistent"]
    text = "到期应办结的事项209件,已按期办结204件。176件参与了评价,参评率86.3%。"
    assert not [k for k in checks_of(text) if k.verdict == "inconsistent"]


def test_the_rest_has_its_own_total():
    text = "东坪村41件、石门村33件、桃溪社区29件、上湾村24件,四村合计127件;其余村(社区)合计82件。"
    sums = [(k.verdict, k.message()) for k in checks_of(text) if k.kind == "sum"]
    assert sums == [("consistent", "41+33+29+24 = 127,报告合计127件,一致")]


def test_a_listed_difference_in_a_second_unit():
    text = "全年发生集体访7批152人次,比上年(11批238人次)减少4批、86人次,人次下降36.1%。"
    verdicts = [(k.kind, k.verdict) for k in checks_of(text)]
    assert verdicts == [
        ("difference", "consistent"),
        ("difference", "consistent"),
        ("change", "consistent"),
    ]


def test_a_month_on_month_change_never_takes_the_year_on_year_base():
    text = "一季度全区受理信访事项1,152件,环比下降3.2%,同比上升5.1%(去年同期1,096件)。"
    changes = [(k.verdict, k.message()) for k in checks_of(text) if k.kind == "change"]
    assert changes[0][0] == "unverifiable"
    assert changes[1] == ("consistent", "1152/1096−1 = +5.11%,报告上升5.1%,一致")
    # both 同比: the bases after the second change serve the pair
    text = "共受理信访事项2,170件5,302人次,同比分别上升6.3%和3.5%(上年为2,041件5,118人次)。"
    assert [k.verdict for k in checks_of(text) if k.kind == "change"] == ["consistent"] * 2


def test_a_rates_whole_in_the_parenthesis_after_it():
    k = only("全年化解信访积案126件,化解率为89.4%(积案总数141件)。", "rate")
    assert k.verdict == "consistent" and "126/141" in k.message()
    k = only("全年化解信访积案126件,化解率为86.4%(积案总数141件)。", "rate")
    assert k.verdict == "inconsistent"


def test_a_daily_average_over_a_named_period_takes_every_length_it_can_have():
    k = only("上半年共受理信访事项1,820件,日均10.1件。", "per_capita")
    assert k.verdict == "consistent" and "181~184天" in k.message()
    k = only("全年共受理信访事项3,650件,日均12.1件。", "per_capita")
    assert k.verdict == "inconsistent"
    # two daily averages in one sentence: which covers which days is unclear
    text = "全年受理信访事项3,650件,日均10件,高峰期日均达到35件。"
    assert {k.verdict for k in checks_of(text) if k.kind == "per_capita"} == {"unverifiable"}


def test_numerator_verb_counts_only_in_the_figures_own_words():
    # 逾期办结19件 follows 按期办结797件、: it is not the 按期办结 numerator
    text = "到期应办结信访事项824件,实际办结816件,其中按期办结797件、逾期办结19件,按期办结率96.7%。"
    k = only(text, "rate")
    assert (k.verdict, k.message()) == ("consistent", "797/824 = 96.72%,报告按期办结率96.7%,一致")


def test_parallel_lists_pair_by_position():
    text = (
        "甲、乙、丙三镇分别排查纠纷400起、250起、120起,已化解380起、230起、111起,"
        "化解率分别为95.0%、92.0%、90.5%。"
    )
    rates = [k for k in checks_of(text) if k.kind == "rate"]
    assert [k.verdict for k in rates] == ["consistent", "consistent", "inconsistent"]
    assert "111/120 = 92.5" in rates[2].message()


def test_a_subtotal_of_the_listed_kinds_is_not_a_part():
    text = (
        "全年受理信访事项1,000件。按内容分,甲类400件;乙类300件;丙类100件;"
        "以上三类共800件,其余200件涉及其他方面。"
    )
    sums = [k for k in checks_of(text) if k.kind == "sum" and k.verdict == "inconsistent"]
    assert sums == []


def test_a_listed_total_has_its_parts_in_its_own_clause():
    text = (
        "各街道登记情况:新桥街道121件;望江街道109件,其中涉及房屋征收的46件,占42.2%;"
        "白沙镇96件;柳湾镇88件。"
    )
    assert [k for k in checks_of(text) if k.kind == "sum" and k.verdict == "inconsistent"] == []


def test_a_simple_fraction_is_as_precise_as_a_whole_percentage():
    k = only("全县排查矛盾纠纷2,764起,其中土地山林权属纠纷547起,约占五分之一。", "share")
    assert k.verdict == "consistent"  # 547/2764 = 19.79%


def test_parts_in_the_next_sentence_belong_to_the_stated_total():
    # 其中 opens the next sentence: its parts add up to what was received (1,872 ≠ 1,882), not
    # to the 1,809 that succeeded
    text = (
        "全县共受理调解纠纷1,872起,调解成功1,809起,调解成功率96.6%。"
        "其中,村调委会调解1,326起,乡镇调委会调解384起,专业调委会调解172起。"
    )
    sums = [k for k in checks_of(text) if k.kind == "sum"]
    assert [(k.verdict, k.reported) for k in sums] == [("inconsistent", Decimal(1872))]


def test_grew_by_n_times_is_growth_not_the_ratio():
    # 增长了1.7倍 is +170%; 163/97 is 1.68 times the old level, +68%
    slip = only("全年调解成功矛盾纠纷163起,比上年的97起增长了1.7倍。", "change")
    assert slip.verdict == "inconsistent"
    assert "报告上升1.7倍(即170%)" in slip.message() and "1.68倍" in slip.message()
    right = only("全年调解成功矛盾纠纷163起,比上年的60起增长了1.7倍。", "change")
    assert right.verdict == "consistent"  # 163/60 − 1 = +171.7%


def test_a_fraction_of_an_increase_is_a_share():
    text = "全区信访量环比增加78件,其中城东、望江两个街道共增加52件,占全区增量78件的三分之二。"
    claim = next(c for c in extract(text).claims if c.text == "三分之二")
    assert claim.kind == "share"


def test_shares_of_a_list_continued_in_the_next_sentence_add_up_together():
    text = (
        "从内容看,城乡建设类287件,占27.4%;劳动社会保障类196件,占18.7%。"
        "其余依次为农业农村类134件、占12.8%,自然资源类98件、占9.4%,卫生健康类61件、占5.8%,"
        "其他各类合计270件、占25.8%。"
    )
    sums = [k for k in checks_of(text) if k.kind == "share_sum"]
    assert [k.verdict for k in sums] == ["consistent"]  # 99.9%
    assert "27.4+18.7+12.8+9.4+5.8+25.8" in sums[0].message()


def test_a_breakdown_is_not_a_division_of_what_was_due():
    text = (
        "全年受理信访事项386件。全年到期应办结信访事项371件,按期办结369件。"
        "从反映问题看,物业服务类121件;城市管理类94件;劳动保障类58件;其余113件涉及其他方面。"
    )
    sums = [k for k in checks_of(text) if k.kind == "sum"]
    assert [(k.verdict, k.reported) for k in sums] == [("consistent", Decimal(386))]


def test_a_difference_of_averages_is_not_taken_from_the_total_count():
    text = "全市常住人口128.6万人,全年信访总量2,316件,每万人信访量18.0件,较上年的19.2件下降1.2件。"
    k = only(text, "difference")
    assert (k.verdict, k.message()) == ("consistent", "18.0−19.2 = -1.20,报告下降1.2件,一致")
    wrong = text.replace("下降1.2件", "下降2.2件")
    assert only(wrong, "difference").verdict == "inconsistent"


def test_a_daily_average_over_a_range_of_months():
    k = only("1—9月,全县共受理信访事项1,386件,日均5.1件。", "per_capita")
    assert k.verdict == "consistent" and "273~274天" in k.message()  # February may have 29
    assert only("1—9月,全县共受理信访事项1,386件,日均5.8件。", "per_capita").verdict == (
        "inconsistent"
    )


# --- operands of another clause or a sibling are not a rate's operands ------------------------


def test_rate_of_a_clause_with_its_own_whole_ignores_the_previous_clause():
    text = (
        "满意度测评中,甲局参评40件,满意34件,满意率85.0%;乙局参评的25件中满意率88.0%;"
        "丙局参评16件,满意率仅62.5%。"
    )
    found = {k.claims[-1]: k for k in checks_of(text)}
    claims = {c.text: c for c in extract(text).claims}
    second, third = found[claims["88.0%"].id], found[claims["62.5%"].id]
    # 22/25 and 10/16 are reachable; 34/40 of the first clause is not theirs
    assert (second.kind, second.verdict) == ("granularity", "consistent")
    assert (third.kind, third.verdict) == ("granularity", "consistent")
    assert found[claims["85.0%"].id].verdict == "consistent"


def test_a_sibling_count_of_the_same_act_is_not_the_rate_whole():
    text = "回访中,表示满意的51件,基本满意的9件,不满意的4件,满意率(含基本满意)93.8%。"
    assert all(k.verdict != "inconsistent" for k in checks_of(text))


def test_share_of_the_headline_total_named_by_its_act():
    text = (
        "本季度共对210件信访事项开展督查督办。督办事项已办结180件;"
        "已办结的督办事项中按期办结160件。甲乙两局合计承办105件,占督办总量的50.0%。"
    )
    k = only(text, "share")
    assert k.verdict == "consistent"
    assert k.message() == "105/210 = 50%,报告占50.0%,一致"  # found directly, not by search


def test_subtotal_parts_add_up_to_the_figure_of_their_own_act():
    text = (
        "本月排查矛盾纠纷48起;化解43起;化解率89.6%。其中村级化解30起,镇级化解9起,县级部门化解5起。"
    )
    k = only(text, "sum")
    # 30+9+5 = 44 against the 43 resolved (not the 48 found)
    assert k.verdict == "inconsistent"
    assert "30+9+5" in k.message()


def test_whole_area_figure_after_a_list_of_items_sums_them():
    text = "南村12件,办结10件;北村8件,办结8件;其余村合计5件,办结4件。全镇办结22件,办结率88.0%。"
    sums = [k for k in checks_of(text) if k.kind == "sum" and "10+8+4" in k.message()]
    assert [k.verdict for k in sums] == ["consistent"]
    wrong = text.replace("全镇办结22件", "全镇办结25件").replace("88.0%", "100%")
    sums = [k for k in checks_of(wrong) if k.kind == "sum" and "10+8+4" in k.message()]
    assert [k.verdict for k in sums] == ["inconsistent"]


def test_a_rounded_headline_gives_way_to_the_exact_total_it_announces():
    text = (
        "三季度全市登记信访事项近1.8万件,总体平稳。"
        "全市信访部门共登记信访事项17,940件。本季度共92天,日均登记信访事项195件。"
    )
    k = only(text, "per_capita")
    assert k.verdict == "consistent"
    assert "17940" in k.message().replace(",", "")


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("全年举办业务培训6期,培训信访干部和代办员558人次,期均93人次。", "consistent"),
        ("全年查处违法用地案件64宗,收缴罚没款412.8万元,宗均6.5万元。", "consistent"),
        ("全年查处违法用地案件64宗,收缴罚没款412.8万元,宗均8.5万元。", "inconsistent"),
    ],
)
def test_averages_per_named_item(text, verdict):
    assert only(text, "per_capita").verdict == verdict


def test_an_average_of_an_act_is_over_the_total_of_that_act():
    text = (
        "本季度市联席办共对150件信访事项开展督查督办。其中书面督办90件、电话督办40件、"
        "实地督查20件。市联席办组成6个督查组,组均督办25.0件。"
    )
    k = only(text, "per_capita")
    assert k.verdict == "consistent"
    assert "150" in k.message()


def test_listed_per_population_figures_use_each_place_count_and_population():
    text = (
        "各乡镇登记的信访事项依次为:东镇312件,西镇96件,南乡41件。"
        "按常住人口计算(东镇18.6万人、西镇6.4万人、南乡2.9万人),"
        "各乡镇万人信访量分别为:东镇16.8件、西镇17.5件、南乡14.1件。"
    )
    verdicts = {
        k.message().split("=")[0]: k.verdict for k in checks_of(text) if k.kind == "per_capita"
    }
    # 312/18.6万 = 16.77, 96/6.4万 = 15.0 (the report's 17.5 is wrong), 41/2.9万 = 14.14
    assert sorted(verdicts.values()) == ["consistent", "consistent", "inconsistent"]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("本月共接听热线电话9,300个,开通坐席30个,每个坐席日均接听10.0个。", "consistent"),
        ("本月共接听热线电话9,300个,开通坐席30个,每个坐席日均接听13.0个。", "inconsistent"),
        # the seats are not counted: no verdict from the days alone
        ("本月共接听热线电话9,300个,每个坐席日均接听10.0个。", "unverifiable"),
    ],
)
def test_an_average_per_item_and_per_day_has_two_denominators(text, verdict):
    assert only(text, "per_capita").verdict == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # one county's count is not over the city's population
        ("全市常住人口520.6万人。南湖县登记信访事项806件,万人信访量15.5件。", "unverifiable"),
        # the average of the total or of the part just named? no verdict
        ("全年共受理信访事项4,380件,其中网上信访3,102件,日均8.5件。", "unverifiable"),
        # the act averaged picks its own total among the figures before it
        ("全年共受理信访事项4,380件,办结4,301件,日均受理12.0件。", "consistent"),
        ("全县32名县级领导共包案信访积案112件,已化解97件,人均包案3.5件。", "consistent"),
    ],
)
def test_average_operands_of_the_right_place_and_act(text, verdict):
    assert only(text, "per_capita").verdict == verdict


def test_a_rate_with_a_bound_is_checked_against_the_bound():
    k = only("全年共受理信访事项400件,已办结396件,办结率达98%以上。", "rate")
    assert (k.verdict, k.message()) == ("consistent", "396/400 = 99%,报告办结率≥98%,一致")
    k = only("全年共受理信访事项400件,已办结380件,办结率达98%以上。", "rate")
    assert k.verdict == "inconsistent"


def test_two_rates_cannot_share_their_operands():
    text = "全年共排查矛盾纠纷2,800起,化解2,604起,化解率93.0%,其中重大矛盾纠纷化解率86.4%。"
    found = [k for k in checks_of(text) if k.kind == "rate"]
    assert [k.verdict for k in found] == ["consistent", "unverifiable"]


def test_a_satisfaction_rate_over_the_rated_whole_of_its_own_breakdown():
    text = (
        "全市到期应办结信访事项5,210件,按期办结5,126件;"
        "群众参评事项2,406件,其中满意2,288件、基本满意83件、不满意35件。"
        "全市按期办结率98.4%;满意率95.1%。"
    )
    rates = {shown(k): k.verdict for k in checks_of(text) if k.kind == "rate"}
    assert rates == {"5126/5210": "consistent", "2288/2406": "consistent"}


def test_share_of_the_own_place_and_of_parts_added_together():
    text = (
        "东城区受理信访事项1,204件,西城区受理信访事项986件,全市合计4,215件。"
        "东城区重复信访301件,占该区信访量的25.0%。"
        "本季度逾期交房相关信访480件,其中东城区205件、西城区170件,两区合计占78.1%。"
    )
    shares = {shown(k): k.verdict for k in checks_of(text) if k.kind == "share"}
    assert shares == {"301/1204": "consistent", "(205+170)/480": "consistent"}
    wrong = text.replace("两区合计占78.1%", "两区合计占87.1%")
    shares = {shown(k): k.verdict for k in checks_of(wrong) if k.kind == "share"}
    assert shares["(205+170)/480"] == "inconsistent"


def test_a_half_year_huanbi_never_takes_the_year_ago_base():
    text = (
        "全年共受理信访事项9,840件,同比下降4.2%(2023年为10,272件)。"
        "其中上半年5,102件,下半年4,738件,下半年环比下降7.1%。"
    )
    figure = one_claim(text, "7.1%")
    found = [k for k in checks_of(text) if k.kind == "change" and k.claims[-1] == figure.id]
    # (the half-year before, not 2023's year: 4738/10272 would be −53.9%)
    assert [(k.verdict, shown(k)) for k in found] == [("consistent", "4738/5102−1")]


def test_a_bare_completion_rate_takes_the_headline_or_its_sections_opening_count():
    text = (
        "一、总体情况\n全年共受理信访事项320件,同比下降5.0%。\n"
        "二、主要问题\n按内容分:土地类96件;劳动保障类80件;其他144件。\n"
        "三、办理情况\n全年办结301件,办结率94.1%。\n"
    )
    k = only(text, "rate")
    assert (k.verdict, shown(k)) == ("consistent", "301/320")
    assert only(text.replace("94.1%", "96.1%"), "rate").verdict == "inconsistent"
    # a section that opens with its own caseload is about that caseload
    text += "四、积案化解\n年初梳理出信访积案40件。\n全县累计化解32件,化解率80.0%。\n"
    rates = [k for k in checks_of(text) if k.kind == "rate"]
    assert [shown(k) for k in rates] == ["301/320", "32/40"]
    # a rate with a qualifier (网上信访办结率) or a part (其中) is not the report's
    # (the inferred search may still corroborate a value that fits; it never raises a flag)
    qualified = text.replace("全年办结301件,办结率94.1%", "网上信访办结301件,网上信访办结率96.1%")
    assert next(k.verdict for k in checks_of(qualified) if k.kind == "rate") == "unverifiable"
    part = text.replace("全年办结301件", "其中办结301件").replace("94.1%", "96.1%")
    assert next(k.verdict for k in checks_of(part) if k.kind == "rate") == "unverifiable"


@pytest.mark.parametrize(
    "tail",
    ["所占比例达到45.5%", "网上信访占比45.5%", "所占比重为45.5%", "占到45.5%"],
)
def test_share_words_after_zhan_are_not_a_whole_noun(tail):
    text = (
        f"一、总体情况\n全年共受理信访事项220件。\n二、渠道\n网上信访与热线两项合计100件,{tail}。\n"
    )
    k = only(text, "share")
    assert (k.verdict, shown(k)) == ("consistent", "100/220")


def test_a_share_of_the_whole_area_takes_that_areas_headline():
    text = "全市共登记信访事项4,000件。\n两个城区合计1,520件,占全市的38.0%。\n"
    k = only(text, "share")
    assert (k.verdict, shown(k)) == ("consistent", "1520/4000")
    assert only(text.replace("38.0%", "28.0%"), "share").verdict == "inconsistent"
    # a county's report: 占全市 of a city total it never gives
    county = "全县共登记信访事项4,000件。\n城关镇1,520件,占全市的8.0%。\n"
    assert only(county, "share").verdict == "unverifiable"


def test_share_sum_under_a_breakdown_heading_and_of_one_checked_whole():
    # (三)按诉求类型分。— the heading makes the list a breakdown: over 100% is wrong
    text = "(三)按诉求类型分。\n咨询类占41.3%,求助类占22.6%,投诉类占29.9%,举报类占8.2%。\n"
    k = only(text, "share_sum")
    assert k.verdict == "inconsistent"
    # without the heading nothing says the four are parts of one whole
    assert not [k for k in checks_of(text.split("\n", 1)[1]) if k.kind == "share_sum"]
    # three or more shares checked against one whole, one per item of a ;-list
    places = (
        "全市登记信访事项1,000件。\n"
        "甲区登记400件,占全市的40.0%;乙区320件,占32.0%;丙县100件,占19.0%;丁县180件,占18.0%。\n"
    )
    assert only(places, "share_sum").verdict == "inconsistent"  # 109%: one share slipped
    # 131%: too far from 100% for a slip; the shares may not all be of one whole (the wrong
    # share is still caught by its own check)
    far = places.replace("丙县100件,占19.0%", "丙县310件,占41.0%")
    assert only(far, "share_sum").verdict == "unverifiable"
    assert "相差过大" in only(far, "share_sum").message()
    assert ("inconsistent", "310/1000 = 31%") in [
        (k.verdict, k.message().split(",")[0]) for k in checks_of(far) if k.kind == "share"
    ]
    # a share of one item (占该类的) is not one of the list's parts
    items = (
        "从内容看,城建类500件,占50.0%;农业类300件,占30.0%,其中土地纠纷90件,占该类的30.0%;"
        "其他各类200件,占20.0%。\n"
    )
    assert only(items, "share_sum").verdict == "consistent"


def test_a_total_named_by_its_parts_with_a_sum_word():
    text = (
        "市住建局、市人社局、市教育局分别承办督办件41件、29件、13件;"
        "已分别办结36件、28件、13件。\n"
        "住建、人社、教育三个部门合计承办83件,占督办总量的一半。\n"
    )
    k = only(text.replace("占督办总量的一半", "问题较集中"), "sum")
    assert (k.verdict, shown(k)) == ("consistent", "41+29+13")
    wrong = text.replace("合计承办83件", "合计承办93件").replace("占督办总量的一半", "问题较集中")
    assert only(wrong, "sum").verdict == "inconsistent"
    places = "东江区登记5,218件;西岭区4,362件;南湖县3,874件。\n两个城区(东江、西岭)合计9,580件。\n"
    k = only(places, "sum")
    assert (k.verdict, shown(k)) == ("consistent", "5218+4362")


def test_a_pp_change_of_a_share_stated_in_an_earlier_sentence():
    text = (
        "从来源渠道看,网上信访6,330件,占63.3%;来访1,750批,占17.5%;电话1,470件,占14.7%。\n"
        "网上信访比重比上年(58.9%)提高4.4个百分点,来访比重比上年(21.6%)下降4.1个百分点。\n"
    )

    def differences(text):
        return {shown(k): k.verdict for k in checks_of(text) if k.kind == "difference"}

    assert differences(text) == {"63.3−58.9": "consistent", "17.5−21.6": "consistent"}
    wrong = text.replace("提高4.4个百分点", "提高5.4个百分点")
    assert differences(wrong)["63.3−58.9"] == "inconsistent"
    # the share of another channel named in that sentence is not the level compared
    other = text.replace("网上信访比重比上年", "来信比重比上年")
    assert "14.7−58.9" not in {shown(k) for k in checks_of(other)}


def test_per_population_of_a_place_clause_and_of_the_whole_area():
    text = (
        "全市共登记信访事项4,000件,万人信访量按常住人口计算。\n"
        "甲区1,500件,占37.5%,常住人口50.0万人,万人信访量30.0件;"
        "乙县900件,占22.5%,常住人口40.0万人(户籍人口45.0万人),万人信访量22.5件。\n"
        "全市常住人口200.0万人,万人信访量20.0件。\n"
    )
    found = [k for k in checks_of(text) if k.kind == "per_capita"]
    assert [(k.verdict, shown(k)) for k in found] == [
        ("consistent", "1500/50万×10000"),
        ("consistent", "900/40万×10000"),
        ("consistent", "4000/200万×10000"),
    ]
    # computed on the registered population although the report says resident: wrong
    wrong = text.replace("万人信访量22.5件", "万人信访量20.0件")
    assert [k.verdict for k in checks_of(wrong) if k.kind == "per_capita"][1] == "inconsistent"
    # a county report's 全市 population is not over the county's headline
    county = text.replace("全市共登记", "全县共登记")
    county = county.replace("万人信访量20.0件", "万人信访量35.0件")
    assert [k.verdict for k in checks_of(county) if k.kind == "per_capita"][2] == "unverifiable"


def test_list_items_summed_shares_and_the_lesser_degree():
    # later items of a 分别占全县的 list share its whole; a list item is not a total
    text = (
        "全县共登记信访事项1,000件。\n"
        "甲镇、乙镇、丙乡分别登记信访事项300件、200件、100件,分别占全县的30.0%、20.0%、10.0%;"
        "县直部门400件,占比40.0%。\n"
    )
    shares = [shown(k) for k in checks_of(text) if k.kind == "share"]
    assert shares == ["300/1000", "200/1000", "100/1000", "400/1000"]
    # several parts together, the whole named after 合计…
    text = (
        "县直部门400件。\n县住建局登记150件、县人社局90件,两个部门合计接近县直部门信访量的六成。\n"
    )
    k = only(text, "share")
    assert (k.verdict, shown(k)) == ("consistent", "(150+90)/400")
    # 满意率(含基本满意): both degrees over the rated whole
    text = "参评86件,满意71件、基本满意8件,满意率(含基本满意)91.9%。"
    k = only(text, "rate")
    assert (k.verdict, shown(k)) == ("consistent", "(71+8)/86")
    assert only(text.replace("91.9%", "82.6%"), "rate").verdict == "inconsistent"


def test_a_rate_takes_the_whole_named_by_its_thing_from_an_earlier_section():
    text = (
        "一、总体情况\n全年共登记信访事项2,400件。\n"
        "二、结构\n初信初访1,800件,占75.0%;重复信访600件,占25.0%。\n"
        "三、办理\n按期办结2,300件。\n初信初访一次性化解1,530件,一次性化解率85.0%。\n"
    )
    k = next(k for k in checks_of(text) if k.kind == "rate")
    assert (k.verdict, shown(k)) == ("consistent", "1530/1800")
    wrong = text.replace("85.0%", "88.0%")
    assert next(k.verdict for k in checks_of(wrong) if k.kind == "rate") == "inconsistent"
    # the rate named in full finds its numerator sentences before, in its own section
    far = text.replace(
        "初信初访一次性化解1,530件,一次性化解率85.0%。\n",
        "初信初访一次性化解1,530件。\n全年新建工作台账一本。\n初信初访一次性化解率85.0%。\n",
    )
    k = next(k for k in checks_of(far) if k.kind == "rate")
    assert (k.verdict, shown(k)) == ("consistent", "1530/1800")


def test_a_rate_of_the_thing_a_sentence_is_about():
    text = (
        "按内容分,食品安全类600件,占信访总量的30.0%;价格收费类400件,占20.0%。\n"
        "对食品安全类信访,逐件组织核查,查实或部分查实240件,查实率40.0%。\n"
    )
    k = next(k for k in checks_of(text) if k.kind == "rate")
    assert (k.verdict, shown(k)) == ("consistent", "240/600")
    # a generic thing (信访) names no whole of its own
    generic = text.replace("对食品安全类信访,", "对群众信访,")
    assert next(k.verdict for k in checks_of(generic) if k.kind == "rate") != "inconsistent"


def test_a_share_of_the_kind_or_place_the_sentence_refers_to():
    text = (
        "按内容分,河道管理类50件,移民类100件。\n"
        "河道管理类中,反映非法采砂的30件,占该类信访的60.0%。\n"
    )
    k = only(text, "share")
    assert (k.verdict, shown(k)) == ("consistent", "30/50")
    assert only(text.replace("60.0%", "70.0%"), "share").verdict == "inconsistent"
    villages = "青石村27件,河口村19件。\n青石村信访量较多,其中涉及征地的12件,占该村的44.4%。\n"
    k = only(villages, "share")
    assert (k.verdict, shown(k)) == ("consistent", "12/27")


def test_a_share_of_a_thing_counted_sections_earlier():
    text = (
        "一、总体情况\n全年督查信访事项120件,其中实地督查40件。\n"
        "二、问题\n督查中发现群众反映强烈的问题多。\n办理程序不规范。\n时限把关不严。\n"
        "答复意见书内容空泛。\n回访工作不到位。\n台账不全。\n"
        "三、整改\n已整改问题30件,占实地督查事项的75.0%。\n"
    )
    k = only(text, "share")
    assert (k.verdict, shown(k)) == ("consistent", "30/40")


def test_changes_listed_against_a_base_list_and_a_current_list_before_a_heading():
    text = (
        "甲县、乙县、丙县上半年分别登记信访事项200件、150件、120件。\n"
        "(二)同比变化。\n"
        "上年同期三个县分别为250件、100件、150件,同比分别下降20.0%、上升50.0%和下降20.0%。\n"
    )
    changes = [k for k in checks_of(text) if k.kind == "change"]
    assert [(k.verdict, shown(k)) for k in changes] == [
        ("consistent", "200/250−1"),
        ("consistent", "150/100−1"),
        ("consistent", "120/150−1"),
    ]
    flipped = text.replace("上升50.0%", "下降50.0%")
    verdicts = [k.verdict for k in checks_of(flipped) if k.kind == "change"]
    assert verdicts == ["consistent", "inconsistent", "consistent"]


def test_a_breakdown_that_adds_up_to_a_stated_subtotal_is_of_that_subtotal():
    text = (
        "全年共收到群众来信1,800件。\n经甄别,依法受理的来信1,400件,受理率77.8%。\n"
        "二、主要问题\n来信反映的问题相对集中,民生诉求占多数。\n"
        "从受理的来信内容看,城乡建设类600件;劳动保障类500件;其他300件。\n"
        "重复来信300件,占受理来信的21.4%。\n"
    )
    sums = [k for k in checks_of(text) if k.kind == "sum"]
    assert [(k.verdict, shown(k)) for k in sums] == [("consistent", "600+500+300")]
    assert sums[0].claims[-1] == one_claim(text, "1,400件").id
    share = only(text, "share")
    assert (share.verdict, shown(share)) == ("consistent", "300/1400")
    # a breakdown that adds up to no stated count is still compared with the headline
    wrong = text.replace("其他300件", "其他350件")
    sums = [k for k in checks_of(wrong) if k.kind == "sum"]
    assert [(k.verdict, k.claims[-1]) for k in sums] == [
        ("inconsistent", one_claim(wrong, "1,800件").id)
    ]


def test_a_sum_that_says_how_many_figures_it_adds():
    text = (
        "在全部来访中,集体访20批,同比下降;"
        "越级到市上访41批,到省上访9批,进京上访1批,三项相加,全年越级访共计51批。\n"
    )
    k = only(text, "sum")
    assert (k.verdict, shown(k)) == ("consistent", "41+9+1")
    assert only(text.replace("共计51批", "共计55批"), "sum").verdict == "inconsistent"
    assert "三项" not in [c.text for c in extract(text).claims]


def test_a_count_with_its_share_later_in_its_clause_is_no_whole_of_the_next_item():
    text = (
        "全年共受理信访事项500件。\n"
        "网上信访200件,占40.0%;"
        "来访60批180人次,批均3.0人次,来访所占比例为12.0%,其中集体访2批;"
        "来信45件,占9.0%。\n"
    )
    shares = {shown(k): (k.verdict, k.basis) for k in checks_of(text) if k.kind == "share"}
    # found from the text, not rescued by the search after a wrong whole (45/60)
    assert shares.get("45/500") == ("consistent", "stated")


def test_a_point_change_of_one_item_of_a_listed_set_of_rates():
    text = (
        "上半年,及时受理率、按期办结率、参评率分别为100%、98.4%、81.7%,"
        "按期办结率比上年同期(97.1%)提高1.3个百分点。\n"
    )
    k = only(text, "difference")
    assert (k.verdict, shown(k)) == ("consistent", "98.4−97.1")
    assert only(text.replace("1.3个百分点", "1.8个百分点"), "difference").verdict == "inconsistent"


def test_shares_listed_in_turn_pair_with_the_counts_by_position():
    text = (
        "全年共登记信访事项1,000件。\n"
        "按反映问题分类,城乡建设300件、劳动保障200件、其他500件,所占比重依次为30.0%、20.0%和50.0%。\n"
    )
    shares = [(shown(k), k.basis) for k in checks_of(text) if k.kind == "share"]
    assert shares == [("300/1000", "stated"), ("200/1000", "stated"), ("500/1000", "stated")]
    assert [c.subject for c in extract(text).claims if c.unit == "%"] == [
        "城乡建设",
        "劳动保障",
        "其他",
    ]
    wrong = text.replace("20.0%和", "25.0%和")
    verdicts = [k.verdict for k in checks_of(wrong) if k.kind == "share"]
    assert verdicts == ["consistent", "inconsistent", "consistent"]


def test_a_section_titled_as_a_breakdown_sums_to_the_headline():
    head = "一、总体情况\n本月全街道受理信访事项五十二件。\n\n二、分布\n"
    # 2. 分片区。— a bare 分X title under a list number makes the section a breakdown
    wards = "2. 分片区。东片十一件;南片九件;西片十四件;北片十件;中片九件。东片问题最集中。\n"
    k = only(head + wards, "sum")
    assert (k.verdict, shown(k)) == ("inconsistent", "11+9+14+10+9")
    assert only(head + wards.replace("北片十件", "北片九件"), "sum").verdict == "consistent"
    # without the title nothing says the five are all of the total
    plain = head.replace("分布", "工作情况") + wards.replace("2. 分片区。", "")
    assert not [k for k in checks_of(plain) if k.kind == "sum"]
    # (一)分村(社区)。…其余六个村合计N件: the remainder's 合计 does not make it a subtotal
    villages = "(一)分村(社区)。河东村十九件;河西村十二件;其余六个村合计二十一件。河东村最多。\n"
    assert shown(only(head + villages, "sum")) == "19+12+21"
    # parallel 分别 lists of two acts under 分X情况 are not one breakdown
    towns = "三、分乡镇情况\n甲镇、乙镇分别受理三十件、二十件,已办结二十八件、十九件。\n"
    assert not [k for k in checks_of(head + towns) if k.kind == "sum" and "+" in shown(k)]


def test_a_part_of_a_part_inside_a_breakdown_is_not_summed():
    text = (
        "全县共受理信访事项1,000件。从内容看,城建类400件;农业类300件,其中土地纠纷90件;"
        "其余各类合计300件。\n"
    )
    k = only(text, "sum")
    assert (k.verdict, shown(k)) == ("consistent", "400+300+300")


def test_the_verdicts_of_an_evaluation_are_all_of_what_was_evaluated():
    text = "按期办结的事项中,信访人参与评价200件,评价满意171件、基本满意18件、不满意10件。\n"
    k = only(text, "sum")
    assert (k.verdict, shown(k), k.basis) == ("inconsistent", "171+18+10", "stated")
    assert only(text.replace("不满意10件", "不满意11件"), "sum").verdict == "consistent"
    # the evaluated figure in the sentence before; the satisfaction rate is over it as well
    sampled = (
        "从已办结的300件中随机抽取120件进行电话回访。回访中,群众表示满意的101件,"
        "基本满意的12件,不满意的7件,满意率(含基本满意)94.2%。\n"
    )
    assert only(sampled, "sum").verdict == "consistent"
    rate = only(sampled, "rate")
    assert (rate.verdict, shown(rate)) == ("consistent", "(101+12)/120")


def test_a_list_of_differently_named_rates_finds_each_rates_own_operands():
    text = (
        "到期应办结信访事项500件,按期办结480件;依法受理的信访事项均按时告知。"
        "按期办结的事项中,信访人参与评价400件,评价满意360件、基本满意25件、不满意15件。"
        "上半年,及时受理率、按期办结率、参评率分别为100%、96.0%、{}。\n"
    )
    rates = {k.reported: k for k in checks_of(text.format("83.3%")) if k.kind == "rate"}
    # 参评率: 参与评价400件 over the whole its sentence opens with (按期办结的事项中)
    k = rates[Decimal("83.3")]
    assert (k.verdict, shown(k), k.basis) == ("consistent", "400/480", "stated")
    wrong = {k.reported: k for k in checks_of(text.format("86.3%")) if k.kind == "rate"}
    assert wrong[Decimal("86.3")].verdict == "inconsistent"


def test_a_difference_of_a_count_named_with_its_unit_noun():
    text = (
        "从渠道看,来信40件,来访120批400人次,网上信访300件。"
        "网上信访占比提高2.1个百分点。来访批次较上月(110批){}。\n"
    )
    k = only(text.format("增加10批"), "difference")
    assert (k.verdict, shown(k), k.basis) == ("consistent", "120−110", "stated")
    assert only(text.format("增加12批"), "difference").verdict == "inconsistent"


def test_finished_and_pending_out_of_a_whole_stated_the_sentence_before():
    text = (
        "上级交办我乡信访积案十二件,本人包案四件。截至目前,已化解九件,正在化解{}件,化解率75.0%。\n"
    )
    found = {k.kind: k for k in checks_of(text.format("四"))}
    # the whole is the twelve cases of the sentence before, not the document's headline
    assert (found["sum"].verdict, shown(found["sum"])) == ("inconsistent", "9+4")
    assert (found["rate"].verdict, shown(found["rate"])) == ("consistent", "9/12")
    assert only(text.format("三"), "sum").verdict == "consistent"


def test_what_remains_after_the_finished_cases_adds_up_to_their_whole():
    # 余…在化解 is pending; 剩余 after the finished count is the rest of the same whole, and
    # with a month's and a cumulative figure the rest is of the cumulative one
    pending = "县领导包案重点信访事项八件,已化解五件,化解率62.5%;余{}件在化解。\n"
    k = only(pending.format("三"), "sum")
    assert (k.verdict, k.basis, shown(k)) == ("consistent", "stated", "5+3")
    assert only(pending.format("四"), "sum").verdict == "inconsistent"
    rest = "全乡信访积案9件,本月化解2件,累计化解6件,化解率66.7%;剩余{}件均为历史遗留问题。\n"
    k = only(rest.format(3), "sum")
    assert (k.verdict, shown(k)) == ("consistent", "6+3")
    assert only(rest.format(4), "sum").verdict == "inconsistent"


def test_a_remainder_without_a_stated_whole_is_not_summed_to_the_headline():
    text = "全年共受理信访事项320件。截至年底,累计化解积案40件;剩余6件已逐件明确包案领导。\n"
    assert not [k for k in checks_of(text) if k.kind == "sum"]


def test_a_summed_share_after_the_list_of_its_parts_own_shares():
    text = (
        "全年全镇共受理信访事项二百件。甲村、乙村、丙社区居前三位,分别受理三十二件、二十件、十件,"
        "占全镇的比例分别为16.0%、10.0%、5.0%,三个村(社区)合计占{}。\n"
    )

    def summed(share: str):
        return [k for k in checks_of(text.format(share)) if k.kind == "share"][-1]

    k = summed("31.0%")
    assert (k.verdict, shown(k)) == ("consistent", "(32+20+10)/200")
    assert summed("33.0%").verdict == "inconsistent"


def test_an_average_is_of_the_whole_not_of_the_parts_its_subtotal_lists():
    # (the part written 8.0元 for 8.0万元 must not become the numerator either)
    text = "为20名困难群众发放救助资金24.0万元,其中县级16.0万元、乡镇8.0元,人均{}万元。\n"
    k = only(text.format("1.2"), "per_capita")
    assert (k.verdict, shown(k), k.basis) == ("consistent", "24万/20", "stated")
    wrong = only(text.format("1.4"), "per_capita")
    assert (wrong.verdict, shown(wrong)) == ("inconsistent", "24万/20")


def test_a_gap_to_a_bracketed_level_it_is_compared_with():
    text = (
        "全年受理信访事项210件,比上年的240件下降12.5%,"
        "万人信访量40.2件,仍比全县平均水平(36.5件)高出{}件。\n"
    )
    k = only(text.format("3.7"), "difference")
    assert (k.verdict, shown(k)) == ("consistent", "40.2−36.5")
    assert "报告高出3.7件" in k.message()
    assert only(text.format("4.7"), "difference").verdict == "inconsistent"
    below = "城关镇万人信访量11.5件,低于全县平均水平(12.6件)1.1件。\n"
    k = only(below, "difference")
    assert (k.verdict, shown(k)) == ("consistent", "11.5−12.6")
    # in percentage points, with the compared level in brackets
    rate = "按时办结率97.1%,高于全市平均水平(95.8%){}个百分点。\n"
    k = only(rate.format("1.3"), "difference")
    assert (k.verdict, shown(k)) == ("consistent", "97.1−95.8")
    assert only(rate.format("2.3"), "difference").verdict == "inconsistent"


# --- scores (分) ----------------------------------------------------------------------------


def test_a_score_its_change_and_its_sub_scores():
    text = (
        "在全县信访工作考核中,我镇得分96.5分,比上年的92.0分提高{d}分。"
        "其中信访事项办理38.5分、矛盾纠纷排查化解28.0分、基础业务规范化19.0分、加分项目{b}分。"
    )
    good = checks_of(text.format(d="4.5", b="11.0"))
    assert {(k.kind, k.verdict, k.basis) for k in good} == {
        ("difference", "consistent", "stated"),
        ("sum", "consistent", "stated"),
    }
    bad = checks_of(text.format(d="3.5", b="10.0"))
    assert {(k.kind, k.verdict) for k in bad} == {
        ("difference", "inconsistent"),
        ("sum", "inconsistent"),
    }
    assert shown(next(k for k in bad if k.kind == "sum")) == "38.5+28.0+19.0+10.0"


def test_sub_scores_far_short_of_the_score_are_only_some_of_them():
    text = "白马镇总分96.8分,其中信访事项办理39.0分、矛盾纠纷排查化解28.3分。"
    assert not [k for k in checks_of(text) if k.kind == "sum"]


def test_an_average_score_of_the_scores_listed():
    text = "河口镇95.9分、青山镇93.2分、柳林镇90.7分,三个乡镇平均得分{}分。"
    assert only(text.format("93.3"), "per_capita").verdict == "consistent"
    k = only(text.format("93.8"), "per_capita")
    assert k.verdict == "inconsistent"
    assert shown(k) == "(95.9+93.2+90.7)/3"


def test_what_is_not_a_score():
    text = "十分重视,三分之一的事项,5分钟响应,上午9时30分,二分局,每件扣0.5分。"
    assert [c.unit for c in extract(text).claims] == ["%"]


def test_points_taken_off_or_added_are_no_sub_scores():
    claims = extract("城关镇得分95.1分,其中因进京访被扣2.0分,加分项目加1.5分。").claims
    assert [(c.kind, c.direction) for c in claims] == [
        ("other", None),
        ("difference", "down"),
        ("difference", "up"),
    ]
    assert not [
        k for k in check(extract("城关镇得分95.1分,其中因进京访被扣2.0分,加分项目加1.5分。"))
    ]


def test_a_difference_moves_the_level_just_before_it_not_one_with_another_base():
    for text in (
        "城关镇来访120批(上年108批),白马镇来访96批,增加15批。",
        "城关镇得分97.5分(上年95.1分),白马镇得分96.2分,提高1.5分。",
    ):
        assert not [k for k in checks_of(text) if k.kind == "difference"], text


def test_every_item_of_a_separately_listed_difference_is_one():
    text = (
        "来访120批、来信96件、网上信访30件,分别比上年增加12批、15件和{}件"
        "(上年分别为108批、81件、27件)。"
    )
    claims = extract(text.format(3)).claims
    assert [c.kind for c in claims[3:6]] == ["difference"] * 3
    verdicts = [k.verdict for k in checks_of(text.format(3)) if k.kind == "difference"]
    assert verdicts == ["consistent"] * 3
    verdicts = [k.verdict for k in checks_of(text.format(4)) if k.kind == "difference"]
    assert verdicts == ["consistent", "consistent", "inconsistent"]


# --- averages whose operands stand sentences before -------------------------------------------


def test_visits_per_batch_from_the_batches_and_visits_stated_before():
    text = (
        "从渠道看,来信46件,来访138批512人次,网上信访317件。"
        "网上信访占比继续提高。来访批次较上月(126批)增加12批,批均{}人次。"
    )
    k = only(text.format("3.7"), "per_capita")
    assert (k.verdict, k.basis, shown(k)) == ("consistent", "stated", "512/138")
    assert only(text.format("4.1"), "per_capita").verdict == "inconsistent"


def test_a_whole_area_population_over_a_headline_that_names_no_place():
    text = "全年共受理涉水信访事项312件,同比下降5.2%。全县户籍人口41.3万人,涉水万人信访量{}件。"
    k = only(text.format("7.6"), "per_capita")
    assert (k.verdict, k.basis) == ("consistent", "stated")
    assert only(text.format("8.1"), "per_capita").verdict == "inconsistent"


def test_a_place_population_over_the_count_of_that_place_named_before():
    text = (
        "城关镇、东岗镇、北山乡分别登记信访事项312件、241件、148件。"
        "从万人信访量看,城关镇常住人口14.6万人,万人信访量21.4件;"
        "东岗镇常住人口8.3万人,万人信访量{}件;北山乡常住人口4.7万人,万人信访量31.5件。"
    )
    k = next(
        k for k in checks_of(text.format("29.0")) if k.kind == "per_capita" and "8.3" in k.message()
    )
    assert (k.verdict, k.basis, shown(k)) == ("consistent", "stated", "241/8.3万×10000")
    k = next(
        k for k in checks_of(text.format("27.0")) if k.kind == "per_capita" and "8.3" in k.message()
    )
    assert k.verdict == "inconsistent"


# --- blind sources 56-60: nested parts, evaluated wholes, section wholes ---------------------


def test_the_items_after_a_nested_subtotal_are_parts_of_that_part():
    text = (
        "上半年共受理涉农信访事项300件。从反映的内容看,土地承包纠纷120件,"
        "其中涉及第二轮延包后承包地调整的50件、外嫁女和入赘人员承包权益的30件、"
        "承包地被占用的{}件;宅基地纠纷100件;其他80件。"
    )
    sums = {shown(k): k.verdict for k in checks_of(text.format("40")) if k.kind == "sum"}
    # (and the nested parts make their own item: 50+30+40 = 120)
    assert sums == {"120+100+80": "consistent", "50+30+40": "consistent"}


def test_a_satisfaction_rate_over_what_was_evaluated_not_what_was_due():
    text = (
        "到期应办结信访事项398件,按期办结381件,按期办结率95.7%,参与满意度评价312件,"
        "其中满意251件、基本满意37件,满意率80.4%,满意率(含基本满意){}%。"
    )
    found = [k for k in checks_of(text.format("92.3")) if k.kind == "rate"]
    assert [(k.verdict, shown(k)) for k in found] == [
        ("consistent", "381/398"),
        ("consistent", "251/312"),
        ("consistent", "(251+37)/312"),
    ]
    assert [k.verdict for k in checks_of(text.format("93.3")) if k.kind == "rate"][2] == (
        "inconsistent"
    )


def test_an_average_per_person_over_the_people_its_clause_names():
    text = (
        "代办队伍:街道代办员四名;社区代办员十八名;网格员兼职代办员四十六名;"
        "合计六十八名,人均代办1.9件。受理代办申请126件。"
        "街道代办员代办十三件,人均3.3件;社区代办员代办五十四件,人均{}件。"
    )
    found = [k for k in checks_of(text.format("三")) if k.kind == "per_capita"]
    assert [shown(k) for k in found if k.verdict == "consistent"] == ["126/68", "13/4", "54/18"]
    found = [k for k in checks_of(text.format("四")) if k.kind == "per_capita"]
    assert [(k.verdict, shown(k)) for k in found][-1] == ("inconsistent", "54/18")


def test_an_average_is_not_over_a_part_listed_after_its_subtotal():
    text = (
        "全年立案查处违法用地案件128宗,其中违法占用耕地71宗、未批先建48宗;"
        "收缴罚没款1246.8万元,宗均{}万元。"
    )
    k = only(text.format("9.7"), "per_capita")
    assert (k.verdict, shown(k)) == ("consistent", "1246.8万/128")
    assert only(text.format("12.0"), "per_capita").verdict == "inconsistent"


def test_a_bare_completion_rate_in_a_subsection_over_its_section_total():
    text = (
        "一、总体情况\n全年共受理信访事项6738件,较上年上升8.4%。\n"
        "二、司法行政信访办理情况\n(一)总体情况。\n全年受理涉及司法行政工作的信访事项247件。\n"
        "按业务分:律师执业58件,公证41件,其他148件。\n"
        "(二)办理情况。\n已办结239件,办结率{}%。\n"
    )
    k = only(text.format("96.8"), "rate")
    assert (k.verdict, k.basis, shown(k)) == ("consistent", "stated", "239/247")
    assert only(text.format("90.0"), "rate").verdict == "inconsistent"


def test_a_subtotal_list_ends_where_its_parts_make_the_whole():
    text = "调解成功6512件,其中达成书面协议4826件、口头协议{}件,书面协议已履行4719件,履行率97.8%。"
    assert only(text.format("1686"), "sum").verdict == "consistent"
    assert only(text.format("1868"), "sum").verdict == "inconsistent"


def test_shares_listed_in_turn_are_of_the_counts_listed_the_sentence_before():
    text = (
        "全年受理信访事项2,000件。从问题类型看,城乡建设类612件,劳动保障类500件,"
        "自然资源类300件,其他588件。前三类所占比例依次为30.6%、25.0%、16.0%,合计占71.6%。"
    )
    shares = [k for k in checks_of(text) if k.kind == "share"]
    assert [(shown(k), k.verdict) for k in shares] == [
        ("612/2000", "consistent"),
        ("500/2000", "consistent"),
        ("300/2000", "inconsistent"),
        ("(612+500+300)/2000", "inconsistent"),
    ]


def test_a_lone_share_is_not_taken_for_an_item_of_the_list_before():
    # (the extractor may give 68.8% a subject from the list; one share pairs with nothing)
    text = (
        "全年受理信访事项1,326件。分渠道统计,群众来信118件,来访296批,网上信访912件。"
        "68.8%的信访事项是通过网上信访平台提出的。"
    )
    assert all(k.verdict != "inconsistent" for k in checks_of(text) if k.kind == "share")


def test_a_category_broken_down_in_a_later_sentence_that_opens_with_its_name():
    text = (
        "按要素分类,大气污染2,150件,占40.2%;噪声污染1,630件,占30.5%。"
        "大气污染类中,餐饮油烟870件,占该类的40.5%;工业废气640件;其他630件。"
        "噪声污染类问题中,建筑施工噪声720件,社会生活噪声910件。"
    )
    sums = [k for k in checks_of(text) if k.kind == "sum"]
    assert [(shown(k), k.verdict) for k in sums] == [
        ("870+640+630", "inconsistent"),
        ("720+910", "consistent"),
    ]


def test_a_category_reworded_in_the_sentence_that_breaks_it_down():
    # 征地补偿纠纷 was counted as 土地征收补偿纠纷; its items "…的N件" run past it (planted)
    text = (
        "从类型看,土地征收补偿纠纷{whole}件,占40.0%;邻里宅基地纠纷96件,占30.0%;其他64件。\n"
        "征地补偿纠纷中,反映补偿标准偏低的61件,反映补偿款分配不公的40件,"
        "反映安置房面积核定的{third}件,占该类的{share}%。"
    )
    good = text.format(whole=160, third=59, share="36.9")
    bad = text.format(whole=160, third=69, share="36.9")

    def sums(s):
        return [(shown(k), k.verdict) for k in checks_of(s) if k.kind == "sum"]

    assert ("61+40+59", "consistent") in sums(good)
    assert ("61+40+69", "inconsistent") in sums(bad)

    def shares(s):
        return [(shown(k), k.verdict) for k in checks_of(s) if k.kind == "share"]

    assert ("59/160", "consistent") in shares(good)
    assert ("59/160", "inconsistent") in shares(text.format(whole=160, third=59, share="18.4"))


def test_a_category_section_closed_by_the_rest_misses_its_count():
    # the section is titled by the category; its list ends with 其他, so it claims to be all of
    # the 238件 the 该类 share was taken of (planted: the items make 241)
    text = (
        "一、总体情况\n全年受理信访事项1,286件。从反映内容看,农机购置补贴类238件,占18.5%;"
        "高标准农田建设类178件,占13.8%;其他870件。\n二、主要问题\n（一）农机购置补贴类。"
        "反映补贴兑付慢的86件,占该类的36.1%;对审核未通过有异议的52件;反映补贴标准的41件;"
        "反映售后服务的{fourth}件;{rest}。"
    )
    sums = lambda s: [(shown(k), k.verdict) for k in checks_of(s) if k.kind == "sum"]  # noqa: E731
    assert ("86+52+41+38+24", "inconsistent") in sums(text.format(fourth=38, rest="其他24件"))
    assert ("86+52+41+35+24", "consistent") in sums(text.format(fourth=35, rest="其他24件"))
    # a list that is not closed by the rest may name only the main items
    assert all(
        k.verdict != "inconsistent"
        for k in checks_of(text.format(fourth=38, rest="反映机具目录的24件"))
        if k.kind == "sum"
    )


def test_a_rest_closed_list_is_no_breakdown_of_the_total_a_该类_share_fits_by_chance():
    # 10.6% is 158 of the whole 1,500 (占该类 was written for 占全县); the industries with
    # their 其中 items are no list of the 1,500's parts to accuse
    text = (
        "全年受理劳动争议案件1,500件。从行业看,建筑业470件,占31.3%,其中欠薪352件,占该类的"
        "74.9%、占全部案件的23.5%;制造业390件,占26.0%,其中经济补偿金争议159件,占该类的10.6%,"
        "多发生在停产企业;批发零售业210件;"
        "其他行业430件。"
    )
    assert [
        shown(k) for k in checks_of(text) if k.kind == "sum" and k.verdict == "inconsistent"
    ] == []


def test_the_stages_of_a_funnel_opened_by_a_category_are_not_its_parts():
    text = (
        "全年到期应办结420件,按期办结402件。按期办结事项中,参与评价368件,"
        "评价满意341件,基本满意19件。"
    )
    assert [k for k in checks_of(text) if k.kind == "sum" and k.verdict == "inconsistent"] == []


def test_a_share_of_the_category_its_own_clause_opens_with():
    # (the categories were counted in other words: 林地林木权属纠纷, 补偿资金分配纠纷)
    text = (
        "从类型看,林地林木权属纠纷180件,占40.0%;补偿资金分配纠纷150件,占33.3%;其他120件。\n"
        "权属纠纷中,因界址不清引发的99件,占该类的55.0%;分配纠纷中,反映截留资金的45件,"
        "占该类的{}%。"
    )
    verdicts = [(shown(k), k.verdict) for k in checks_of(text.format("30.0")) if k.kind == "share"]
    assert ("99/180", "consistent") in verdicts
    assert ("45/150", "consistent") in verdicts
    verdicts = [(shown(k), k.verdict) for k in checks_of(text.format("10.0")) if k.kind == "share"]
    assert ("45/150", "inconsistent") in verdicts


def test_the_total_a_share_names_is_no_half_year_of_it_nor_a_part_with_its_own_share():
    text = (
        "全年共接收消费投诉4,120件,同比上升12.0%。通过热线接收的投诉2,560件,占62.1%。"
        "上半年接收投诉1,830件;下半年接收投诉2,290件。\n"
        "按险种分,车险1,650件、健康险980件,依次占投诉总量的{}%和23.8%。"
        "财产险公司投诉2,420件,占投诉总量的58.7%。"
    )
    shares = {shown(k): k.verdict for k in checks_of(text.format("40.0")) if k.kind == "share"}
    assert shares["1650/4120"] == "consistent"
    assert shares["2420/4120"] == "consistent"
    bad = {shown(k): k.verdict for k in checks_of(text.format("72.1")) if k.kind == "share"}
    assert bad["1650/4120"] == "inconsistent"


def test_a_share_of_the_category_named_earlier_in_its_own_sentence():
    # 理赔纠纷中 names the count of its sentence, not the section's title
    text = (
        "(二)财产险公司投诉。财产险公司投诉2,300件,占55.0%。车险投诉中,理赔纠纷1,200件,"
        "占车险投诉的30.0%;理赔纠纷中,反映定损金额争议的618件,占该类的{}%。"
    )
    shares = {shown(k): k.verdict for k in checks_of(text.format("51.5")) if k.kind == "share"}
    assert shares["618/1200"] == "consistent"
    shares = {shown(k): k.verdict for k in checks_of(text.format("26.9")) if k.kind == "share"}
    assert shares["618/1200"] == "inconsistent"


def test_a_category_breakdown_closed_by_the_rest_that_runs_past_its_total_is_wrong():
    # 96+58+31+20 = 205 > 200: 其他 closes the list, so it is all of 出租车, not a longer run
    text = (
        "按行业分,出租车200件,占40.0%;网约车180件,占36.0%;其他120件,占24.0%。\n"
        "出租车方面,反映拒载的96件,绕路的58件,服务态度差的31件;其他{}件。"
    )
    sums = {shown(k): k.verdict for k in checks_of(text.format(20)) if k.kind == "sum"}
    assert sums["96+58+31+20"] == "inconsistent"
    assert {shown(k): k.verdict for k in checks_of(text.format(15)) if k.kind == "sum"} == {
        "96+58+31+15": "consistent"
    }
    # not closed by 其他: a run past the total may have picked up something else; no verdict
    open_list = text.format(20).replace("其他20件", "另有20件涉及多个问题")
    assert all(not shown(k).startswith("96+58") for k in checks_of(open_list) if k.kind == "sum")


def test_the_parts_a_subtotal_inside_a_breakdown_gives_one_item_sum_to_that_item():
    text = (
        "全年受理信访事项500件。从反映的内容看,土地承包纠纷160件,占32.0%,"
        "其中承包地调整64件、外嫁女权益41件、承包地被占用51件、其他6件;宅基地纠纷120件;"
        "其他220件。"
    )
    sums = {shown(k): k.verdict for k in checks_of(text) if k.kind == "sum"}
    assert sums == {"160+120+220": "consistent", "64+41+51+6": "inconsistent"}


def test_a_listed_rest_completes_the_list_a_rate_list_pairs_with():
    text = (
        "从承办单位看,市住建局、市人社局、市教育局分别承办督办件40件、25件、20件,"
        "其他部门承办15件;已分别办结38件、24件、18件和12件,"
        "办结率分别为95.0%、96.0%、90.0%和85.0%。"
    )
    rates = [(shown(k), k.verdict) for k in checks_of(text) if k.kind == "rate"]
    assert rates == [
        ("38/40", "consistent"),
        ("24/25", "consistent"),
        ("18/20", "consistent"),
        ("12/15", "inconsistent"),
    ]


def test_a_gap_from_a_bracketed_base_takes_no_level_from_another_clause():
    text = (
        "停车管理类606件,同比下降13.7%(上年同期702件);物业交接和退出类比上年同期(352件)减少35件。"
    )
    assert [k for k in checks_of(text) if k.kind == "difference"] == []


def test_a_sentence_opening_with_a_subtotal_breaks_down_the_figure_before_it():
    text = (
        "全市累计归集住宅专项维修资金48.62亿元。"
        "上半年审批使用维修资金1.26亿元,占累计归集额的2.6%。其中电梯更新改造5870万元,占46.6%。"
    )
    share = [k for k in checks_of(text) if k.kind == "share"][-1]
    assert (shown(share), share.verdict, share.basis) == ("5870万/1.26亿", "consistent", "stated")


def test_a_bare_share_after_a_bare_share_keeps_its_whole():
    text = (
        "全区受理信访事项1,047件。从反映问题看,以城乡建设类和劳动保障类为主,合计483件,"
        "占46.1%。其中城乡建设类287件,占27.4%,同比下降12.8%(上年同月为329件);"
        "劳动保障类196件,占18.7%。"
    )
    shares = [k for k in checks_of(text) if k.kind == "share"]
    assert [(shown(k), k.verdict, k.basis) for k in shares[1:]] == [
        ("287/1047", "consistent", "stated"),
        ("196/1047", "consistent", "stated"),
    ]


def test_the_whole_of_a_share_phrase_is_neither_a_part_nor_an_average_numerator():
    text = (
        "下达冬春生活救助资金1648万元,其中中央资金1000万元、省级420万元、县级228万元,"
        "占全年救灾资金0.52亿元的31.7%;救助受灾群众2.47万人,人均667元。"
    )
    found = {k.kind: (shown(k), k.verdict) for k in checks_of(text)}
    assert found == {
        "sum": ("1000万+420万+228万", "consistent"),
        "share": ("1648万/0.52亿", "consistent"),
        "per_capita": ("1648万/2.47万", "consistent"),
    }


def test_shares_listed_in_turn_pair_by_position_with_the_counts_before():
    text = (
        "本季度受理举报投诉200件。安全生产举报热线90件;12345热线转办60件,"
        "环比上升20.0%(三季度50件);网上信访30件;来访十二批三十人次;来信八件。"
        "各渠道依次占45.0%、30.0%、15.0%、6.0%、5.0%。"
    )
    shares = [(shown(k), k.verdict, k.basis) for k in checks_of(text) if k.kind == "share"]
    assert shares == [
        ("90/200", "consistent", "stated"),
        ("60/200", "consistent", "stated"),
        ("30/200", "consistent", "stated"),
        ("12/200", "consistent", "stated"),
        ("8/200", "inconsistent", "stated"),
    ]


def test_a_share_of_a_named_category_is_not_excused_by_another_whole():
    text = (
        "共受理校外培训类信访投诉1,486件。其中退费类1,027件,占69.1%。"
        "艺术、体育两类机构合计472件,占退费类投诉的31.8%。"
    )
    # (472/1486 = 31.76% would fit: the report divided by the wrong whole)
    share = [k for k in checks_of(text) if k.kind == "share"][-1]
    assert (shown(share), share.verdict) == ("472/1027", "inconsistent")


def test_a_base_bracketed_after_a_later_change_with_its_own_level_is_that_changes():
    text = "城关镇受理312件,同比上升8.3%,其中来访96批,同比下降4.0%(上年100批)。"
    changes = [(shown(k), k.verdict) for k in checks_of(text) if k.kind == "change"]
    assert changes == [("96/100−1", "consistent")]


def test_listed_changes_pair_with_the_listed_levels_and_differences_before_them():
    text = "城关镇、河口镇分别为312件、241件,分别较上年同期增加24件、减少14件,增长8.3%、下降6.5%。"
    changes = [
        (k.message().split(";")[0], k.verdict) for k in checks_of(text) if k.kind == "change"
    ]
    assert changes == [
        ("上期 = 312−24 = 288", "consistent"),
        ("上期 = 241+14 = 255", "inconsistent"),
    ]


def test_a_satisfaction_survey_count_is_the_whole_of_a_satisfaction_rate():
    text = (
        "参与满意度评价186件,满意率93.0%。对投诉律师的信访逐件调查,回访投诉人31人,"
        "满意率82.0%;对查实的9件逐一整改。"
    )
    found = [(k.kind, k.verdict, k.claims[0]) for k in checks_of(text)]
    assert [(kind, verdict) for kind, verdict, _ in found] == [
        ("granularity", "consistent"),
        ("granularity", "inconsistent"),
    ]


def test_bare_shares_of_a_breakdown_are_of_the_total_its_counts_add_up_to():
    text = (
        "一、总体情况\n全年共收到群众来信3,050件,同比上升4.1%(上年2,930件)。\n"
        "二、受理情况\n经逐件审查,依法受理的来信2,400件,受理率78.7%;不予受理的650件。\n"
        "三、反映的问题\n从受理的来信内容看,征地拆迁类960件,占40.0%;社会保障类720件,占30.0%;"
        "医疗卫生类480件,占20.0%;其他240件,占10.0%。"
    )
    shares = [k for k in checks_of(text) if k.kind == "share"]
    assert [k.verdict for k in shares] == ["consistent"] * 4
    assert all("/2400" in shown(k).replace(",", "") for k in shares)
    # a wrong one among them is still caught, over the same total
    wrong = text.replace("占20.0%", "占16.0%")
    shares = [k for k in checks_of(wrong) if k.kind == "share"]
    assert [k.verdict for k in shares] == ["consistent", "consistent", "inconsistent", "consistent"]


def test_a_share_list_pairs_with_the_counts_of_the_clause_before_in_its_chain():
    text = (
        "全年共登记信访事项1,000件,同比下降3.2%。"
        "按渠道分,来信320件,来访145批410人次,网上信访535件;"
        "三个渠道分别占信访总量的32.0%、14.5%和53.5%。"
    )
    shares = {k.reported: k for k in checks_of(text) if k.kind == "share"}
    assert {str(v): k.verdict for v, k in shares.items()} == {
        "32.0": "consistent",
        "14.5": "consistent",
        "53.5": "consistent",
    }
    assert all(k.basis == "stated" for k in shares.values())
    wrong = {k.reported: k.verdict for k in checks_of(text.replace("14.5%", "41.5%"))}
    assert wrong[Decimal("41.5")] == "inconsistent"


def test_a_bracketed_share_after_a_pair_is_of_its_batches():
    text = "本季度共受理信访事项2,000件。其中来信260件(13.0%);来访150批420人次(7.5%)。"
    share = next(k for k in checks_of(text) if k.kind == "share" and k.reported == Decimal("7.5"))
    assert share.verdict == "consistent" and share.basis == "stated"
    assert shown(share).replace(",", "") == "150/2000"


def test_a_lone_share_naming_its_part_takes_that_count_of_the_sentence_before():
    text = (
        "全县共受理信访事项800件。城关镇、河口镇、白马镇分别受理152件、96件、88件。"
        "城关镇占全县总量的19.0%,居各乡镇首位。"
    )
    share = next(k for k in checks_of(text) if k.kind == "share")
    assert share.verdict == "consistent" and share.basis == "stated"
    assert shown(share) == "152/800"
    wrong = next(k for k in checks_of(text.replace("19.0%", "21.0%")) if k.kind == "share")
    assert wrong.verdict == "inconsistent"


def test_a_share_of_the_field_named_before_takes_the_count_after_the_name():
    text = (
        "全年受理欠薪投诉620件。从行业看,制造业领域问题较为突出,共250件,占40.3%,"
        "其中电子加工100件、服装加工90件、食品加工60件,分别占该领域的40.0%、36.0%和24.0%。"
    )
    shares = [k for k in checks_of(text) if k.kind == "share" and k.reported != Decimal("40.3")]
    assert [k.verdict for k in shares] == ["consistent"] * 3
    assert [shown(k) for k in shares] == ["100/250", "90/250", "60/250"]


def test_a_shorter_change_list_pairs_with_the_bracketed_bases_by_position():
    text = (
        "东关镇、西山乡、南河镇、北岭镇分别受理215件、132件、98件、131件"
        "(上年同期分别为200件、140件、90件、132件),同比分别上升7.5%、下降5.7%、上升8.9%,"
        "北岭镇基本持平。"
    )
    changes = [k for k in checks_of(text) if k.kind == "change"]
    assert [(shown(k), k.verdict, k.basis) for k in changes] == [
        ("215/200−1", "consistent", "stated"),
        ("132/140−1", "consistent", "stated"),
        ("98/90−1", "consistent", "stated"),
        ("131/132−1", "consistent", "stated"),
    ]
    wrong = [k for k in checks_of(text.replace("下降5.7%", "下降7.5%")) if k.kind == "change"]
    assert [k.verdict for k in wrong] == ["consistent", "inconsistent", "consistent", "consistent"]


def test_flat_without_a_base_of_its_own_does_not_borrow_another_clauses_difference():
    text = (
        "分乡镇看,东关镇215件,比上年增加15件,增长7.5%;西山乡132件,比上年减少8件,下降5.7%;"
        "北岭镇64件,与上年基本持平。"
    )
    changes = [k for k in checks_of(text) if k.kind == "change"]
    assert [k.verdict for k in changes] == ["consistent", "consistent", "unverifiable"]


def test_the_places_populations_add_up_to_the_whole_areas():
    text = (
        "全县常住人口38.6万人,万人信访量按常住人口计算。"
        "东关镇、西山乡、南河镇常住人口分别为15.2万人、12.9万人、10.5万人。"
    )
    found = [k for k in checks_of(text) if k.kind == "sum"]
    assert [(k.verdict, shown(k)) for k in found] == [("consistent", "15.2万+12.9万+10.5万")]
    # too many residents is an error; too few may be a partial list, so proves nothing
    over = [k for k in checks_of(text.replace("10.5万人", "11.5万人")) if k.kind == "sum"]
    assert [k.verdict for k in over] == ["inconsistent"]
    assert not [k for k in checks_of(text.replace("10.5万人", "9.5万人")) if k.kind == "sum"]
    # one place per clause, a bracketed population on another basis left out
    per_place = (
        "全县常住人口38.6万人。东关镇受理120件,常住人口15.2万人;"
        "西山乡受理96件,常住人口12.9万人(户籍人口14.1万人);南河镇受理80件,常住人口10.5万人。"
    )
    found = [k for k in checks_of(per_place) if k.kind == "sum"]
    assert [(k.verdict, shown(k)) for k in found] == [("consistent", "15.2万+12.9万+10.5万")]


def test_figures_after_a_list_of_parts_speak_of_the_whole_the_list_breaks_down():
    text = (
        "全市共受理信访事项8,000件。\n"
        "东关区:受理信访事项2,400件,其中来信400件、来访500批1,200人次、网上信访1,500件,"
        "同比上升20.0%(上年2,000件),占全市的30.0%。"
    )
    found = {k.kind: k for k in checks_of(text) if k.kind in ("change", "share")}
    assert (shown(found["change"]), found["change"].verdict) == ("2400/2000−1", "consistent")
    assert (shown(found["share"]), found["share"].verdict) == ("2400/8000", "consistent")
    flipped = [k for k in checks_of(text.replace("上升20.0%", "下降20.0%")) if k.kind == "change"]
    assert [k.verdict for k in flipped] == ["inconsistent"]


def test_times_takes_the_count_named_so_before_one_whose_words_hold_the_name():
    text = (
        "从渠道看,热线2,104件、网上信访318件、来访172批,分别占60.0%、9.1%和4.9%。"
        "网上信访是上年(212件)的1.5倍;来访由上年的245批下降到172批。"
    )
    ratio = next(k for k in checks_of(text) if k.kind == "per_capita")
    assert (shown(ratio), ratio.verdict) == ("318/212", "consistent")


def test_a_list_of_another_family_after_a_whole_does_not_break_the_checker():
    text = "共受理信访事项120件,其中甲村12人、乙村30人、丙村8人,同比上升5%(上年100件)。"
    assert [k.verdict for k in checks_of(text) if k.kind == "change"] == ["inconsistent"]


def test_a_change_of_a_list_does_not_reuse_a_count_whose_own_change_is_stated_earlier():
    text = (
        "来访78批312人次(上年同期80批300人次),人次同比上升4.0%,批次下降2.5%。"
        "信访总量下降8.2%,其中来信下降12.5%、来访上升3.1%、网上信访下降9.0%。"
    )
    found = [(k.verdict, shown(k)) for k in checks_of(text) if k.kind == "change"]
    assert ("consistent", "312/300−1") in found and ("consistent", "78/80−1") in found
    # 来访上升3.1% is of another unit (件): not checked against 312/300
    assert not [v for v, s in found if v == "inconsistent"]
    # a change of the same sentence is still checked against its own count
    own = "来访78批312人次(上年同期80批300人次),人次同比上升3.1%。"
    assert [k.verdict for k in checks_of(own) if k.kind == "change"] == ["inconsistent"]


def test_parts_after_qizhong_that_make_another_figure_of_the_statement_break_that_one_down():
    text = (
        "全县共排查矛盾纠纷2,146起,化解2,038起,化解率95.0%;其中婚姻家庭纠纷612起、"
        "邻里纠纷498起、土地纠纷356起,其他纠纷680起。"
    )
    found = [(k.verdict, shown(k)) for k in checks_of(text) if k.kind == "sum"]
    assert found == [("consistent", "612+498+356+680")]
    assert next(k for k in checks_of(text) if k.kind == "sum").claims[-1] == next(
        c.id for c in extract(text).claims if c.text == "2,146起"
    )
    # parts making neither figure are still compared with the figure just before 其中
    wrong = [k for k in checks_of(text.replace("680起", "690起")) if k.kind == "sum"]
    assert [(k.verdict, shown(k)) for k in wrong] == [("inconsistent", "612+498+356+690")]


def test_a_sum_in_wan_shows_its_result_in_wan():
    text = "发放救助资金86.5万元,其中县本级发放52.3万元,乡镇发放34.2万元。"
    found = next(k for k in checks_of(text) if k.kind == "sum")
    assert found.message().startswith("52.3万+34.2万 = 86.5万,")
    wrong = next(k for k in checks_of(text.replace("34.2万", "35.2万")) if k.kind == "sum")
    assert wrong.verdict == "inconsistent" and "= 87.5万," in wrong.message()


def test_a_qizhong_inside_a_semicolon_list_runs_on_over_commas_to_the_end_of_its_item():
    text = (
        "全县共受理信访事项1,480件。从反映问题看,城乡建设类426件,占28.8%,其中征地拆迁186件,"
        "占该类的43.7%,物业管理98件,占该类的23.0%;劳动社保类305件,占20.6%;"
        "农村农业类241件,占16.3%;其他类508件,占34.3%。"
    )
    found = [(k.verdict, shown(k)) for k in checks_of(text) if k.kind == "sum"]
    assert found == [("consistent", "426+305+241+508")]
    wrong = checks_of(text.replace("其他类508件", "其他类518件"))
    assert [(k.verdict, shown(k)) for k in wrong if k.kind == "sum"] == [
        ("inconsistent", "426+305+241+518")
    ]


def test_money_broken_down_by_the_name_of_its_total_is_summed_and_a_dropped_wan_found():
    text = (
        "依法立案查处312件,罚款1,846.2万元。罚款中,对生产企业1,203.5万元,"
        "对经营单位586.4元,对个体工商户56.3万元。"
    )
    found = [(k.kind, k.verdict) for k in checks_of(text) if k.kind in ("sum", "unit")]
    assert found == [("unit", "inconsistent")]
    message = next(k for k in checks_of(text) if k.kind == "unit").message()
    assert message.startswith("1203.5万+586.4+56.3万 = 1259.8586万,") and "(1846.2万)" in message
    right = checks_of(text.replace("586.4元", "586.4万元"))
    assert [(k.kind, k.verdict) for k in right if k.kind in ("sum", "unit")] == [
        ("sum", "consistent")
    ]
    # the name may end the total's subject: 为劳动者追发工资… / 追发工资中
    ending = (
        "共为1,204名劳动者追发工资1,536.8万元。追发工资中,建筑业1,102.4万元,"
        "制造业301.6万元,服务业132.8万元。"
    )
    assert [(k.kind, k.verdict) for k in checks_of(ending) if k.kind == "sum"] == [
        ("sum", "consistent")
    ]


def test_an_average_without_its_people_takes_those_of_an_average_shortly_before():
    text = (
        "涉及集资参与人5,236人,人均集资8.6万元,涉案金额4.51亿元。"
        "(二)追赃挽损。累计清退资金1.18亿元,人均清退2.25万元。"
    )
    found = [(k.verdict, shown(k)) for k in checks_of(text) if k.kind == "per_capita"]
    assert ("consistent", "1.18亿/5236") in found
    slip = checks_of(text.replace("2.25万元", "2.25元"))
    assert [k.verdict for k in slip if k.kind == "unit"] == ["inconsistent"]
    # with no average before it, the people are not guessed for an alarm
    alone = "涉及集资参与人5,236人。累计清退资金1.18亿元,人均清退2.25元。"
    assert not [k for k in checks_of(alone) if k.verdict == "inconsistent"]


def test_a_unit_slip_must_explain_a_small_share_closely():
    # 0.38% is not 0.01% give or take half a point: a wrong whole, not a 万/亿 slip
    text = "全年追缴资金2,416.5万元,其中单位补缴1,702.3万元,追缴额为全年归集额的0.38%。"
    assert not [k for k in checks_of(text) if k.kind == "unit"]


def test_a_share_introduced_by_xiangdangyu_names_its_whole():
    text = (
        "全年归集住房公积金62.3亿元。全年追缴资金2,416.5万元,其中单位补缴1,702.3万元,"
        "追缴金额相当于全年归集额的0.39%。"
    )
    found = [(k.kind, k.verdict, shown(k)) for k in checks_of(text) if k.kind in ("share", "unit")]
    assert found == [("share", "consistent", "2416.5万/62.3亿")]
    # a whole named but not stated is no excuse to take the nearest money
    unnamed = text.replace("全年归集住房公积金62.3亿元。", "")
    assert [k.verdict for k in checks_of(unnamed) if k.kind in ("share", "unit")] == [
        "unverifiable"
    ]


def test_a_share_of_a_named_total_takes_the_count_of_exactly_that_thing_over_the_headline():
    text = (
        "中心共受理各类矛盾纠纷和信访事项412件,其中矛盾纠纷286件、信访事项126件。"
        + "各社区均建立了调解室。" * 7
        + "调解成功261件;调解不成、已引导诉讼的11件,占矛盾纠纷总数的3.8%。"
    )
    share = next(k for k in checks_of(text) if k.kind == "share")
    assert (share.verdict, shown(share)) == ("consistent", "11/286")


def test_the_items_counted_before_fenbie_skip_averages_and_parts_after_qizhong():
    text = (
        "全年共受理投诉1,472件。从来源渠道看,热线转办862件;网上信访318件;来信47件;"
        "来访245批613人次,批均2.5人次,其中集体访3批。四个渠道分别占58.6%、21.6%、3.2%和16.6%。"
    )
    found = [(k.verdict, shown(k)) for k in checks_of(text) if k.kind == "share"]
    assert found == [
        ("consistent", "862/1472"),
        ("consistent", "318/1472"),
        ("consistent", "47/1472"),
        ("consistent", "245/1472"),
    ]


def test_a_change_of_a_clause_with_its_own_count_is_not_checked_on_another_clause():
    text = (
        "全市共受理信访事项1,593件。其中网上信访1,286件,同比增加72件、上升5.9%(上年同期1,214件);"
        "来信165件,同比下降6.3%;来访142批396人次,批次、人次同比分别下降11.8%和9.2%(上年同期436人次)。"
    )
    found = {k.claims[-1]: (k.kind, k.verdict, shown(k)) for k in checks_of(text)}
    claims = {c.text: c.id for c in extract(text).claims}
    assert found[claims["5.9%"]] == ("change", "consistent", "1286/1214−1")
    assert found[claims["9.2%"]] == ("change", "consistent", "396/436−1")
    # 来信 and 来访批次 have no previous count: no alarm from 1286/1214
    assert found[claims["6.3%"]][1] != "inconsistent"
    assert found[claims["11.8%"]][1] != "inconsistent"


def test_averages_per_transaction_and_per_estate_are_checked():
    text = "全年发放个人住房贷款4,206笔19.8亿元,笔均47.1万元。"
    found = next(k for k in checks_of(text) if k.kind == "per_capita")
    assert (found.verdict, shown(found)) == ("consistent", "19.8亿/4206")
    wrong = next(
        k for k in checks_of(text.replace("47.1万元", "41.7万元")) if k.kind == "per_capita"
    )
    assert wrong.verdict == "inconsistent"
    estates = "为184个小区审批使用维修资金9,860万元,小区均53.6万元。"
    found = next(k for k in checks_of(estates) if k.kind == "per_capita")
    assert (found.verdict, shown(found)) == ("consistent", "9860万/184")


def test_an_average_naming_nothing_is_of_the_act_its_sentence_opens_with():
    text = (
        "全年追缴欠缴社保费2,648.3万元,其中企业主动补缴1,802.6万元。"
        "追缴共涉及职工3,120人,人均8,488元。"
    )
    found = next(k for k in checks_of(text) if k.kind == "per_capita")
    assert (found.verdict, shown(found)) == ("consistent", "2648.3万/3120")
    swapped = next(
        k for k in checks_of(text.replace("8,488元", "8,848元")) if k.kind == "per_capita"
    )
    assert swapped.verdict == "inconsistent"


def test_a_list_that_makes_its_whole_exactly_then_a_subset_counted_another_way():
    text = (
        "全年受理欠薪投诉487件。从行业分布看,工程建设领域共268件,占55.0%,"
        "其中房屋建筑157件、市政工程72件、交通水利39件,"
        "分别占该领域的58.6%、26.9%和14.6%,由违法分包引发的九十六件,占该领域的三成多;"
        "制造业97件,占19.9%;其他122件,占25.1%。"
    )
    assert not [k for k in checks_of(text) if k.verdict == "inconsistent"]
    assert ("consistent", "157+72+39") in [(k.verdict, shown(k)) for k in checks_of(text)]
    wrong = checks_of(text.replace("交通水利39件", "交通水利49件"))
    flagged = [shown(k) for k in wrong if k.kind == "sum" and k.verdict == "inconsistent"]
    assert len(flagged) == 1 and flagged[0].startswith("157+72+49")


def test_a_court_caseload_before_the_petition_total_is_not_the_headline():
    text = (
        "全年共受理各类案件9,842件,审执结9,315件,结案率94.6%,涉诉信访总量为612件,较上年下降4.1%,"
        "其中来信98件,网上信访和热线转办事项246件。\n二、主要特点\n"
        "按案件类型分,反映民事案件的301件,占49.2%,反映执行案件的196件,占32.0%,"
        "反映刑事案件的62件,占10.1%,其他53件,占8.7%;执行类信访中,反映拖延执行的108件,"
        "占该类的55.1%,对财产处置提出异议的47件,占该类的24.0%,其余41件。"
    )
    found = [(k.kind, k.verdict, shown(k)) for k in checks_of(text) if k.kind in ("sum", "share")]
    assert ("sum", "consistent", "301+196+62+53") in found
    assert ("share", "consistent", "196/612") in found
    assert not [f for f in found if f[1] == "inconsistent"]


def test_a_difference_with_both_levels_beside_it_is_not_excused_by_another_pair():
    text = "越级访三批,上年七批。集体访四批,上年九批,减少四批,都是反映土地流转租金的。"
    found = [(k.verdict, shown(k)) for k in checks_of(text) if k.kind == "difference"]
    assert found == [("inconsistent", "4−9")]


def test_a_share_in_tens_is_about_a_tenth_wide_and_names_no_whole_with_its_bound():
    text = (
        "全年共受理信访事项186件。\n二、主要问题\n"
        "按问题分,土地征收和流转52件,占近四成;婚姻家庭纠纷31件;村务管理28件;劳资纠纷24件;"
        "社会保障20件;其他31件。涉法涉诉的16件,占不足一成。"
    )
    found = {k.claims[-1]: (k.verdict, shown(k)) for k in checks_of(text) if k.kind == "share"}
    claims = {c.text: c.id for c in extract(text).claims}
    # 52/186 = 27.96% is not "nearly 40%" (nor is 24/52 = 46.2% an excuse)
    assert found[claims["四成"]] == ("inconsistent", "52/186")
    assert found[claims["一成"]] == ("consistent", "16/186")
    right = {
        k.verdict for k in checks_of(text.replace("占近四成", "占近三成")) if k.kind == "share"
    }
    assert right == {"consistent"}


def test_the_base_bracketed_after_the_total_s_change_is_not_a_later_part_s_base():
    text = (
        "全年共受理来信来访1,862件次,同比下降9.2%(上年为2,051件次),"
        "其中来访983批3,120人次,同比分别下降11.4%和7.5%。"
    )
    found = [(k.verdict, shown(k)) for k in checks_of(text) if k.kind == "change"]
    assert ("consistent", "1862/2051−1") in found
    assert not [v for v, _ in found if v == "inconsistent"]
    # the part's own base, bracketed after it, is still used and a wrong change found
    own = text.replace("983批3,120人次", "983批(上年同期1,109批)").replace("和7.5%", "")
    assert [(k.verdict, shown(k)) for k in checks_of(own) if k.kind == "change"][1] == (
        "consistent",
        "983/1109−1",
    )
    wrong = own.replace("11.4%", "14.1%")
    assert [k.verdict for k in checks_of(wrong) if k.kind == "change"] == [
        "consistent",
        "inconsistent",
    ]


def test_parts_each_confirmed_by_its_share_that_overrun_the_total_overlap():
    # two ways of dividing the same cases: each share is its part of the total
    text = "全年受理信访事项480件,其中涉及拆迁补偿的160件,占33.3%;初信初访336件,占70.0%。"
    found = checks_of(text)
    assert not [k for k in found if k.kind == "sum"]
    assert [k.verdict for k in found if k.kind == "share"] == ["consistent", "consistent"]
    # a wrong part or a wrong total is still a wrong sum
    for slip in (text.replace("336件", "363件"), text.replace("480件", "408件")):
        assert [k.verdict for k in checks_of(slip) if k.kind == "sum"] == ["inconsistent"]
    # shares that may add up to 100% (七成) do not vouch for the parts
    coarse = "全年受理信访事项480件,其中涉及拆迁补偿的160件,约占三分之一;初信初访363件,占七成。"
    assert [k.verdict for k in checks_of(coarse) if k.kind == "sum"] == ["inconsistent"]


def test_a_previous_share_is_never_a_figure_over_itself():
    text = (
        "1—9月,全县累计受理信访事项1,452件,相当于上年全年(2,010件)的72.2%,"
        "同比下降6.1%(上年同期1,546件)。"
    )
    found = checks_of(text)
    assert not [k for k in found if k.verdict == "inconsistent"]
    assert [k.verdict for k in found if k.kind == "change"] == ["consistent"]


def test_a_change_naming_its_month_is_not_of_another_month_s_count():
    text = "9月份受理信访事项215件。8月份受理192件。9月份环比上升12.0%。"
    assert not [k for k in checks_of(text) if k.verdict == "inconsistent"]
    # a count of the month the change names is still its level
    same = "9月份受理信访事项215件,9月份环比上升12.3%。"
    assert [(k.kind, k.verdict) for k in checks_of(same)] == [("granularity", "inconsistent")]
    assert [(k.kind, k.verdict) for k in checks_of(same.replace("12.3%", "12.0%"))] == [
        ("granularity", "consistent")
    ]


def test_a_doubling_is_read_as_about_a_hundred_percent():
    text = "网上信访由上年的412件增加到836件,翻了一番。"
    assert [k.verdict for k in checks_of(text) if k.kind == "change"] == ["consistent"]
    slip = text.replace("836件", "716件")
    assert [k.verdict for k in checks_of(slip) if k.kind == "change"] == ["inconsistent"]


def test_a_sum_word_after_a_qizhong_list_adds_the_items_not_the_list_s_whole():
    text = (
        "县直部门受理信访事项648件,其中县人社局186件、县住建局142件、县自然资源局98件,"
        "三个部门合计426件,占县直部门受理总量的65.7%。"
    )
    found = [(k.verdict, shown(k)) for k in checks_of(text) if k.kind == "sum"]
    assert found == [("consistent", "186+142+98")]
    slip = text.replace("合计426件", "合计462件")
    assert ("inconsistent", "186+142+98") in [
        (k.verdict, shown(k)) for k in checks_of(slip) if k.kind == "sum"
    ]


def test_a_monthly_average_per_person_is_not_the_yearly_amount_over_the_people():
    text = "全年发放城乡低保金8,642.6万元,惠及困难群众21,468人,月人均补助335.5元。"
    assert not [k for k in checks_of(text) if k.verdict == "inconsistent"]
    moved = text.replace("月人均补助", "人均每月补助")
    assert not [k for k in checks_of(moved) if k.verdict == "inconsistent"]
    # a plain 人均 is still checked
    plain = "发放临时救助金386.5万元,救助困难群众1,286人,人均3,605元。"
    assert [k.verdict for k in checks_of(plain) if k.kind == "per_capita"] == ["inconsistent"]


@pytest.mark.parametrize(
    "text",
    [
        # 环比 against a year-ago base
        "12月受理156件,环比上升8.3%(上年同期172件)。",
        # another year named than the base's
        "全年受理信访事项1,652件,比上年(1,747件)下降5.4%,比2019年下降35.6%。",
        # part of a year against a whole previous year
        "1—9月受理信访事项1,452件,已超过上年全年总量(1,386件),同比上升32.5%。",
        # the base of another level's subject
        "来信来访总量1,008件次,同比下降10.2%,其中来信412件、来访596批,同比分别下降15.2%、"
        "8.2%,上年同期来信来访总量1,122件次。",
    ],
)
def test_a_base_of_another_comparison_is_not_taken(text):
    assert not [k for k in checks_of(text) if k.verdict == "inconsistent"]


def test_bases_of_the_same_comparison_still_find_wrong_changes():
    text = "12月受理156件,环比上升8.3%(11月144件)。"
    assert [k.verdict for k in checks_of(text)] == ["consistent"]
    assert [k.verdict for k in checks_of(text.replace("8.3%", "18.3%"))] == ["inconsistent"]
    year = "全年受理信访事项1,652件,比上年(1,747件)下降5.4%,比2019年下降35.6%。"
    slip = checks_of(year.replace("5.4%", "4.5%"))
    assert next(k.verdict for k in slip if k.kind == "change") == "inconsistent"
    total = "来信来访总量1,008件次,同比下降12.0%,上年同期来信来访总量1,122件次。"
    assert [k.verdict for k in checks_of(total)] == ["inconsistent"]


def test_a_whole_named_by_its_subject_comes_before_a_headline_that_holds_the_name():
    text = (
        "全年共受理来信来访1,862件次,同比下降9.2%。\n\n来访768件,其中集体访96件,占来访总量的12.5%。"
    )
    found = [(k.verdict, shown(k)) for k in checks_of(text) if k.kind == "share"]
    assert found == [("consistent", "96/768")]
    slip = [k.verdict for k in checks_of(text.replace("12.5%", "15.2%")) if k.kind == "share"]
    assert slip == ["inconsistent"]


def test_a_base_beside_a_level_of_its_own_subject_is_not_a_later_sentence_s_base():
    text = (
        "来信312件,同比下降5.2%;来访(上年同期486批)今年为452批,同比下降7.0%。\n\n"
        "来访312批1,046人次,比上年同期增加44批,增长16.4%。"
    )
    found = [(k.kind, k.verdict, shown(k)) for k in checks_of(text) if k.kind == "change"]
    assert ("change", "consistent", "上期") in found
    assert not [k for k in checks_of(text) if k.verdict == "inconsistent"]
    # a base standing alone in the sentence before is still the level's base
    alone = "上年同期来访268批。\n\n今年来访312批1,046人次,比上年同期增加34批,增长16.4%。"
    assert [k.verdict for k in checks_of(alone) if k.kind == "difference"] == ["inconsistent"]


def test_a_share_after_a_list_of_items_naming_none_is_of_the_items_together():
    text = (
        "全年共受理来信来访1,862件次。\n\n"
        "全镇12个村(社区)共排查矛盾纠纷156件,其中东风村、红旗村分别为28件、22件,"
        "占排查总数的32.1%。"
    )
    assert not [k for k in checks_of(text) if k.verdict == "inconsistent"]
    # a share naming one item is still that item's
    named = text.replace("占排查总数的32.1%", "红旗村占排查总数的14.1%")
    assert [(k.verdict, shown(k)) for k in checks_of(named) if k.kind == "share"] == [
        ("consistent", "22/156")
    ]
    slip = named.replace("14.1%", "41.1%")
    assert [k.verdict for k in checks_of(slip) if k.kind == "share"] == ["inconsistent"]


def test_a_bare_share_after_a_count_that_opens_its_parts_is_of_that_count():
    text = (
        "全县共受理信访事项3,126件,同比下降4.3%。\n\n"
        "反映城乡建设问题的612件中,涉及征地拆迁的286件,占46.7%;涉及物业管理的164件,占26.8%。\n\n"
        "全年信访事项受理1,652件,及时受理1,648件;按期办结1,596件。"
    )
    found = [(k.verdict, shown(k)) for k in checks_of(text) if k.kind == "share"]
    assert found == [("consistent", "286/612"), ("consistent", "164/612")]
    slip = checks_of(text.replace("26.8%", "28.6%"))
    assert [k.verdict for k in slip if k.kind == "share"] == ["consistent", "inconsistent"]


def linked_only(text: str, monkeypatch):
    """The linker's own verdicts, without the inferred operand search that may rescue them."""
    from xinfang_nlp import _operand_search

    monkeypatch.setattr(_operand_search, "corroborate", lambda checker: None)
    return checks_of(text)


def test_a_change_against_the_year_before_last_takes_no_last_year_base(monkeypatch):
    text = "全年受理1,652件,上年1,747件,前年1,902件,同比下降5.4%,比前年下降13.1%。"
    found = linked_only(text, monkeypatch)
    assert not [k for k in found if k.verdict == "inconsistent"]
    slip = linked_only(text.replace("5.4%", "4.5%"), monkeypatch)
    assert next(k.verdict for k in slip if k.kind == "change") == "inconsistent"


@pytest.mark.parametrize(
    ("text", "arithmetic"),
    [
        (
            "三季度全县受理来信来访486件次(二季度462件次,上年同期530件次),同比下降8.3%。",
            "486/530−1",
        ),
        (
            "全年化解信访积案36件,化解率90%(共排查积案40件),比上年提高10个百分点,"
            "化解数量同比增长20%(上年30件)。",
            "36/30−1",
        ),
    ],
)
def test_a_count_in_brackets_is_not_the_level_of_a_change(text, arithmetic, monkeypatch):
    found = [(k.verdict, shown(k)) for k in linked_only(text, monkeypatch) if k.kind == "change"]
    assert found == [("consistent", arithmetic)]


@pytest.mark.parametrize(
    "text",
    [
        "全市越级访42批186人次,同比下降22.2%和18.8%(上年同期54批229人次)。",
        "全县共接待群众来访426批1,365人次,批次、人次同比分别下降10.7%和8.2%。"
        "去年同期为477批1,487人次。",
    ],
)
def test_a_run_of_changes_after_a_batch_and_person_pair_moves_them_in_order(text, monkeypatch):
    found = [k.verdict for k in linked_only(text, monkeypatch) if k.kind == "change"]
    assert found == ["consistent", "consistent"]
    slip = text.replace("和18.8%", "和81.8%").replace("和8.2%", "和2.8%")
    found = [k.verdict for k in linked_only(slip, monkeypatch) if k.kind == "change"]
    assert found == ["consistent", "inconsistent"]


def test_a_bare_share_in_a_sub_section_with_its_own_total_is_of_that_total(monkeypatch):
    text = (
        "一、基本情况\n全年全县共受理信访事项1,652件,同比下降5.4%。\n"
        "(一)来信情况。全年共受理群众来信412件,同比下降15.2%。从内容看,反映城乡建设问题的126件,"
        "占30.6%;反映劳动社保问题的98件,占23.8%。\n"
        "(二)来访情况。从内容看,反映涉农问题的312件,占18.9%。\n"
    )
    found = [(k.verdict, shown(k)) for k in linked_only(text, monkeypatch) if k.kind == "share"]
    assert found == [
        ("consistent", "126/412"),
        ("consistent", "98/412"),
        ("consistent", "312/1652"),
    ]
    slip = linked_only(text.replace("23.8%", "32.8%"), monkeypatch)
    assert [k.verdict for k in slip if k.kind == "share"][1] == "inconsistent"


@pytest.mark.parametrize(
    "text",
    [
        "全年共受理信访事项2,450件,同比下降5.4%,办结2,392件。其中,涉法涉诉类368件,占15.0%;"
        "城乡建设类612件,占25.0%。",
        "全年共受理信访事项1,652件,同比下降5.4%;办结1,596件,办结率96.6%。其中,涉法涉诉类286件,"
        "占17.3%;城乡建设类412件,占24.9%。",
    ],
)
def test_a_qizhong_after_a_finished_count_breaks_down_the_total_received(text, monkeypatch):
    found = [k for k in linked_only(text, monkeypatch) if k.kind == "share"]
    assert [k.verdict for k in found] == ["consistent", "consistent"]
    assert all(shown(k).endswith(("/2450", "/1652")) for k in found)


def test_a_daily_average_over_working_days_written_with_the_noun_takes_them(monkeypatch):
    text = "全年共接待群众来访2,346人次,日均接待9.4人次(按250个工作日计)。"
    found = [(k.verdict, shown(k)) for k in linked_only(text, monkeypatch)]
    assert found == [("consistent", "2346/250")]
    slip = linked_only(text.replace("9.4人次", "6.4人次"), monkeypatch)
    assert [k.verdict for k in slip] == ["inconsistent"]


def test_parts_named_by_the_act_of_another_figure_beside_the_total_are_not_its_parts():
    text = (
        "全县共排查矛盾纠纷1,286起,化解1,224起,化解率95.2%。其中,县级层面排查186起,化解172起,"
        "化解率92.5%;乡镇层面排查1,100起,化解1,052起,化解率95.6%。"
    )
    found = [(k.verdict, shown(k)) for k in checks_of(text) if k.kind == "sum"]
    # (each act its own column: 化解 is broken down as well)
    assert found == [("consistent", "186+1100"), ("consistent", "172+1052")]
    slip = checks_of(text.replace("乡镇层面排查1,100起", "乡镇层面排查1,190起"))
    assert ("inconsistent", "186+1190") in [(k.verdict, shown(k)) for k in slip if k.kind == "sum"]


def test_a_bare_share_takes_a_nearby_total_in_its_part_s_unit_before_a_headline_in_another(
    monkeypatch,
):
    text = (
        "全年共受理群众来信来访2,346件次,其中来信486件,来访1,860人次。\n\n"
        "全年共受理信访事项1,652件。排名前三位的是城乡建设类412件、劳动社保类268件、"
        "农业农村类196件,合计876件,占53.0%。"
    )
    found = [(k.verdict, shown(k)) for k in linked_only(text, monkeypatch) if k.kind == "share"]
    assert found == [("consistent", "876/1652")]
    slip = linked_only(text.replace("53.0%", "35.0%"), monkeypatch)
    assert [k.verdict for k in slip if k.kind == "share"] == ["inconsistent"]


def test_parts_that_overrun_a_total_some_of_them_make_exactly_divide_it_two_ways():
    text = "共接待来访596批,其中集体访86批,重复访124批,越级访12批,初访472批。"
    assert not [k for k in checks_of(text) if k.kind == "sum"]
    # a wrong part of a plain breakdown is still found
    plain = "共受理信访事项1,652件,其中来信412件,来访596件,网上信访744件。"
    assert [k.verdict for k in checks_of(plain) if k.kind == "sum"] == ["inconsistent"]


def test_a_remainder_of_one_breakdown_is_not_the_total_of_the_next():
    text = (
        "上半年,全区信访总量1,086件次。从属地看,东城街道、西城街道、南湖镇分别为268件次、214件次、"
        "176件次。其余7个街道(镇)共428件次,占39.4%。\n"
        "从问题看,城乡建设类342件,占31.5%;劳动社保类226件,占20.8%;农业农村类138件,占12.7%;"
        "其他380件,占35.0%。"
    )
    found = [(k.verdict, shown(k)) for k in checks_of(text) if k.kind == "sum"]
    assert ("inconsistent", "342+226+138+380") not in found
    assert ("consistent", "342+226+138+380") in found


def test_changes_listed_after_a_qizhong_list_with_a_pair_take_the_pair_s_counts_as_items():
    text = (
        "上半年,全区信访总量1,086件次,同比下降2.3%,其中来信128件、来访312批968人次、"
        "网上信访646件,同比分别下降15.8%、4.6%、6.1%和上升2.2%。"
    )
    found = [(k.verdict, k.message()) for k in checks_of(text) if k.kind == "granularity"]
    assert [v for v, m in found if m.startswith("本期312,报告下降4.6%")] == ["consistent"]
    assert not [k for k in checks_of(text) if k.verdict == "inconsistent"]
    slip = text.replace("4.6%", "6.4%")
    assert "inconsistent" in [k.verdict for k in checks_of(slip)]


def test_a_bare_share_after_a_share_that_named_its_whole_is_of_that_whole():
    text = (
        "全区通过网上信访信息系统共受理群众诉求4,286件,占全区信访总量的71.3%。全区信访总量6,011件。"
        "其中,群众通过手机APP提交2,968件,占网上信访量的69.2%;通过网站提交1,036件,占24.2%;"
        "通过微信公众号提交282件,占6.6%。"
    )
    found = [(k.verdict, shown(k)) for k in checks_of(text) if k.kind == "share"]
    assert ("consistent", "1036/4286") in found and ("consistent", "282/4286") in found
    assert not [k for k in checks_of(text) if k.verdict == "inconsistent"]
    slip = checks_of(text.replace("占24.2%", "占42.2%"))
    assert ("inconsistent", "1036/4286") in [(k.verdict, shown(k)) for k in slip]


def test_a_sentence_opening_with_the_previous_period_speaks_of_it_throughout():
    text = "全年共受理信访事项1,652件。上年同期,来信、来访、网上信访分别为486件、649件、612件。"
    assert [c.period for c in extract(text).claims] == ["current", *["previous"] * 3]
    assert not [k for k in checks_of(text) if k.verdict == "inconsistent"]
    since = "去年以来,全县受理信访事项1,652件。"
    assert extract(since).claims[0].period == "current"


def test_a_bare_share_of_a_part_counted_within_a_named_figure_is_of_that_figure(monkeypatch):
    text = "全县信访总量1,652件,其中网上信访644件,占39.0%,网上信访中投诉类286件,占44.4%。"
    found = [(k.verdict, shown(k)) for k in linked_only(text, monkeypatch) if k.kind == "share"]
    assert found == [("consistent", "644/1652"), ("consistent", "286/644")]
    slip = linked_only(text.replace("44.4%", "47.4%"), monkeypatch)
    assert [k.verdict for k in slip if k.kind == "share"] == ["consistent", "inconsistent"]


def test_a_category_named_x_lei_is_the_count_counted_earlier_under_x():
    text = (
        "全年涉诉信访612件。按案件类型分,反映民事案件的301件,占49.2%,反映执行案件的196件,"
        "占32.0%,其他115件,占18.8%;执行类信访中,反映拖延执行的108件,占该类的55.1%,"
        "对财产处置提出异议的47件,占该类的24.0%。"
    )
    found = [(k.verdict, shown(k)) for k in checks_of(text) if k.kind == "share"]
    assert ("consistent", "108/196") in found and ("consistent", "47/196") in found
    wrong = checks_of(text.replace("占该类的24.0%", "占该类的42.0%"))
    assert ("inconsistent", "47/196") in [(k.verdict, shown(k)) for k in wrong]


def test_a_separately_list_of_counts_larger_than_the_total_before_it_is_not_its_parts():
    text = (
        "共处理信访积案36件,投入化解资金1,260万元。\n"
        "来信和网上信访分别为412件和836件,上年同期分别为486件和612件。"
    )
    assert not [k for k in checks_of(text) if k.kind == "sum"]
    parts = "共受理信访事项1,248件。来信、来访和网上信访分别为412件、10件和826件。"
    assert [k.verdict for k in checks_of(parts) if k.kind == "sum"] == ["consistent"]


def test_a_daily_average_of_a_clause_takes_its_own_period_not_another_clause_s_days():
    text = (
        "全年共接听群众来电21,535个,日均59.0个;上半年受理网上信访4,163件,日均23.0件;"
        "三季度接待来访1,012人次,日均11.0人次;全年共250个工作日,"
        "平均每个工作日办理信访事项15.5件,全年合计3,875件。"
    )
    found = [(k.verdict, k.message()[:12]) for k in checks_of(text) if k.kind == "per_capita"]
    assert [v for v, _ in found] == ["consistent"] * 4
    assert "365~366天" in found[0][1] or "21535/365" in found[0][1]
    slip = checks_of(text.replace("日均23.0件", "日均28.0件"))
    assert [k.verdict for k in slip if k.kind == "per_capita"].count("inconsistent") == 1


def test_an_average_after_a_part_and_the_part_s_own_count_is_the_part_s(monkeypatch):
    text = (
        "全年共兑现各类惠民资金2.36亿元,惠及群众5.8万户,户均4069元;其中发放征地补偿款1.28亿元,"
        "占54.2%,涉及被征地农户3,460户,户均3.7万元。"
    )
    found = [
        (k.verdict, shown(k)) for k in linked_only(text, monkeypatch) if k.kind == "per_capita"
    ]
    assert found == [("consistent", "2.36亿/5.8万"), ("consistent", "1.28亿/3460")]
    slip = linked_only(text.replace("户均3.7万元", "户均4.7万元"), monkeypatch)
    assert [k.verdict for k in slip if k.kind == "per_capita"] == ["consistent", "inconsistent"]
    # a count before the parts leaves the average the whole's
    whole = (
        "全年救助困难群众230人,发放救助资金28.6万元,其中县级18.2万元、乡镇10.4万元,人均0.124万元。"
    )
    assert [shown(k) for k in linked_only(whole, monkeypatch) if k.kind == "per_capita"] == [
        "28.6万/230"
    ]


def test_a_point_change_takes_the_base_in_its_own_parenthesis_over_an_earlier_change_s(
    monkeypatch,
):
    text = (
        "按期办结率为96.8%,较上年的94.1%提高2.7个百分点;群众满意率为91.5%,"
        "比上年下降0.7个百分点(上年92.2%)。"
    )
    found = [
        (k.verdict, shown(k)) for k in linked_only(text, monkeypatch) if k.kind == "difference"
    ]
    assert found == [("consistent", "96.8−94.1"), ("consistent", "91.5−92.2")]
    slip = linked_only(text.replace("下降0.7个", "下降0.9个"), monkeypatch)
    assert [k.verdict for k in slip if k.kind == "difference"] == ["consistent", "inconsistent"]


def test_chinese_decimals_with_dian_keep_their_fraction():
    text = (
        "全年受理信访事项1,000件,办结978件,办结率为百分之九十七点八,"
        "比上年提高二点八个百分点(上年为百分之九十五)。"
    )
    values = [c.value for c in extract(text).claims]
    assert values[2:] == [Decimal("97.8"), Decimal("2.8"), Decimal("95")]
    assert not [k for k in checks_of(text) if k.verdict == "inconsistent"]
    slip = checks_of(text.replace("九十七点八", "九十六点八"))
    assert "inconsistent" in [k.verdict for k in slip if k.kind == "rate"]
    # a clock time is no decimal
    assert not extract("晚上八点三十分召开会议。").claims


@pytest.mark.parametrize("joint", [",", ";"])
def test_a_rate_of_a_qizhong_part_may_be_over_the_count_the_qizhong_opens_from(joint, monkeypatch):
    text = (
        f"受理劳动人事争议仲裁案件1,126件,审结1,087件,审结率96.5%{joint}"
        "其中调解结案652件,调解率60.0%。"
    )
    found = [(k.verdict, shown(k)) for k in linked_only(text, monkeypatch) if k.kind == "rate"]
    assert found == [("consistent", "1087/1126"), ("consistent", "652/1087")]
    slip = linked_only(text.replace("60.0%", "62.0%"), monkeypatch)
    assert [k.verdict for k in slip if k.kind == "rate"] == ["consistent", "inconsistent"]


def test_last_year_s_average_is_of_last_year_s_figures():
    text = "全年集体访42批1,286人次,批均30.6人次;上年同期集体访51批1,502人次,批均29.5人次。"
    found = [(k.verdict, shown(k)) for k in checks_of(text) if k.kind == "per_capita"]
    assert found == [("consistent", "1286/42"), ("consistent", "1502/51")]
    slip = checks_of(text.replace("29.5人次", "27.5人次"))
    assert [k.verdict for k in slip if k.kind == "per_capita"] == ["consistent", "inconsistent"]
    later = (
        "全年集体访42批1,286人次,批均30.6人次,上年同期批均29.5人次。上年同期集体访51批1,502人次。"
    )
    assert not [k for k in checks_of(later) if k.verdict == "inconsistent"]


def test_figures_each_with_its_own_rate_after_a_zhong_whole_are_a_funnel_not_parts():
    text = (
        "全年受理的1,652件信访事项中,已办结1,598件,办结率96.7%;已办结事项中,"
        "群众参与评价1,236件,参评率77.3%,满意1,158件,满意率93.7%。"
    )
    assert not [k for k in checks_of(text) if k.kind == "sum"]
    assert not [k for k in checks_of(text) if k.verdict == "inconsistent"]
    parts = "全年办结的1,652件中,予以支持412件,部分支持286件,不予支持954件。"
    assert [k.verdict for k in checks_of(parts) if k.kind == "sum"] == ["consistent"]
    slip = checks_of(parts.replace("954件", "994件"))
    assert [k.verdict for k in slip if k.kind == "sum"] == ["inconsistent"]


def test_a_rate_within_a_named_group_finds_the_group_by_its_noun_without_the_generic_tail(
    monkeypatch,
):
    text = (
        "全年受理信访事项1,652件,其中信访部门直接受理1,124件,占68.0%;转交责任单位办理528件。"
        "转交事项中,已办结512件,办结率97.0%。"
    )
    found = [(k.verdict, shown(k)) for k in linked_only(text, monkeypatch) if k.kind == "rate"]
    assert found == [("consistent", "512/528")]
    slip = linked_only(text.replace("97.0%", "95.0%"), monkeypatch)
    assert [k.verdict for k in slip if k.kind == "rate"] == ["inconsistent"]


def test_changes_after_a_heading_take_the_lists_of_the_sentence_before_it():
    text = (
        "1. 总量。东城区、西城区、江北县8月分别受理486件、412件、368件;"
        "7月分别为502件、398件、401件。\n2. 环比。\n"
        "东城区、西城区、江北县环比分别下降3.2%、3.5%、8.2%。"
    )
    found = {k.claims[-1]: (k.verdict, shown(k)) for k in checks_of(text) if k.kind == "change"}
    claims = {c.text: c.id for c in extract(text).claims}
    assert found[claims["3.5%"]][0] == "inconsistent"  # it rose
    assert found[claims["3.5%"]][1].endswith("412/398−1")
    assert found[claims["3.2%"]] == ("consistent", "486/502−1")
    # the last place before the month is a place too (江北县8月 → 江北县)
    assert found[claims["8.2%"]] == ("consistent", "368/401−1")


def test_the_kth_change_of_a_list_is_not_checked_on_another_items_base():
    text = (
        "全年信访总量3,652件,来访1,124批,越级访87批。"
        "上年同期四项分别为3,852件、1,227批、111批和607件,今年重复信访538件,"
        "四项同比分别下降5.2%、8.4%、21.6%和11.4%。"
    )
    found = {k.claims[-1]: (k.verdict, shown(k)) for k in checks_of(text) if k.kind == "change"}
    claims = {c.text: c.id for c in extract(text).claims}
    assert found[claims["11.4%"]] == ("consistent", "538/607−1")
    # 8.4% and 21.6% are the 来访 and 越级访 changes: never 538/607
    for figure in ("8.4%", "21.6%"):
        assert found.get(claims[figure], ("unverifiable", ""))[0] != "inconsistent"


# --- the whole of a share named by what it counts, carried on, or made by its list -----------

HOTLINE = (
    "一、总体情况\n全年热线受理群众诉求52.6万件。其中坐席直接解答34.2万件;"
    "转派承办单位办理的工单18.4万件。\n"
    "二、办理情况\n转派工单中按时办结17.8万件。全年回访工单12.1万件,满意11.3万件。\n"
    "三、诉求类别\n城乡建设类工单4.6万件,占工单总量的25.0%;劳动保障类3.1万件(16.8%);"
    "交通类2.2万件(12.0%)。\n"
    "四、承办单位\n区县承办工单11.2万件,占60.9%;市直部门承办5.3万件,占28.8%;"
    "公共服务企业承办{last}万件,占10.3%。"
)


def share_of(text: str, figure: str):
    extraction = extract(text)
    (claim,) = [c for c in extraction.claims if c.text == figure]
    found = [k for k in check(extraction) if k.kind == "share" and k.claims[-1] == claim.id]
    assert len(found) == 1, [(k.kind, k.verdict, k.message()) for k in found]
    return found[0]


def test_the_total_of_a_thing_is_its_largest_count_not_the_nearest_subset():
    # 4.6/18.4 = 25.0% (the 工单 handed out), not 4.6/12.1 (those called back)
    found = share_of(HOTLINE.format(last="1.9"), "25.0%")
    assert found.verdict == "consistent" and "18.4万" in found.message()


def test_shares_in_brackets_carry_on_the_whole_the_first_share_named():
    for figure in ("16.8%", "12.0%"):  # 3.1/18.4 = 16.85%, 2.2/18.4 = 11.96%
        found = share_of(HOTLINE.format(last="1.9"), figure)
        assert found.verdict == "consistent" and "18.4万" in found.message(), figure


def test_bare_shares_that_make_100_percent_are_of_their_counts_sum():
    # 11.2 + 5.3 + 1.9 = 18.4; 60.9 + 28.8 + 10.3 = 100: not shares of the 52.6万 received
    for figure in ("60.9%", "28.8%", "10.3%"):
        assert share_of(HOTLINE.format(last="1.9"), figure).verdict == "consistent", figure
    # a count written wrong (1.6 for 1.9) no longer gives the shares: 11.2/18.1 = 61.9%
    verdicts = {share_of(HOTLINE.format(last="1.6"), f).verdict for f in ("60.9%", "10.3%")}
    assert verdicts == {"inconsistent"}


def test_the_kth_change_in_points_of_a_list_takes_the_kth_level_and_base():
    text = (
        "全年回访工单4,238件,解决率88.6%、满意率92.4%,分别较上年提高1.3个百分点和"
        "{second}个百分点(上年分别为87.3%、90.8%)。"
    )
    good = [k for k in checks_of(text.format(second="1.6")) if k.kind == "difference"]
    assert [k.verdict for k in good] == ["consistent", "consistent"]
    assert "92.4−90.8" in shown(good[1])
    wrong = [k for k in checks_of(text.format(second="1.9")) if k.kind == "difference"]
    assert [k.verdict for k in wrong] == ["consistent", "inconsistent"]


def test_a_change_of_an_average_takes_the_average_of_its_clause():
    text = (
        "全年用户平均停电时间6.37小时,按全年8,784小时计算,供电可靠率99.927%。"
        "其中城网用户平均停电时间2.86小时,同比下降{pct}%(上年3.12小时)。"
    )
    assert only(text.format(pct="8.3"), "change").verdict == "consistent"  # 2.86/3.12−1
    assert only(text.format(pct="3.8"), "change").verdict == "inconsistent"


def test_shares_of_a_list_closed_by_the_rest_are_of_the_lists_sum():
    text = (
        "全年受理95598客户投诉862件。\n2. 信访分类。农网改造46件,占31.5%;"
        "电力设施保护39件,占{second}%;停电损失赔偿28件;其他33件。"
    )
    good = [k for k in checks_of(text.format(second="26.7")) if k.kind == "share"]
    assert [k.verdict for k in good] == ["consistent", "consistent"]  # 46/146, 39/146
    wrong = [k for k in checks_of(text.format(second="29.7")) if k.kind == "share"]
    assert [k.verdict for k in wrong] == ["consistent", "inconsistent"]


def test_the_category_a_sentence_opens_with_is_the_whole_of_its_items():
    text = (
        "按行业分,出租车1,034件,占43.3%;网约车682件,占28.6%。\n"
        "关于反映的主要问题。出租车方面,反映拒载、挑客的386件,占该类的37.3%;"
        "绕路、多收费的297件,占{second}%;服务态度差的211件。"
    )

    def verdicts(second: str) -> list[str]:
        return [k.verdict for k in checks_of(text.format(second=second)) if k.kind == "share"][2:]

    assert verdicts("28.7") == ["consistent", "consistent"]  # 386/1034, 297/1034
    assert verdicts("12.4") == ["consistent", "inconsistent"]  # (297/2386 is no excuse)


def test_a_share_named_in_the_clause_before_takes_that_name():
    claims = extract("网上信访占比首次超过一半,达到52.6%,来信和来访分别占9.8%和37.6%。").claims
    assert claims[0].subject == "网上信访"


def test_one_more_named_item_after_a_list_of_bases_is_a_base_too():
    text = (
        "本季度六个县区分别受理1126件、826件、798件,市直部门486件。上年同期分别为1208件、903件、"
        "861件,市直部门623件。同比分别下降6.8%、下降8.5%、下降7.3%,市直部门下降{pct}%。"
    )
    claims = extract(text.format(pct="22.0")).claims
    assert [c.period for c in claims if c.text == "623件"] == ["previous"]
    last = [k for k in checks_of(text.format(pct="22.0")) if k.kind == "change"][-1]
    assert last.verdict == "consistent" and "486/623" in shown(last)


def test_the_first_so_many_of_a_list_of_shares_summed():
    text = (
        "全市共受理5386件。按内容分,城乡建设类1482件,劳动和社会保障类1036件,农业农村类824件,"
        "自然资源类597件,政法类468件,其他979件。前五类分别占27.5%、19.2%、15.3%、11.1%、8.7%,"
        "前三类合计占{pct}%。"
    )
    summed = [k for k in checks_of(text.format(pct="62.0")) if k.kind == "share"][-1]
    assert summed.verdict == "consistent" and "(1482+1036+824)" in shown(summed)
    assert [k for k in checks_of(text.format(pct="81.8")) if k.kind == "share"][-1].verdict == (
        "inconsistent"
    )


def test_a_rate_takes_the_thing_its_sentence_opens_with_over_a_larger_headline():
    text = (
        "一、总体情况\n上半年共受理信访事项和12345热线工单4,394件,其中信访事项468件;"
        "热线工单3,926件。\n二、主要做法\n坚持局领导接访。推行首问负责。开展专项治理。"
        "完善督办机制。\n三、办理质效\n信访事项方面,上半年办结452件,办结率{rate}%。"
    )
    assert only(text.format(rate="96.6"), "rate").verdict == "consistent"  # 452/468
    assert only(text.format(rate="90.6"), "rate").verdict == "inconsistent"


def test_a_share_of_the_same_period_last_year_is_over_that_periods_total():
    text = (
        "上半年共受理信访举报1,509件次,同比上升6.9%(上年同期1,412件次)。按常住人口计算,"
        "万人信访举报量为27.8件次。上年全年共受理2,790件次。从举报方式看,网络举报574件次,"
        "来信392件次。网络举报同比上升2.1%(上年同期562件次),比重由上年同期的{pct}%提高到38.0%。"
    )
    shares = [k for k in checks_of(text.format(pct="39.8")) if "562/" in shown(k)]
    assert [k.verdict for k in shares] == ["consistent"] and "1412" in shown(shares[0])


def test_three_parts_just_short_of_their_total_are_a_wrong_sum():
    # 19+4+1 = 24 of 25: a list of all the destinations with one mistyped
    assert only("越级访25批,其中到市19批、赴省4批、进京1批。", "sum").verdict == "inconsistent"
    # a list of the main parts only leaves more out: 19+4 of 25 proves nothing
    assert not [
        k for k in checks_of("越级访25批,其中到市15批、赴省4批、进京1批。") if k.kind == "sum"
    ]
    assert not [k for k in checks_of("越级访25批,其中到市19批、赴省4批。") if k.kind == "sum"]


def test_a_batch_average_right_after_a_parts_batches_and_visits_is_theirs():
    text = "全年共受理2418件,其中网上信访492件,来信143件,来访277批986人次,批均{avg}人。"
    assert only(text.format(avg="3.6"), "per_capita").verdict == "consistent"  # 986/277
    assert only(text.format(avg="3.9"), "per_capita").verdict == "inconsistent"


def test_a_batch_average_takes_the_visits_it_names_not_a_count_after_it():
    text = (
        "从举报方式看,网络举报574件次,来信392件次,来访263批418人次,电话举报57件次。"
        "网络举报同比上升2.1%。来访批均{avg}人,集体访6批。"
    )
    found = only(text.format(avg="1.6"), "per_capita")
    assert found.verdict == "consistent" and "418/263" in shown(found)


def test_the_kth_change_of_a_list_of_its_own_takes_the_kth_of_the_two_lists_before():
    text = (
        "城关区、东湖区、青石县三季度分别受理1126件、942件、798件,市直部门受理486件。"
        "上年同期分别为1208件、903件、861件,市直部门623件。"
        "同比分别下降6.8%、上升{second}%、下降7.3%,市直部门下降22.0%。"
    )
    changes = [k for k in checks_of(text.format(second="4.3")) if k.kind == "change"]
    assert [k.verdict for k in changes[:3]] == ["consistent"] * 3
    assert "942/903" in shown(changes[1])
    wrong = [k for k in checks_of(text.format(second="3.4")) if k.kind == "change"]
    assert [k.verdict for k in wrong[:3]] == ["consistent", "inconsistent", "consistent"]


def test_changes_of_batches_and_visits_follow_the_order_the_measures_are_named():
    text = "全年接待来访277批986人次。来访批次、人次同比分别下降{a}%、{b}%(上年301批1102人次)。"
    right = [k for k in checks_of(text.format(a="8.0", b="10.5")) if k.kind == "change"]
    assert [(k.verdict, shown(k)) for k in right] == [
        ("consistent", "277/301−1"),
        ("consistent", "986/1102−1"),
    ]
    # swapped: each change is wrong for its measure, and the other pair is no excuse
    swapped = [k for k in checks_of(text.format(a="10.5", b="8.0")) if k.kind == "change"]
    assert [k.verdict for k in swapped] == ["inconsistent", "inconsistent"]


def test_parts_opening_a_sentence_break_down_the_category_the_sentence_before_is_about():
    text = (
        "一、总体情况\n全年共受理信访事项864件。从内容看,征地补偿类318件、不动产登记类276件、"
        "土地权属纠纷类163件、违法用地举报类68件、其他39件。\n二、主要问题\n"
        "不动产登记类信访比上年增加45件,上升19.5%(上年231件)。其中历史遗留办证难{a}件,"
        "占该类的57.2%;登记程序与时限64件;登记错误更正37件;其他23件。"
    )
    # 158+64+37+23 = 282 is not 276 (not 864, the headline)
    sums = [k for k in checks_of(text.format(a="158")) if k.kind == "sum"]
    assert [(k.verdict, k.message().split(",")[1][:9]) for k in sums][-1] == (
        "inconsistent",
        "报告合计276件",
    )
    fixed = [k for k in checks_of(text.format(a="152")) if k.kind == "sum"]
    assert [k.verdict for k in fixed] == ["consistent", "consistent"]


def test_a_part_after_qizhong_following_an_average_is_not_its_numerator():
    text = "23名区级领导全部参与包案,人均包案3.7件,其中区委书记、区长带头包案六件。"
    verdicts = {k.verdict for k in checks_of(text) if k.kind == "per_capita"}
    assert verdicts <= {"unverifiable"}  # not 6/23 = 0.26


def test_a_rate_of_a_part_is_over_the_count_of_the_thing_its_numerator_names():
    text = (
        "一、基本情况\n共梳理出信访积案86件,其中中央交办12件,省交办19件,市交办27件,区自行排查28件。\n"
        "二、主要做法\n坚持领导包案。实行挂牌督办。开展集中攻坚。\n"
        "三、化解成效\n截至11月底,全区已化解积案64件,化解率74.4%。"
        "其中中央交办积案已化解11件,化解率{rate}%;"
    )
    rates = [k for k in checks_of(text.format(rate="91.7")) if k.kind == "rate"]
    assert [k.verdict for k in rates][-1] == "consistent" and "11/12" in shown(rates[-1])
    wrong = [k for k in checks_of(text.format(rate="81.7")) if k.kind == "rate"]
    assert wrong[-1].verdict == "inconsistent"


def test_a_breakdown_by_category_that_runs_over_its_paragraphs_sentences_adds_up():
    text = (
        "一、总体情况\n上半年全县共受理信访事项1,846件。\n"
        "二、主要问题\n从反映内容看,城乡建设类512件,占27.7%,同比下降12.6%(上年同期586件)。"
        "其中物业管理168件;拆迁安置109件;其他城建问题235件。农村农业类387件,占两成多。"
        "劳动社保类264件,占14.3%。自然资源类231件,占12.5%;政法类178件;其他{rest}件。"
        "前五类合计1,572件,占总量的85.2%。"
    )
    sums = [k for k in checks_of(text.format(rest="274")) if k.kind == "sum"]
    assert ("consistent", "512+387+264+231+178+274") in [(k.verdict, shown(k)) for k in sums]
    assert ("consistent", "512+387+264+231+178") in [(k.verdict, shown(k)) for k in sums]
    wrong = [k for k in checks_of(text.format(rest="247")) if k.kind == "sum"]
    assert ("inconsistent", "512+387+264+231+178+247") in [(k.verdict, shown(k)) for k in wrong]


_CASES_AND_REST = (
    "一、基本情况\n年初共梳理信访积案53件,同比减少6件。\n"
    "二、化解情况\n全县已化解积案41件,化解率77.4%,其中县级领导包案化解19件。\n"
    "三、存在问题\n目前尚未化解的积案还有{}件,多为历史遗留问题。"
)


def test_done_and_not_yet_done_confirm_the_whole_counted_sections_before():
    assert stated(_CASES_AND_REST.format(12), "sum") == [("consistent", "41+12 = 53")]


def test_a_rest_that_misses_the_whole_is_no_evidence():
    # 41 + 14 = 55 is no count of the report: nothing is confirmed, nothing accused
    assert not [k for k in checks_of(_CASES_AND_REST.format(14)) if k.kind == "sum"]


def test_the_two_halves_of_a_known_partition_confirm_their_whole():
    text = (
        "全年共登记信访事项{}件,同比下降3.1%。\n(一)渠道。来信121件,来访342批,网上信访"
        "505件。\n(二)初重复情况。初信初访742件,占76.7%;重复信访226件,占23.3%。"
    )
    sums = [k for k in checks_of(text.format(968)) if k.kind == "sum" and "742+226" in k.message()]
    assert [k.verdict for k in sums] == ["consistent"]
    assert not [k for k in checks_of(text.format(970)) if k.kind == "sum" and "742" in k.message()]


def test_the_done_part_is_the_count_of_what_was_done_not_a_part_of_it():
    text = (
        "共对186件信访事项开展督查督办。督办事项已办结161件,办结率86.6%;已办结的督办事项中"
        "按期办结149件。尚未办结的25件中,超期的12件。"
    )
    assert ("consistent", "161+25 = 186") in stated(text, "sum")


_CHANNELS = (
    "一、总体情况\n全年共登记信访事项{}件,同比下降4.6%。\n"
    "二、渠道分析\n网上信访是主渠道,来访继续减少。来信86件,占11.2%;"
    "来访214批673人次(其中集体访9批),占27.9%;网上信访467件,占60.9%。"
)


def test_a_channel_list_counting_visits_in_batches_confirms_the_total_in_cases():
    assert stated(_CHANNELS.format(767), "sum") == [("consistent", "86+214+467 = 767")]
    (found,) = [k for k in checks_of(_CHANNELS.format(767)) if k.kind == "sum"]
    assert "按批次计入件数" in found.message("zh") and "batches" in found.message("en")


def test_a_channel_list_next_to_its_total_and_last_years_in_brackets_both_add_up():
    # the total stands within the list's reach (one sentence before), and last year's channels
    # in brackets make last year's total the same way
    text = (
        "1．总量。全局共受理信访事项{}件,同比下降9.4%(去年同期755件),日均3.8件。\n"
        "2．渠道。来信52件;来访118批296人次;网上信访386件;电话举报128件(去年同期依次为61件、"
        "142批351人次、402件、{}件)。"
    )
    assert stated(text.format(684, 150), "sum") == [
        ("consistent", "52+118+386+128 = 684"),
        ("consistent", "61+142+402+150 = 755"),
    ]
    # (confirm-only: a list that misses is no evidence)
    assert stated(text.format(690, 160), "sum") == []


def test_a_channel_total_is_its_first_statement_and_group_visits_are_no_channel():
    text = (
        "全年共受理信访事项247件,同比上升15.4%。2022年、2023年、2024年分别受理186件、214件和"
        "247件。来信31件;来访68批214人次,其中集体访3批;网上信访96件;热线转办52件。"
        "其余反映事项43件、29件、22件。"
    )
    sums = [k for k in checks_of(text) if k.kind == "sum"]
    assert [(k.verdict, k.message().split(",")[0]) for k in sums] == [
        ("consistent", "31+68+96+52 = 247")
    ]
    assert sums[0].span[0] == text.index("247件")  # the headline, not the year series


def test_a_channel_list_that_misses_may_count_visits_otherwise():
    # 86 + 214 + 467 = 767 ≠ 1,226: visits may be counted per person (673人次) — no accusation
    assert not [k for k in checks_of(_CHANNELS.format(1226)) if k.kind == "sum"]


_TWO_SECTIONS = (
    "一、投诉情况\n上半年共受理消费者投诉3,684件,同比上升9.7%。\n"
    "二、信访情况\n上半年受理涉邮政快递信访事项187件,比上年同期下降7.9%。"
    "热线转办的快递类工单2,416件单独统计。从反映内容看,派费和罚款64件,驿站违规收费51件,网点关停38件,寄递安全17件,其他{}件。"
)


def test_a_breakdown_in_a_section_divides_the_total_the_section_opens_with():
    # (not the document's headline 3,684件, counted in section 一)
    sums = [k for k in checks_of(_TWO_SECTIONS.format(17)) if k.kind == "sum"]
    assert [(k.verdict, k.message("zh").split(",")[:2]) for k in sums] == [
        ("consistent", ["64+51+38+17+17 = 187", "报告合计187件"])
    ]
    sums = [k for k in checks_of(_TWO_SECTIONS.format(14)) if k.kind == "sum"]
    assert [(k.verdict, k.message("zh").split(",")[:2]) for k in sums] == [
        ("inconsistent", ["64+51+38+17+14 = 184", "报告合计187件"])
    ]


def test_a_bare_summed_share_in_a_section_is_of_the_total_the_section_opens_with():
    text = (
        "关于2024年劳动争议处理和职工信访工作情况的报告\n"
        "一、劳动争议情况\n(一)总体情况。全年共受理劳动争议1,486件,同比上升4.1%。\n"
        "(二)仲裁情况。县仲裁委审结案件589件,结案率94.3%。\n"
        "二、追回工资情况\n全年为职工追回工资6,215.8万元,惠及职工4,386人。\n"
        "三、职工信访情况\n县总工会全年受理职工信访318件,同比下降6.5%。从渠道看,来信46件,"
        "来访89批263人次,热线转办124件。职工集体访12批476人次,较上年减少5批。从地域看,城东园区、城西园区和梅林镇分别受理68件、41件、37件,"
        "三地合计占{}%,其余乡镇合计172件。"
    )
    assert stated(text.format("45.9"), "share") == [("consistent", "(68+41+37)/318 = 45.91%")]


# --- exact breakdowns far from their total (confirm-only) ------------------------------------

_SECOND_BREAKDOWN = (
    "一、总体情况\n全年共受理群众信访事项{total}件,同比下降4.2%。其中初信初访402件,重复信访"
    "113件。\n二、渠道情况\n网上信访占比继续提高,群众反映问题更加便捷。来信数量有所减少。\n"
    "三、承办单位\n各乡镇办理的事项较多,县直部门办理的事项较少。"
    "城关镇承办213件,河口镇承办158件,县直部门承办144件。"
)


def test_a_second_breakdown_confirms_the_stated_total_sections_before():
    assert ("consistent", "213+158+144 = 515") in stated(_SECOND_BREAKDOWN.format(total=515), "sum")


def test_a_second_breakdown_that_misses_the_total_is_no_evidence():
    # 213 + 158 + 144 = 515 is no count of the report: nothing confirmed, nothing accused
    text = _SECOND_BREAKDOWN.format(total=521)
    assert not [k for k in checks_of(text) if k.kind == "sum" and "213+158" in k.message()]


def test_two_small_counts_after_a_count_they_happen_to_make_are_no_breakdown():
    text = (
        "一、基本情况\n本季度受理信访事项48件,其中劳资纠纷16件。\n"
        "二、工作措施\n加强源头治理,及时回应群众诉求,落实领导包案责任。\n"
        "三、执法情况\n作出行政处罚16件,罚款38.4万元。向公安机关移送涉嫌犯罪案件9件,"
        "公安机关已立案7件。"
    )
    assert not [k for k in checks_of(text) if k.kind == "sum" and "9+7" in k.message()]


def test_a_count_and_its_subset_are_no_breakdown():
    text = (
        "一、基本情况\n全镇共受理信访事项14件,同比下降12.5%。\n二、主要做法\n坚持领导接访,落实"
        "包案责任。\n三、分布情况\n东湾村9件中,涉及土地流转的5件,多为租金拖欠。"
    )
    # (the operand search may still offer 9+5 as an inference of its own, labelled so)
    stated_sums = [k for k in checks_of(text) if k.kind == "sum" and k.basis == "stated"]
    assert not [k for k in stated_sums if "9+5" in k.message()]


def test_the_two_halves_of_the_year_confirm_the_annual_total():
    text = (
        "一、总体情况\n全年共受理金融消费者投诉4,386件,同比上升6.1%,其中银行业机构3,524件,"
        "支付机构862件。\n二、变化情况\n投诉主要集中在信用卡和借记卡业务。"
        "上半年受理投诉2,068件,下半年2,318件,下半年明显增多。"
    )
    assert ("consistent", "2068+2318 = 4386") in stated(text, "sum")


# --- multiples of counts named earlier (是…的N倍) ---------------------------------------------

_NAMED_MULTIPLE = (
    "从行业看,健身房538件,占36.2%;教培机构421件,占28.3%;美容美发367件,占24.7%。"
    "健身房类投诉量是美容美发类的{}倍。"
)


@pytest.mark.parametrize(("written", "verdict"), [("1.5", "consistent"), ("1.8", "inconsistent")])
def test_a_multiple_of_two_counts_named_sentences_before(written, verdict):
    k = only(_NAMED_MULTIPLE.format(written), "per_capita")
    assert (k.verdict, shown(k)) == (verdict, "538/367")


@pytest.mark.parametrize(("written", "verdict"), [("1.2", "consistent"), ("1.5", "inconsistent")])
def test_a_multiple_of_the_same_period_last_year_is_of_the_clauses_counts(written, verdict):
    text = f"物业服务类583件,同比上升18.7%(上年同期491件),是上年同期的{written}倍。"
    k = only(text, "per_capita")
    assert (k.verdict, shown(k)) == (verdict, "583/491")


def test_a_multiple_of_all_disputes_is_not_of_the_ones_resolved():
    text = (
        "各社区已化解分别为:青石社区88起,白沙村48起。青石社区纠纷数是白沙村的1.7倍,"
        "主要是该社区出租房多。"
    )
    assert "inconsistent" not in {k.verdict for k in checks_of(text) if k.kind == "per_capita"}


@pytest.mark.parametrize(
    ("text", "arithmetic"),
    [
        ("拆除违法建设128处,面积1.86万平方米,处均{}平方米。", ("145.3", "1.86万/128")),
        (
            "全县土地流转面积24.6万亩,流转率39.5%;全年流转租金1.72亿元,亩均{}元。",
            ("699", "1.72亿/24.6万"),
        ),
    ],
)
def test_averages_per_site_and_per_mu(text, arithmetic):
    written, shown_arithmetic = arithmetic
    ok = only(text.format(written), "per_capita")
    bad = only(text.format(written.replace("5", "8").replace("6", "9")), "per_capita")
    assert (ok.verdict, shown(ok)) == ("consistent", shown_arithmetic)
    assert bad.verdict == "inconsistent"


# --- three parallel lists: counts, bases, ratios per 万人 / 百万件 ---------------------------

_PARALLEL_LISTS = (
    "甲、乙、丙、丁四家企业有效申诉分别为{counts};四家企业业务量分别为1.42亿件、0.96亿件、"
    "0.87亿件和0.58亿件,每百万件快件有效申诉分别为2.20件、2.79件、2.42件和2.47件。"
)


def test_each_ratio_of_a_list_is_the_count_over_the_base_in_its_place():
    text = _PARALLEL_LISTS.format(counts="312件、268件、195件和143件")
    found = [(k.verdict, shown(k)) for k in checks_of(text) if k.kind == "per_capita"]
    assert found == [
        ("consistent", "312/1.42亿×1000000"),
        ("consistent", "268/0.96亿×1000000"),
        ("inconsistent", "195/0.87亿×1000000"),  # 2.24, written 2.42
        ("consistent", "143/0.58亿×1000000"),
    ]


def test_lists_of_other_lengths_are_not_paired_by_position():
    text = _PARALLEL_LISTS.format(counts="312件、268件、195件、143件和96件")
    assert not [
        k for k in checks_of(text) if k.kind == "per_capita" and k.verdict != "unverifiable"
    ]


def test_ratios_per_10k_people_listed_after_the_populations():
    text = (
        "城关镇、河口镇、柳林乡分别受理信访事项143件、86件和74件。三个乡镇户籍人口分别为"
        "12.4万人、6.8万人和5.9万人,万人信访量依次为11.5件、12.6件和13.5件。"
    )
    found = [(k.verdict, shown(k)) for k in checks_of(text) if k.kind == "per_capita"]
    assert found == [
        ("consistent", "143/12.4万×10000"),
        ("consistent", "86/6.8万×10000"),
        ("inconsistent", "74/5.9万×10000"),  # 12.54, written 13.5
    ]


def test_parts_that_miss_a_total_by_half_of_it_are_parts_of_another_whole():
    # 548+17 = 565 is the 信访件, not a breakdown of the 5,788 工单 done on time
    text = (
        "供暖季共受理热线工单6,482件。热线工单按时办结5,788件,按时办结率89.3%。"
        "信访件已办结548件,正在办理17件,到期应办结531件。"
    )
    assert "inconsistent" not in {k.verdict for k in checks_of(text) if k.kind == "sum"}


def test_a_breakdown_that_misses_its_total_by_a_little_is_still_flagged():
    text = "全年共受理信访事项146起。从纠纷类型看,诊疗技术类68起,护理服务类31起,其他14起。"
    assert ("inconsistent", "68+31+14 = 113") in stated(text, "sum")


@pytest.mark.parametrize(("last", "verdict"), [("429", "consistent"), ("415", "inconsistent")])
def test_a_breakdown_divides_the_count_it_names_not_the_total_just_before(last, verdict):
    text = (
        "全年共受理诉求3,246件,其中12338热线来电1,952件,占60.1%。来信、来访、网上三个信访渠道"
        f"合计1,294件。热线来电按服务类型分,法律咨询、心理疏导、维权投诉分别为1,036件、487件、{last}件。"
    )
    sums = [(k.verdict, k.message()) for k in checks_of(text) if k.kind == "sum"]
    assert [(v, m.split(",")[0]) for v, m in sums if "1036+" in m] == [
        (verdict, f"1036+487+{last} = {1523 + int(last)}")
    ]
    assert not [m for _, m in sums if "1294件" in m]


def test_a_share_list_naming_its_items_takes_their_counts_from_the_sentences_before():
    text = (
        "全局共受理群众信访事项684件,同比下降9.4%。来信52件;来访118批296人次;网上信访386件;"
        "电话举报128件(去年同期依次为61件、142批351人次、402件、150件)。来信、网上信访同比分别"
        "下降14.7%和4.0%。来访按批次计入总量,来信、来访、网上信访和电话举报分别占总量的7.6%、"
        "17.3%、56.4%和19.7%。"
    )
    shares = [(k.verdict, shown(k)) for k in checks_of(text) if k.kind == "share"]
    assert shares == [
        ("consistent", "52/684"),
        ("consistent", "118/684"),
        ("consistent", "386/684"),
        ("inconsistent", "128/684"),  # 18.71%, written 19.7%
    ]


@pytest.mark.parametrize(("written", "verdict"), [("31.0", "consistent"), ("33.0", "inconsistent")])
def test_visits_per_batch_of_a_thing_counted_sections_before(written, verdict):
    text = (
        "一、基本情况\n全年受理欠薪信访事项1,214件,其中来访中5人以上的集体讨薪37批1,146人次。\n"
        "二、主要做法\n落实欠薪线索快速核处机制,加强部门联动。\n三、存在问题\n一是欠薪问题仍然突出。"
        f"二是集体讨薪来访规模偏大,全年集体讨薪来访批均{written}人次。"
    )
    k = only(text, "per_capita")
    assert (k.verdict, shown(k)) == (verdict, "1146/37")


def test_a_change_naming_a_place_of_a_list_is_of_that_places_counts():
    text = (
        "五个社区中,滨河、南门、新华、桥东、金岸社区分别登记47件、38件、29件、33件和21件,上年分别是"
        "52件、41件、29件、24件和25件;滨河、南门、金岸社区分别下降9.6%、7.3%和16.0%,新华社区和上年"
        "持平,桥东社区上升{}%。"
    )
    for written, verdict in (("37.5", "consistent"), ("27.5", "inconsistent")):
        changes = {
            shown(k): k.verdict for k in checks_of(text.format(written)) if k.kind == "change"
        }
        assert changes.get("29/29−1") == "consistent"
        assert changes.get("33/24−1") == verdict


@pytest.mark.parametrize(("written", "verdict"), [("11.6", "consistent"), ("12.9", "inconsistent")])
def test_a_change_takes_its_written_base_not_the_difference_beside_it(written, verdict):
    # the difference is wrong (639−565 = 74): the change is still of the base in brackets
    text = f"信访件565件,比上个供暖季(639件)减少84件、下降{written}%。"
    k = only(text, "change")
    assert (k.verdict, shown(k)) == (verdict, "565/639−1")
    assert only(text, "difference").verdict == "inconsistent"


def test_a_sibling_of_a_breakdown_is_not_the_whole_of_its_finished_parts():
    text = (
        "上半年共需办理涉法涉诉信访一百件。其中:导入复议、诉讼等法律程序41件;依法终结23件;"
        "办结息诉27件;正在办理十一件。"
    )
    assert stated(text, "sum") == [("inconsistent", "41+23+27+11 = 102")]


def test_a_share_of_that_squad_is_of_the_squads_own_count():
    text = (
        "(一)局本级。局机关直接受理486件,已办结472件。\n(二)城东中队。城东中队辖区为老城区,1—9月"
        "受理1,124件,同比上升6.8%(上年同期1,052件),其中占道经营386件,占该中队受理量的{}%。"
    )
    for written, verdict in (("34.3", "consistent"), ("79.4", "inconsistent")):
        k = only(text.format(written), "share")
        assert (k.verdict, shown(k)) == (verdict, "386/1124")


def test_changes_listed_by_name_take_the_counts_of_those_names():
    text = (
        "从渠道看,12345热线转办工单3,126件、网上信访612件、来信84件、来访236批618人次、城管服务热线"
        "310件(上年同期分别为2,874件、655件、97件、268批702人次、286件),12345热线转办工单和城管服务"
        "热线分别上升8.8%和8.4%,网上信访、来信、来访批次和来访人次分别下降{}%、13.4%、11.9%和12.0%。"
    )
    for written, verdict in (("6.5", "consistent"), ("13.4", "inconsistent")):
        changes = {
            shown(k): k.verdict for k in checks_of(text.format(written)) if k.kind == "change"
        }
        assert changes == {
            "3126/2874−1": "consistent",
            "310/286−1": "consistent",
            "612/655−1": verdict,
            "84/97−1": "consistent",
            "236/268−1": "consistent",
            "618/702−1": "consistent",
        }


@pytest.mark.parametrize(("second", "verdict"), [("494", "consistent"), ("449", "inconsistent")])
def test_last_years_halves_make_last_years_total_when_this_years_do(second, verdict):
    text = (
        "全年共受理信访举报1,046件,同比下降8.7%(上年1,146件)。分时段看,上半年受理583件(上年同期"
        f"652件),同比下降10.5%;下半年受理463件(上年同期{second}件),同比下降6.3%,环比下降20.6%。"
    )
    sums = stated(text, "sum")
    assert ("consistent", "583+463 = 1046") in sums
    assert (verdict, "652+" + second + " = " + str(652 + int(second))) in sums
    changes = {shown(k): k.verdict for k in checks_of(text) if k.kind == "change"}
    assert changes["463/583−1"] == "consistent"  # the 环比 over the half before, not the 同比 base


@pytest.mark.parametrize(
    ("second", "verdict"), [("1,462", "consistent"), ("1,426", "inconsistent")]
)
def test_a_first_halfs_bases_of_both_comparisons_each_make_their_total(second, verdict):
    # 环比 over last year's second half, named right at it; each part's two bases sum
    text = (
        "1—6月共受理投诉3,090件,比去年同期(2,620件)上升17.9%,比去年下半年(2,740件)环比上升"
        "12.8%。其中城区1,380件,同比上升12.2%(去年同期1,230件),环比上升8.0%(去年下半年1,278"
        "件);乡镇1,710件,同比上升23.0%(去年同期1,390件),环比上升17.0%(去年下半年"
        f"{second}件)。"
    )
    changes = {shown(k): k.verdict for k in checks_of(text) if k.kind == "change"}
    assert changes["3090/2740−1"] == "consistent"
    sums = stated(text, "sum")
    assert ("consistent", "1230+1390 = 2620") in sums
    total = 1278 + int(second.replace(",", ""))
    assert (verdict, f"1278+{second.replace(',', '')} = {total}") in sums


@pytest.mark.parametrize(("year", "verdict"), [("5,360", "consistent"), ("5,630", "inconsistent")])
def test_last_years_whole_year_beside_a_first_halfs_two_bases_is_their_sum(year, verdict):
    text = (
        f"上半年共受理投诉3,090件,比去年同期(2,620件)上升17.9%,比去年下半年(2,740件)环比上升"
        f"12.8%;去年全年为{year}件。"
    )
    assert (verdict, "2620+2740 = 5360") in stated(text, "sum")


def test_last_years_second_half_named_for_another_comparison_is_no_base_of_a_sequential_change():
    # 下半年环比 is over this year's first half; 上年下半年 is the base of the next clause
    text = "上半年受理598件,下半年受理688件,下半年环比上升15.1%,比上年下半年(612件)上升12.4%。"
    changes = {shown(k): k.verdict for k in checks_of(text) if k.kind == "change"}
    assert changes == {"688/598−1": "consistent", "688/612−1": "consistent"}


@pytest.mark.parametrize(("written", "verdict"), [("14.5", "consistent"), ("16.5", "inconsistent")])
def test_a_totals_change_over_the_sum_of_its_halves_bases(written, verdict):
    # last year's total is never written: 1652 + 1711 = 3363, and 3852/3363 = +14.54%
    text = (
        f"全年共接收投诉3,852件,同比上升{written}%。上半年接收投诉1,786件,同比上升8.1%(上年"
        "同期1,652件);下半年接收投诉2,066件,同比上升20.7%(上年同期1,711件)。"
    )
    (k,) = [k for k in checks_of(text) if k.kind == "change" and k.reported == Decimal(written)]
    assert (shown(k), k.verdict) == ("3852/(1652+1711)−1", verdict)


def test_bases_of_the_period_before_do_not_make_the_year_ago_total():
    # the first quarter's base is the quarter before (环比), the total's and the second
    # quarter's a year ago (同比): 412 + 471 is no sum of anything
    text = (
        "上半年共受理824件,同比下降12.0%(上年同期936件)。分季度看,一季度386件,环比下降6.3%(上年"
        "四季度412件);二季度438件,环比上升13.5%,同比下降7.0%(上年二季度471件)。"
    )
    assert ("consistent", "386+438 = 824") in stated(text, "sum")
    assert not [m for _, m in stated(text, "sum") if "412+" in m]


@pytest.mark.parametrize(("written", "verdict"), [("60.1", "consistent"), ("66.1", "inconsistent")])
def test_a_rate_within_a_category_is_over_that_categorys_count_a_section_before(written, verdict):
    text = (
        "一、基本情况\n全年受理问题线索638件。按类型分,资产发包类176件,资金使用类213件,"
        "资源出租类94件,其他155件。\n二、办理情况\n全县问题线索已办结590件,办结率92.5%。"
        "各乡镇逐件建立台账。县纪委监委每月调度一次。对进度滞后的乡镇进行约谈。"
        "在已办结的问题线索中,查实263件、部分查实78件。"
        f"资金使用类线索中,查实或部分查实128件,查实率{written}%。"
    )
    (k,) = [k for k in checks_of(text) if k.kind == "rate" and k.reported == Decimal(written)]
    assert (k.verdict, shown(k)) == (verdict, "128/213")


def test_changes_of_periods_named_before_fenbie_pair_with_those_periods_in_order():
    text = (
        "一季度96件,二季度118件,三季度121件,四季度77件(上年同期依次为104件、131件、137件、96件);"
        "一季度、二季度同比分别下降{}%、9.9%,三季度上升11.7%,四季度下降19.8%,四季度环比下降36.4%。"
    )
    for written, verdict in (("7.7", "consistent"), ("8.7", "inconsistent")):
        changes = {
            shown(k): k.verdict for k in checks_of(text.format(written)) if k.kind == "change"
        }
        assert changes["96/104−1"] == verdict
        assert changes["118/131−1"] == "consistent"


def test_what_was_due_is_not_the_whole_of_finished_and_pending():
    text = (
        "一、基本情况\n全年共受理移民信访412件。\n二、办理情况\n全年受理的移民信访中,到期应办结398件,"
        "已办结391件,办结率98.2%,另有21件正在办理。"
    )
    assert ("consistent", "391+21 = 412") in stated(text, "sum")
    assert not [m for _, m in stated(text, "sum") if "398件" in m]


def test_a_list_whose_item_is_broken_down_in_place_adds_up_without_the_sub_items():
    text = (
        "一、总体情况\n上半年共受理教育信访{}件,同比上升6.2%。\n"
        "二、分布\n按学段分,幼儿园阶段186件;义务教育阶段924件,其中小学512件、初中412件;普通高中"
        "153件;中职58件;其他类别379件。"
    )
    assert ("consistent", "186+924+153+58+379 = 1700") in stated(text.format("1,700"), "sum")
    assert ("consistent", "512+412 = 924") in stated(text.format("1,700"), "sum")
    # (confirm-only: a list that misses its total is read no further here)
    assert not [m for _, m in stated(text.format("1,710"), "sum") if "186+" in m]


@pytest.mark.parametrize(("written", "verdict"), [("82.6", "consistent"), ("88.6", "inconsistent")])
def test_a_rate_of_a_qualified_part_is_over_that_parts_own_count(written, verdict):
    # 其中县级领导包案已化解71件 is of 县级领导…包案86件, not 71/(71+46) nor 71/398
    text = (
        "(一)包案分布。全年县级领导31名包案86件;乡级领导147名包案312件;两级领导共包案398件。\n"
        "(二)化解成效。包案的398件中,已化解352件,正在化解46件,包案化解率88.4%;其中县级领导包案"
        f"已化解71件,化解率{written}%。"
    )
    (k,) = [k for k in checks_of(text) if k.kind == "rate" and k.reported == Decimal(written)]
    assert (k.verdict, shown(k)) == (verdict, "71/86")


def test_changes_listed_by_name_in_the_sentence_after_their_counts():
    text = (
        "渠道。来信52件;来访118批296人次;网上信访386件;电话举报128件(去年同期依次为61件、142批"
        "351人次、402件、150件)。来信、来访批次、来访人次和网上信访同比分别下降14.7%、{}%、18.6%"
        "和4.0%。"
    )
    for written, verdict in (("16.9", "consistent"), ("19.6", "inconsistent")):
        changes = {
            shown(k): k.verdict for k in checks_of(text.format(written)) if k.kind == "change"
        }
        assert changes == {
            "52/61−1": "consistent",
            "118/142−1": verdict,
            "296/351−1": "inconsistent",  # −15.67%, the base taken as the current level
            "386/402−1": "consistent",
        }


@pytest.mark.parametrize(("written", "verdict"), [("21.3", "consistent"), ("42.2", "inconsistent")])
def test_a_share_of_a_named_sum_is_of_the_count_of_what_it_adds_up(written, verdict):
    text = (
        "来信、来访、网上三个信访渠道合计1,294件。\n(二)分级分布。市妇联本级受理684件,县(市、区)"
        "妇联受理2,562件。县(市、区)中,东湖区、西城区、秋水县分别受理546件、488件、417件,东湖区"
        f"占县(市、区)合计的{written}%;其余四个县(市)合计1,111件。"
    )
    k = only(text, "share")
    assert (k.verdict, shown(k)) == (verdict, "546/2562")


def test_a_bare_rate_far_off_over_a_guessed_headline_is_not_checked():
    text = (
        "一、总体情况\n全年共登记信访事项3,418件,同比下降5.1%。\n二、积案化解\n全区已化解积案64件,"
        "群众普遍认可。“三跨三分离”积案由区联席办牵头联合化解,已化解11件,化解率{}%。"
    )
    # 11/3418 is 0.32%: a whole the report never named for this rate
    assert only(text.format("68.7"), "rate").verdict == "unverifiable"
    assert only(text.format("0.3"), "rate").verdict == "consistent"


def test_a_base_of_another_named_quarter_is_not_the_levels():
    text = (
        "分季度看,一季度126件,二季度138件,同比上升4.5%,三季度164件,环比上升18.8%,比上年三季度"
        "(141件)上升16.3%。"
    )
    changes = {shown(k): k.verdict for k in checks_of(text) if k.kind == "change"}
    assert "138/141−1" not in changes
    assert changes.get("164/141−1") == "consistent"
    assert changes.get("164/138−1") == "consistent"


@pytest.mark.parametrize(
    ("written", "verdict"), [("12.78", "consistent"), ("13.2", "inconsistent")]
)
def test_an_average_after_a_list_of_parts_is_of_the_whole(written, verdict):
    text = (
        "1—9月,督促项目单位兑付征地补偿款2.36亿元,其中土地补偿费9,860万元、安置补助费8,420万元、"
        f"地上附着物和青苗补偿费5,320万元,涉及被征地农户1,846户,户均{written}万元。"
    )
    k = only(text, "per_capita")
    assert (k.verdict, shown(k)) == (verdict, "2.36亿/1846")


def test_a_quarter_on_quarter_change_takes_the_quarter_before():
    text = "一季度126件,二季度138件,三季度164件,环比上升{}%,四季度120件。"
    assert stated(text.format("18.8"), "change") == [("consistent", "164/138−1 = +18.84%")]
    assert stated(text.format("30.2"), "change")[0][0] == "inconsistent"


def test_a_summed_share_naming_its_parts_is_over_their_shares_whole():
    text = (
        "上半年,热线工单2,184件,服务热线受理投诉3,462件,合计为供水服务投诉5,646件。\n"
        "按问题类型分,停水类1,724件,占30.5%;水压不足类1,386件,占24.5%,停水和水压不足两类合计"
        "占{}%;抄表收费类1,128件,占20.0%;水质类642件,占11.4%;其他类766件,占13.6%。"
    )
    for written, verdict in (("55.1", "consistent"), ("65.1", "inconsistent")):
        shares = {shown(k): k.verdict for k in checks_of(text.format(written)) if k.kind == "share"}
        assert shares["(1724+1386)/5646"] == verdict
    # the summed share is no part of the list that adds up to 100%
    assert stated(text.format("55.1"), "share_sum") == [
        ("consistent", "各部分占比之和 30.5+24.5+20.0+11.4+13.6 = 100%")
    ]


def test_a_summed_share_of_named_parts_some_without_a_share_is_over_their_lists_whole():
    # 刑事类 has no share of its own: the whole is the one the list's other shares are over
    text = (
        "全年共受理涉法涉诉信访事项800件。\n"
        "按内容分,民事类320件,占40.0%;行政类200件,占25.0%;刑事类120件;执行类160件,"
        "民事和刑事两类合计占{}%。"
    )
    for written, verdict in (("55.0", "consistent"), ("52.0", "inconsistent")):
        shares = {shown(k): k.verdict for k in checks_of(text.format(written)) if k.kind == "share"}
        assert shares["(320+120)/800"] == verdict


def test_a_summed_share_names_its_parts_by_the_start_of_their_labels():
    # 大气 and 噪声 name 大气污染类 and 噪声污染类; 投诉 names the count before its aside
    text = (
        "上半年共受理环境信访1,000件。\n"
        "按污染要素分,大气污染类420件,占42.0%;噪声污染类300件,占30.0%;"
        "水污染类180件,占18.0%;其他100件,占10.0%。大气和噪声两类合计占{}%。"
    )
    for written, verdict in (("72.0", "consistent"), ("62.0", "inconsistent")):
        shares = {shown(k): k.verdict for k in checks_of(text.format(written)) if k.kind == "share"}
        assert shares["(420+300)/1000"] == verdict
    aside = (
        "上半年共受理医保投诉1,000件。\n按诉求分,反映医保报销(待遇支付)的600件,占60.0%;异地就医250件,占25.0%;其他150件,"
        "占15.0%。报销和异地就医两类合计占85.0%。"
    )
    shares = {shown(k): k.verdict for k in checks_of(aside) if k.kind == "share"}
    assert shares["(600+250)/1000"] == "consistent"


def test_a_summed_share_names_two_word_categories_and_hotlines_by_their_first_words():
    # 低保 names 低保和临时救助, 产业扶持 names 产业扶持和奖补兑现; 学校管理与安全 is one name
    # (两类); 12345热线转办 keeps its number
    text = (
        "全年共受理涉农信访1,000件。\n从诉求看,反映低保和临时救助的300件,占30.0%;反映产业扶持和"
        "奖补兑现的250件,占25.0%;学校管理与安全类150件,占15.0%;12345热线转办100件,占10.0%;"
        "其他200件,占20.0%。低保和产业扶持两类合计占{}%。学校管理与安全和12345热线转办两类合计占"
        "{}%。"
    )
    for written, verdict in ((("55.0", "25.0"), "consistent"), (("45.0", "35.0"), "inconsistent")):
        shares = {
            shown(k): k.verdict for k in checks_of(text.format(*written)) if k.kind == "share"
        }
        assert shares["(300+250)/1000"] == verdict
        assert shares["(150+100)/1000"] == verdict


@pytest.mark.parametrize(("written", "verdict"), [("3.5", "consistent"), ("3.7", "inconsistent")])
def test_a_daily_average_of_the_year_beside_a_per_10k_ratio(written, verdict):
    text = (
        "2024年,全年通过各渠道受理安全生产举报1,286件,同比上升12.6%(上年1,142件),"
        f"日均{written}件,每万家生产经营单位举报量333.2件。"
    )
    k = only(text, "per_capita")
    assert (k.verdict, shown(k)) == (verdict, "1286/365~366天(全年)")


def test_a_daily_average_takes_the_days_the_report_gave_its_period():
    text = (
        "1—6月(共182天),全县共受理信访事项213件。\n另外,上半年共接收工单1,862件,是上年同期"
        "(846件)的2.2倍,日均10.3件。"
    )
    found = [k for k in checks_of(text) if k.kind == "per_capita" and "天" in k.message()]
    assert [(k.verdict, shown(k)) for k in found] == [("inconsistent", "1862/182天(上半年)")]


@pytest.mark.parametrize(("written", "verdict"), [("2", "consistent"), ("5", "inconsistent")])
def test_a_difference_after_a_list_of_parts_is_of_their_whole(written, verdict):
    text = f"本月发生集体访4批126人次,其中到县3批、到市1批,比9月(6批)减少{written}批。"
    k = only(text, "difference")
    assert (k.verdict, shown(k)) == (verdict, "4−6")


def test_a_bare_share_in_a_subsection_is_of_its_parent_sections_total():
    text = (
        "一、举报情况\n全年受理安全生产举报1,286件,同比上升12.6%。\n二、信访情况\n(一)总量下降。"
        "全年受理应急管理领域信访事项428件,同比下降13.6%(上年486件)。\n(二)主要问题。按内容分,"
        "安全生产监管类146件,占{}%;其他61件。"
    )
    for written, verdict in (("34.1", "consistent"), ("44.1", "inconsistent")):
        k = only(text.format(written), "share")
        assert (k.verdict, shown(k)) == (verdict, "146/428")


@pytest.mark.parametrize(("written", "verdict"), [("37.4", "consistent"), ("63.1", "inconsistent")])
def test_a_share_of_what_was_received_is_over_the_count_of_that_act(written, verdict):
    text = (
        "上半年共接收用户申诉3,684件。其中一季度1,932件,二季度1,752件。\n(二)受理和有效申诉。"
        "经审核,依法受理2,957件,受理率80.3%。受理的申诉中,经调查确定企业责任的有效申诉1,106件,"
        f"占受理申诉的{written}%。"
    )
    k = only(text, "share")
    assert (k.verdict, shown(k)) == (verdict, "1106/2957")


# --- breakdowns stated apart from their total (session 21) ----------------------------------


def _sums(text: str):
    ex = extract(text)
    texts = {c.id: c.text for c in ex.claims}
    return [
        (k.verdict, texts[k.claims[-1]], [texts[i] for i in k.claims[:-1]])
        for k in check(ex)
        if k.kind == "sum"
    ]


def test_a_prose_breakdown_of_a_total_a_table_also_states_is_kept_on_the_prose_total():
    text = (
        "一、总体情况\n本季度全镇共排查矛盾纠纷175起,环比上升6.1%(上季度165起),日均排查1.9起。"
        "各村坚持每日巡查、每周研判,做到小事不出村。\n"
        "二、分村情况\n村别\t排查(起)\t化解(起)\n东岭村\t61\t55\n西岭村\t52\t47\n"
        "南岭村\t62\t58\n合计\t175\t160\n东岭村排查量居首。\n"
        "三、类型\n土地纠纷71起,占40.6%,环比下降5.3%(上季度75起);邻里纠纷48起,占27.4%,"
        "环比上升9.1%(上季度44起);婚姻家庭纠纷33起,占18.9%;其他23起,占13.1%。\n"
    )
    assert ("consistent", "175起", ["71起", "48起", "33起", "23起"]) in _sums(text)


def test_a_list_opened_by_the_name_of_a_table_row_breaks_that_row_down():
    text = (
        "按问题类型分类统计如下:\n问题类型\t本年(件)\t上年(件)\n征地补偿\t305\t288\n"
        "房屋安置\t214\t230\n合计\t519\t518\n\n二、重点问题\n"
        "(一)补偿标准。征地补偿类信访中,反映补偿标准偏低的163件,占该类的53.4%;"
        "反映补偿款发放迟缓的97件;反映分配不公的45件。全年新开工安置房3个。\n"
    )
    assert ("consistent", "305", ["163件", "97件", "45件"]) in _sums(text)


def test_a_count_opening_its_parts_with_zhong_runs_on_past_semicolons():
    text = (
        "二、执法类投诉的特点。全年436件中,反映执法程序不规范的172件,占39.4%;"
        "反映处罚过重的131件,占30.0%;对强制措施不服的84件;反映态度粗暴的56件。"
    )
    assert _sums(text) == [("inconsistent", "436件", ["172件", "131件", "84件", "56件"])]


def test_an_opening_total_in_the_run_of_its_own_parts():
    text = (
        "(三)施工扰民类季节性明显。施工扰民类658件,同比上升12.5%(上年同期585件),"
        "其中夜间施工噪声311件,所占比例为47.3%;渣土运输219件,比重33.3%;其他施工扰民128件。"
    )
    assert ("consistent", "658件", ["311件", "219件", "128件"]) in _sums(text)


def test_two_named_things_added_up_are_one_part_of_a_list():
    text = (
        "上半年全区共受理物业纠纷212起,同比下降3.2%(上年同期219起)。从小区类型看,"
        "商品房小区、安置小区分别发生97起、58起,老旧小区及单位宿舍合计41起,其他小区16起。"
    )
    assert ("consistent", "212起", ["97起", "58起", "41起", "16起"]) in _sums(text)


def test_two_kinds_added_up_are_the_two_counts_before_each_with_its_own_share():
    text = (
        "全年共受理涉农信访事项640件,比上年(702件)下降8.8%。从反映内容看,土地承包类176件,"
        "占27.5%;宅基地类131件,占20.5%,两类合计占48.0%;村务管理类92件;其他241件。"
    )
    shares = [k for k in checks_of(text) if k.kind == "share" and k.reported == Decimal("48.0")]
    assert [k.verdict for k in shares] == ["consistent"]  # (176+131)/640 = 47.97%
    wrong = text.replace("48.0%", "49.0%")
    shares = [k for k in checks_of(wrong) if k.kind == "share" and k.reported == Decimal("49.0")]
    assert [k.verdict for k in shares] == ["inconsistent"]


def test_a_per_head_ratio_is_over_the_people_its_sentence_names_sections_before():
    text = (
        "一、基本情况\n全县现有登记在册的残疾人3.42万人,全年发放各类补贴0.51亿元。\n"
        "二、信访情况\n全年共受理涉残信访事项297件,比上年(318件)下降6.6%;"
        "按全县登记在册的残疾人人数计算,每千人涉残信访量8.7件。"
    )
    k = only(text, "per_capita")
    assert (k.verdict, k.computed.quantize(Decimal("0.01"))) == ("consistent", Decimal("8.68"))
    assert only(text.replace("8.7件", "9.7件"), "per_capita").verdict == "inconsistent"


def test_a_population_named_only_by_its_kind_is_no_basis_sections_away():
    # 按常住人口计算 names no people of its own: a 常住人口 stated sections before may be a
    # part's (a town's), so the ratio stays unverifiable rather than guessed
    text = (
        "一、基本情况\n新区常住人口18.6万人,在建项目42个。新区坚持项目为王。"
        "各部门密切配合。群众满意度稳步提升。\n"
        "二、信访情况\n上半年共受理信访事项503件,同比下降4.2%(上年同期525件),"
        "按常住人口计算,万人信访量27.0件。"
    )
    assert only(text, "per_capita").verdict == "unverifiable"


# --- yearly averages of a change ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # (412/300)^(1/3)−1 = 11.16%: compounded over the three years between first and last
        (
            "2021年、2022年、2023年、2024年分别受理300件、330件、370件和412件,年均增长11.2%。",
            "consistent",
        ),
        # 412/370−1 = 11.35% is last year's change, not the yearly average
        (
            "2021年、2022年、2023年、2024年分别受理300件、330件、370件和412件,年均增长11.4%。",
            "inconsistent",
        ),
        ("信访量从2020年的400件下降到2024年的250件,年均下降11.1%。", "consistent"),
        ("信访量从2020年的400件下降到2024年的250件,年均下降9.4%。", "inconsistent"),
    ],
)
def test_a_yearly_average_change_is_compounded_over_the_years_its_levels_are_dated(text, verdict):
    k = only(text, "change")
    assert k.verdict == verdict
    assert "^(1/" in k.message("zh")


def test_a_yearly_average_change_with_undated_levels_is_unverifiable_not_a_one_year_change():
    text = "全年共受理信访事项247件,上年214件,近三年年均增长15.2%。"
    assert [
        (k.kind, k.verdict) for k in checks_of(text) if k.kind in ("change", "granularity")
    ] == [("change", "unverifiable")]


def test_a_whole_named_by_its_number_of_cases_is_the_act_counted():
    # 占督查件数的: 督查 counted 12, not the larger count of another act nearby
    text = (
        "上述部门参评件数432件,满意381件。\n"
        "本月开展实地督查12件,发现答复不规范的5件,占督查件数的41.7%。"
    )
    assert stated(text, "share") == [("consistent", "5/12 = 41.67%")]


def test_an_average_whose_numerator_is_only_guessed_by_a_shared_word_does_not_accuse():
    # 平均每个项目投入: 累计投入 shares a word with it, but the nearer 项目资金 is what it divides
    text = (
        "2022—2024年,全县累计投入扶持资金1.26亿元。项目资金中,中央资金1,126万元、省级资金720万元。"
        "年底前完工项目42个,平均每个项目投入{}万元。"
    )
    verdicts = [k.verdict for k in checks_of(text.format("44.0")) if k.kind == "per_capita"]
    assert "inconsistent" not in verdicts
    # a numerator of that word that is also the nearest still accuses
    near = "全县累计投入扶持资金1,846万元。年底前完工项目42个,平均每个项目投入{}万元。"
    assert only(near.format("44.0"), "per_capita").verdict == "consistent"
    assert only(near.format("54.0"), "per_capita").verdict == "inconsistent"


def test_places_named_short_before_a_sum_word_add_their_listed_counts():
    text = (
        "全镇受理信访150件。柳塘、枫桥、南岙社区分别受理33件、27件和19件,上年分别为30件、35件和"
        "19件。柳塘、枫桥两个老社区合计{}件,占全镇的四成。"
    )
    assert stated(text.format(60), "sum") == [("consistent", "33+27 = 60")]
    assert stated(text.format(64), "sum") == [("inconsistent", "33+27 = 60")]


def test_a_name_that_several_figures_may_carry_names_none():
    # 热线转办 is in 12345热线转办 and in the rest the extractor also names: no guess
    text = (
        "从渠道看,来信、网上信访、12345热线转办分别为23件、61件、42件,其余88件为当面反映。"
        "网上信访与热线转办两项合计103件。"
    )
    assert [v for v, _ in stated(text, "sum") if v == "inconsistent"] == []


def test_finished_and_pending_add_up_to_the_total_their_section_opens_with():
    text = (
        "一、劳动争议情况\n全县共受理劳动争议案件1,486件,审结1,390件。\n"
        "三、追回工资情况\n全年为职工追回工资386.5万元。\n"
        "四、职工信访情况\n县总工会全年受理职工信访318件,同比下降6.5%(上年340件)。"
        "从渠道看,来信46件,来访89批。\n全年已办结{}件,正在办理22件。"
    )
    assert ("consistent", "296+22 = 318") in stated(text.format(296), "sum")
    assert ("inconsistent", "290+22 = 312") in stated(text.format(290), "sum")


def test_a_sentence_opening_with_that_kind_breaks_down_the_kind_before():
    text = (
        "二、主要问题\n1.执法办案类186件,占信访总量的27.2%。全局共办理案件4,862件。"
        "该类中,反映受案立案问题64件、办案进度58件,分别占该类的{}%和31.2%。"
    )
    assert stated(text.format("34.4"), "share")[-2:] == [
        ("consistent", "64/186 = 34.41%"),
        ("consistent", "58/186 = 31.18%"),
    ]
    assert stated(text.format("43.4"), "share")[-2][0] == "inconsistent"


def test_a_change_with_its_base_in_its_clause_finds_its_level_sentences_back():
    text = (
        "1.信访总量。一季度全镇受理信访事项56件,其中来信8件,来访21批70人次。"
        "与上季度(61件)相比下降8.2%,与去年同期(60件)相比下降6.7%。"
        "按常住人口4.1万人计算,万人信访量13.7件。\n"
        "2.来访情况。来访批次环比上季度的27批下降{}%,同比去年一季度的25批下降16.0%。"
    )
    assert stated(text.format("22.2"), "change")[-2:] == [
        ("consistent", "21/27−1 = -22.22%"),
        ("consistent", "21/25−1 = -16.00%"),
    ]
    assert stated(text.format("28.6"), "change")[-2][0] == "inconsistent"


def test_a_multiple_names_its_two_kinds_without_their_petition_noun():
    text = (
        "从内容看,燃气安全、收费、服务、工程四类分别为1,286件、1,074件、968件和634件。"
        "征信异议98件。收费类投诉是工程类的{}倍。"
    )
    assert stated(text.format("1.7"), "per_capita") == [("consistent", "1074/634 = 1.69")]
    assert stated(text.format("1.9"), "per_capita")[0][0] == "inconsistent"
    # a table row named 征信 is its count, before a nearer 征信异议
    table = (
        "业务类型\t投诉件数(件)\t占比(%)\n征信\t658\t64.2\n个人金融信息\t367\t35.8\n"
        "合计\t1,025\t100.0\n征信类投诉中,征信异议398件。征信类投诉是个人金融信息类的1.8倍。"
    )
    assert stated(table, "per_capita") == [("consistent", "658/367 = 1.79")]


def test_a_share_named_by_households_or_people_takes_the_count_in_that_measure():
    text = (
        "全县累计纳入防止返贫监测对象1,920户5,610人。全年标注风险消除1,302户3,705人,"
        "风险消除户数占监测对象总户数的{}%,人数占比{}%。"
    )
    assert stated(text.format("67.8", "66.0"), "share") == [
        ("consistent", "1302/1920 = 67.81%"),
        ("consistent", "3705/5610 = 66.04%"),
    ]
    # the households' share is of households: the people's 66.0% is no excuse for it
    assert stated(text.format("66.0", "66.0"), "share")[0] == (
        "inconsistent",
        "1302/1920 = 67.81%",
    )


def test_finished_and_pending_add_up_to_what_was_accepted_not_what_was_received():
    text = (
        "全年共收到复查复核申请640件。收到的640件申请中,依法受理520件,不予受理84件,退回36件。"
        "市本级受理150件。\n二、办理情况\n到期应办结470件,在法定期限内办结460件。"
        "截至年底,已办结{}件,正在办理35件。"
    )
    sums = [(k.verdict, k.message("zh")) for k in checks_of(text.format(485)) if k.kind == "sum"]
    assert not [m for v, m in sums if m.startswith("485+35") and v != "consistent"]
    wrong = [(k.verdict, k.message("zh")) for k in checks_of(text.format(480)) if k.kind == "sum"]
    assert [v for v, m in wrong if m.startswith("480+35")] == ["inconsistent"]
    assert "520件" in next(m for _, m in wrong if m.startswith("480+35"))


def test_shares_of_some_listed_items_do_not_claim_the_whole_composition():
    text = (
        "从来源看,群众来信130件;来访320批,占总量的21.5%;网上信访690件,占46.4%;"
        "12345热线转办248件;上级交办100件。"
    )
    assert stated(text, "share_sum") == []
    # every item with its share still adds up to the whole
    full = "从来源看,来信130件,占8.8%;来访320批,占21.5%;网上信访1040件,占69.7%。"
    assert [v for v, _ in stated(full, "share_sum")] == ["consistent"]


def test_a_share_of_that_kind_whose_kind_is_not_found_takes_no_other_whole():
    text = (
        "全年登记信访事项1,500件。从来源看,县里排查的重点信访事项262件。"
        "从内容看,征地拆迁补偿类包案137件,占该类信访的43.1%。"
    )
    assert [v for v, _ in stated(text, "share")] in ([], ["unverifiable"])


def test_a_share_a_thousand_times_off_its_operands_shows_nothing():
    # 207.8元 (a slip for 万元) of 0.53亿元 is 0.0004%, not a share the report computed
    text = (
        "通过领导包案协调落实各类资金2,846.7万元,其中征地补偿款1,926.4万元,拖欠工资712.5万元,"
        "社保待遇补发207.8元,占全县全年信访问题化解资金0.53亿元的53.7%。"
    )
    assert "inconsistent" not in [v for v, _ in stated(text, "share")]
    # a share off by 10^4, as a scale word makes it, is still an error
    slip = "全县信访化解资金28.6亿元,其中社保补发4.3万元,占15.0%。"
    verdicts = [k.verdict for k in checks_of(slip) if k.kind in ("share", "unit")]
    assert "inconsistent" in verdicts


def test_an_average_after_a_bracketed_base_of_a_named_month_is_of_this_month():
    text = (
        "来信两件,来访九批二十三人次,网上信访十五件,来访按批次算进总数。网上信访占了七成多,"
        "年轻人基本都在手机上反映。来访比四月份(十三批二十九人次)减少四批,人次下降26.1%,"
        "平均每批2.6人次,没有五人以上的集体访。"
    )
    assert stated(text, "per_capita") == [("consistent", "23/9 = 2.56")]


def test_a_channel_with_its_share_is_no_accepted_total_of_what_was_finished():
    text = (
        "全年受理应急管理领域信访事项428件,同比下降13.6%(上年486件)。"
        "12350热线受理612件,占47.6%;12345热线转办384件,占29.9%。"
        "全年受理的信访事项已办结411件,正在办理17件。"
    )
    sums = [(k.verdict, shown(k)) for k in checks_of(text) if k.kind == "sum"]
    assert sums == [("consistent", "411+17")]


def test_a_share_of_a_whole_area_total_the_report_does_not_give_is_unverifiable():
    text = (
        "全年受理纳税人投诉1,386件。"
        "全年受理涉税信访事项263件,约占全市信访总量的1.2%。其中来信58件。"
    )
    assert [v for v, _ in stated(text, "share")] == ["unverifiable"]
    # the headline that names the area is its total
    own = "全市受理信访事项2,190件。其中涉税信访事项263件,占全市信访总量的12.0%。"
    assert stated(own, "share") == [("consistent", "263/2190 = 12.01%")]


def test_what_was_done_by_a_date_is_no_whole_of_a_rate():
    text = "小区216户业主长期无法办证。截至6月底已有198户取得不动产权证,办证率91.7%。"
    assert [k.kind for k in checks_of(text) if k.verdict == "inconsistent"] == []


@pytest.mark.parametrize(
    ("text", "arithmetic"),
    [
        # the sentence opens with the thing compared; its count is in a 分别 list before
        (
            "各乡镇登记的信访事项中,排名前五的乡镇分别为城关镇96件、青石镇78件、河西乡64件、"
            "白马镇57件、桃源乡49件,五个乡镇合计344件,占乡镇登记总量的40.7%;其余7个乡镇合计"
            "190件。城关镇同比上升18.5%(去年同期81件),信访量是桃源乡的2.0倍,主要是老城区改造"
            "引发的诉求集中。",
            "96/49",
        ),
        # a period with its figure in brackets, this period's count sentences before
        (
            "物业服务类1,526件;电梯运行类987件,占11.4%;其他945件。"
            "两类合计占50.2%。电梯运行类投诉是去年同期(612件)的1.6倍。",
            "987/612",
        ),
        # the base's own subject is lost; the sentence's opening words name the count
        (
            "初核办结194件。初核后立案87件,初核转立案率44.8%。"
            "立案数同比上升35.9%(上年同期64件),是上年同期的1.4倍。",
            "87/64",
        ),
        # two averages of one measure, the denominator named by its subject
        (
            "全年用户平均停电时间6.37小时。其中城网用户平均停电时间2.86小时;"
            "农网11.42小时,是城网的4.0倍。",
            "11.42/2.86",
        ),
    ],
)
def test_a_multiple_finds_the_two_figures_it_compares(text, arithmetic):
    extraction = extract(text)
    found = [
        (k.verdict, shown(k))
        for k in check(extraction)
        if k.kind == "per_capita"
        and extraction.normalized.raw[k.span[0] : k.span[1]].endswith("倍")
    ]
    assert found == [("consistent", arithmetic)]


def test_that_kind_after_a_subtotal_is_the_category_the_subtotal_breaks_down():
    text = (
        "按投诉类型分,反映服务质量的352件,占该类的34.0%;反映收费问题的231件,占22.3%,"
        "其中反映会员卡退费难的87件,占该类的37.7%;反映安全问题的118件,占11.4%,"
        "其中涉及消防安全的46件,占该类的39.0%。"
    )
    assert ("consistent", "46/118") in [(k.verdict, shown(k)) for k in checks_of(text)]
    assert "inconsistent" not in [k.verdict for k in checks_of(text) if k.kind == "share"]


def test_that_kind_after_a_category_opening_its_breakdown_is_the_category_counted_before():
    text = (
        "按诉求类型分,轮候、租金、维修和其他类分别为142件、109件、168件和55件。"
        "维修类信访中,反映房屋漏水渗水的62件,电梯故障的41件,占该类的24.4%,其他31件。"
    )
    assert ("consistent", "41/168") in [(k.verdict, shown(k)) for k in checks_of(text)]


def test_a_multiple_of_a_category_named_with_lei_is_the_item_named_so_in_a_list():
    text = (
        "按诉求类型分,轮候、配租、租金、维修、退出和其他类分别为142件、86件、109件、168件、"
        "64件和55件。维修类居首位。退出类是去年同期(29件)的2.2倍,增长较快。"
    )
    found = [(k.verdict, shown(k)) for k in checks_of(text) if k.kind == "per_capita"]
    assert found == [("consistent", "64/29")]


def test_a_breakdown_heading_before_a_figure_that_opens_its_parts_divides_that_figure():
    text = (
        "从拖欠主体看,年底尚未兑付的1,186.4万元粮款中,民营粮食经纪人拖欠812.4万元,占68.5%;"
        "粮食加工企业拖欠203.5元;县粮食收储公司库点待结算的尾款170.5万元。"
    )
    slips = [k for k in checks_of(text) if k.kind == "unit"]
    assert [k.verdict for k in slips] == ["inconsistent"]
    assert "203.5" in slips[0].message()


def test_what_each_payer_bears_adds_up_to_the_sum():
    right = "发放高龄津贴9,846.2万元,占34.4%,由市财政承担3,938.5万元、县财政承担5,907.7万元。"
    assert stated(right, "sum") == [("consistent", "3938.5万+5907.7万 = 9846.2万")]
    slip = right.replace("5,907.7万元", "5,907.7亿元")
    assert [k.verdict for k in checks_of(slip) if k.kind in ("sum", "unit")] == ["inconsistent"]


def _sum_anchors(text: str, total: str) -> list[tuple[str, int]]:
    """Each sum check over ``total`` with its arithmetic and where its total stands."""
    return [
        (shown(k), k.span[0])
        for k in checks_of(text)
        if k.kind == "sum" and k.message().split(" = ")[1].startswith(total)
    ]


def test_a_breakdown_of_the_headline_stays_with_it_when_a_series_restates_it():
    text = (
        "一、基本情况\n全年共受理涉农信访事项316件，同比上升8.2%（上年292件）。近三年分别受理265件、"
        "292件和316件，呈上升态势。上半年受理147件，下半年受理169件。\n二、主要问题\n从诉求内容看，"
        "土地承包类128件；宅基地类97件；补贴发放类54件；其他37件。"
    )
    first = text.index("316件")
    anchors = _sum_anchors(text, "316")
    assert ("128+97+54+37", first) in anchors
    assert [a for a in anchors if a[0] == "147+169"] == [("147+169", first)]


def test_a_breakdown_elsewhere_divides_the_figure_a_restatement_opening_parts_restates():
    text = (
        "全年收到复查复核申请540件，依法受理436件，受理率80.7%。受理的436件中，复查352件，复核84件。\n"
        "（二）内容分类。从受理事项的内容看，城乡建设类151件；劳动社保类119件；农业农村类97件；其他69件。"
    )
    first = text.index("436件")
    restated = text.index("436件", first + 1)
    # (once: not a second time over the restatement, which has parts of its own)
    assert _sum_anchors(text, "436") == [("151+119+97+69", first), ("352+84", restated)]


def test_a_summed_share_names_its_parts_in_shortened_or_reworded_words():
    text = (
        "全年共受理信访事项400件。从反映内容看，反映征地补偿标准偏低的132件，占33.0%；"
        "反映安置房质量和配套的96件，占24.0%；反映宅基地审批的88件，占22.0%；其他84件，占21.0%。"
        "补偿标准和房屋质量两类合计占57.0%。"
    )
    summed = [s for s in stated(text, "share") if "+" in s[1]]
    assert summed == [("consistent", "(132+96)/400 = 57%")]
    wrong = [s for s in stated(text.replace("57.0%", "67.0%"), "share") if "+" in s[1]]
    assert wrong == [("inconsistent", "(132+96)/400 = 57%")]
    # (a name no item's words hold most of is no name to guess from)
    vague = text.replace("补偿标准和房屋质量", "补偿和信访积案")
    assert ("unverifiable", "找不到可用于核算的总量") in stated(vague, "share")


def test_a_summed_share_names_the_items_of_a_respectively_list():
    text = (
        "全年共受理信访事项400件。轮候、配租、租金、其他类分别为142件、86件、109件和63件，"
        "占比依次为35.5%、21.5%、27.3%和15.8%。轮候和租金两类合计占62.8%。"
    )
    assert [s for s in stated(text, "share") if "+" in s[1]] == [
        ("consistent", "(142+109)/400 = 62.75%")
    ]


# --- per-population ratios over a named population -------------------------------------------


def test_a_ratio_per_ten_thousand_households_is_over_the_households_stated():
    text = (
        "截至年底，全市供水用户86.4万户。上半年共受理供水服务投诉5,646件，同比下降6.1%"
        "（上年同期6,012件），每万户投诉量65.3件。"
    )
    assert stated(text, "per_capita") == [("consistent", "5646/86.4万×10000 = 65.35")]
    wrong = text.replace("65.3件", "75.3件")
    assert stated(wrong, "per_capita") == [("inconsistent", "5646/86.4万×10000 = 65.35")]


def test_a_per_population_ratio_is_over_the_population_its_words_name():
    text = (
        "全县户籍人口52.4万人，其中农业人口38.6万人。全年全县共受理涉农信访事项1,124件，"
        "每万名农业人口信访量29.1件。"
    )
    assert stated(text, "per_capita") == [("consistent", "1124/38.6万×10000 = 29.12")]
    # the figure over the other population is wrong: that one gives it is no excuse
    over_all = text.replace("29.1件", "21.5件")
    assert stated(over_all, "per_capita") == [("inconsistent", "1124/38.6万×10000 = 29.12")]
    # (a flow is no population: 新增缴存职工 beside 实缴职工)
    flow = (
        "年末实缴职工42.8万人，全年新增缴存职工3.9万人。全年共受理信访投诉1,472件，"
        "每万名缴存职工信访投诉量377.4件。"
    )
    assert stated(flow, "per_capita") == [("inconsistent", "1472/42.8万×10000 = 34.39")]


def test_a_per_population_ratio_divides_the_category_its_words_name():
    text = (
        "全市有燃气用户86.4万户、集中供热用户41.8万户。全年受理燃气供热投诉6,842件，其中燃气类3,962件，"
        "供热类2,880件。每万户燃气用户投诉45.9件，每万户供热用户投诉33.3件。"
    )
    assert stated(text, "per_capita") == [
        ("consistent", "3962/86.4万×10000 = 45.86"),
        ("inconsistent", "2880/41.8万×10000 = 68.90"),
    ]
    # a population in the ratio's own unit is not what it divides
    cases = (
        "全年全市法院受理各类案件13.92万件。"
        "全年共接待处理涉诉信访2,318件，每万件案件涉诉信访量166.5件。"
    )
    assert stated(cases, "per_capita") == [("consistent", "2318/13.92万×10000 = 166.52")]


def test_a_respectively_list_of_changes_pairs_with_figures_each_followed_by_its_base():
    text = (
        "分季度看，一季度210件（上年同期180件）、二季度236件（205件）、三季度301件（244件）、"
        "四季度259件（231件），同比分别上升16.7%、15.1%、23.4%和22.1%。"
    )
    assert stated(text, "change") == [
        ("consistent", "210/180−1 = +16.67%"),
        ("consistent", "236/205−1 = +15.12%"),
        ("consistent", "301/244−1 = +23.36%"),
        ("inconsistent", "259/231−1 = +12.12%"),
    ]


def test_a_multiple_right_after_two_averages_compares_them():
    text = (
        "巡游车投诉1,962件，网约车投诉2,724件。按车辆数计算，巡游车每万辆投诉量2,867.6件，"
        "网约车1,460.0件，巡游车是网约车的2.0倍。"
    )
    assert stated(text, "per_capita")[-1] == ("consistent", "2867.6/1460.0 = 1.96")


# --- right figures the engine read over the wrong operands (from corrected planted errors) ----


def test_a_due_count_in_the_rate_s_own_clause_comes_before_finished_plus_pending():
    text = (
        "全年受理的申诉中，已办结1,488件，正在办理64件，办结率95.9%；到期应办结1,402件，"
        "按期办结1,377件，按期办结率98.2%。"
    )
    assert stated(text, "rate") == [
        ("consistent", "1488/(1488+64) = 95.88%"),
        ("consistent", "1377/1402 = 98.22%"),
    ]
    # (read over 1377+64 first, it was right only by the fallback that tries other wholes)
    assert [k.basis for k in checks_of(text) if k.kind == "rate"] == ["stated", "stated"]


def test_an_item_after_a_recap_of_the_items_before_is_no_part_of_that_recap():
    text = (
        "一、总体情况\n全月登记信访事项2,140件，同比下降3.1%。\n二、问题分类\n从反映问题看，"
        "住房保障类512件，占23.9%；劳动社保类388件，占18.1%。以上两类合计900件，占42.1%。"
        "医疗卫生类236件，占11.0%。"
    )
    last = [k for k in checks_of(text) if k.kind == "share"][-1]
    assert (last.verdict, last.basis) == ("consistent", "stated")
    assert last.message("zh").startswith("236/2140 = 11.03%")


def test_a_share_of_the_whole_area_takes_the_count_its_words_hold_that_area():
    text = (
        "一、热线情况\n二季度市民热线共受理群众诉求31.6万件。\n二、信访登记\n二季度全市各级信访"
        "部门共登记信访事项4,380件，同比下降2.2%。\n三、各区情况\n各区承办工单12.40万件，"
        "市直部门承办1.96万件。各区合计登记3,620件，市本级登记760件。东城、南城两个区合计"
        "1,506件，占全市的34.4%。"
    )
    assert stated(text, "share") == [("consistent", "1506/4380 = 34.38%")]


def test_a_difference_from_another_named_quarter_is_over_that_quarter_s_count():
    text = (
        "二季度受理1,862件，同比上升6.4%（上年同期1,750件）。"
        "三季度受理2,034件，比二季度增加172件，同比上升9.1%（上年同期1,864件）。"
    )
    assert stated(text, "difference") == [("consistent", "2034−1862 = 172")]


def test_a_share_of_batches_takes_the_batch_count_whatever_subject_it_carried_over():
    text = (
        "来访74批268人次。全年发生集体访6批142人次，比上年（9批231人次）批次减少3批、"
        "人次下降38.5%，占来访批次的8.1%。"
    )
    assert stated(text, "share") == [("consistent", "6/74 = 8.11%")]


def test_a_quarter_s_chain_change_in_its_own_clause_is_over_the_listed_quarter_before():
    text = (
        "分季度看，一季度214件（上年同期190件）、二季度236件（211件）、三季度298件（240件）、"
        "四季度262件（237件），同比分别上升12.6%、11.8%、24.2%和10.5%；四季度环比下降12.1%。"
    )
    assert stated(text, "change")[-1] == ("consistent", "262/298−1 = -12.08%")


def test_a_share_of_a_named_thing_takes_its_exact_count_further_back_over_a_nearer_head():
    text = (
        "一、总体情况\n全年受理患者投诉1,046件，其中门诊患者投诉742件，住院患者投诉304件。\n"
        "二、分季度\n一季度受理投诉236件，环比上升4.1%。二季度251件。三季度290件。四季度269件。\n"
        "三、问题分析\n按类型分，服务态度312件，诊疗质量248件，收费186件，其他300件。"
        "服务态度类中，针对医生的128件。住院患者投诉中，反映诊疗质量的121件，占住院患者投诉的39.8%。"
    )
    assert stated(text, "share")[-1] == ("consistent", "121/304 = 39.80%")


def test_a_count_that_refers_back_to_a_kind_is_no_whole_of_that_kind():
    text = (
        "一、受理情况\n全年受理教育信访483件。按问题性质分，义务教育招生入学类146件，占30.2%；"
        "教师待遇类98件，占20.3%。\n二、季节特点\n招生入学类信访具有季节性。7月至8月招生高峰期"
        "62天内，共受理此类信访103件，日均1.7件，占全年该类信访的70.5%。\n三、解决情况\n"
        "招生入学类信访中，经逐件核查，诉求合理并已协调解决的61件，其余作出解释说明。"
        "全年该类信访的实际解决率为41.8%。"
    )
    assert stated(text, "share")[-1] == ("consistent", "103/146 = 70.55%")
    assert stated(text, "rate") == [("consistent", "61/146 = 41.78%")]


def test_a_share_naming_its_part_finds_it_in_the_words_of_a_count_whose_subject_was_cut():
    text = (
        "第三季度共对214件信访事项开展督查督办。从事项来源看，上级交办66件，网上信访信息系统"
        "超期预警83件，群众重复反映21件，其中超期预警件占督办总量的38.8%。"
    )
    assert stated(text, "share") == [("consistent", "83/214 = 38.79%")]


def test_a_quota_the_words_pass_by_is_no_whole_of_the_thing():
    text = (
        "一、总体情况\n1. 总量。8月全市共受理信访事项1,986件，环比下降3.2%（7月2,052件）。\n"
        "2. 累计。1—8月（共244天）全市累计受理信访事项15,320件，同比下降1.8%（上年同期15,601件），"
        "日均62.8件；8月当月占累计的13.0%。累计已用去全年控制数24,000件的63.8%，高于时间进度。\n"
        "3. 渠道。8月网上信访1,388件，占当月总量的69.9%。1—8月累计网上信访10,488件，"
        "占累计总量的68.5%。"
    )
    assert stated(text, "share")[-1] == ("consistent", "10488/15320 = 68.46%")


def test_cases_closed_are_out_of_the_cases_opened():
    text = "全年受理劳动者投诉举报1,236件，经核查立案1,012件，已结案978件，结案率96.6%。"
    assert stated(text, "rate") == [("consistent", "978/1012 = 96.64%")]


def test_a_rate_that_says_it_includes_a_lesser_degree_adds_it():
    text = "初核办结236件，其中查实61件、部分查实48件，查实率（含部分查实）46.2%。"
    assert stated(text, "rate") == [("consistent", "(61+48)/236 = 46.19%")]


# --- false alarms of the session-28 dev sources, in sentences written for the tests ----------


def test_parts_the_report_says_overlap_make_no_total():
    text = (
        "三、隐患类型\n全年共受理举报投诉2,148件，同比上升6.2%。（二）按隐患类型分。一件举报往往"
        "反映多类隐患，以下类型有交叉：反映堵塞疏散通道的812件次，电动自行车违规充电704件次，"
        "消防设施损坏486件次，违规住人168件次。"
    )
    assert stated(text, "sum") == []
    # (不重复统计 says the opposite: the parts do make the total)
    plain = text.replace("一件举报往往反映多类隐患，以下类型有交叉", "以下类型不重复统计")
    assert stated(plain, "sum") == [("inconsistent", "812+704+486+168 = 2170")]


def test_a_category_opening_its_clause_is_found_with_quotes_in_its_name():
    text = (
        "居民住宅小区640件，沿街门店和“三合一”场所412件。居民住宅小区中，高层住宅371件，占该类的"
        "58.0%；沿街门店和“三合一”场所中，存在违规住人问题的133件，占该类的32.3%。"
    )
    assert stated(text, "share") == [
        ("consistent", "371/640 = 57.97%"),
        ("consistent", "133/412 = 32.28%"),
    ]


def test_an_outcome_of_another_clause_is_no_whole_of_a_rate_the_sentence_opening_names():
    text = (
        "二、核查情况\n有效举报全部组织核查，核查属实1,272件，属实率67.4%。各大队情况见下表：\n"
        "大队｜有效举报｜核查属实\n东城大队｜612｜418\n西城大队｜596｜393\n合计｜1,208｜811\n"
        "（二）处置情况。核查属实的隐患中，当场督促整改743件，下发责令限期改正通知书529件；"
        "对拒不整改的立案查处193件，立案率15.2%。"
    )
    assert stated(text, "rate")[-1] == ("consistent", "193/1272 = 15.17%")


def test_a_column_per_so_many_units_is_no_column_to_add():
    text = (
        "乡镇\t河段长度（公里）\t举报（件）\t每十公里举报（件）\n青石镇\t86.4\t118\t13.7\n"
        "双河镇\t72.8\t96\t13.2\n合计\t159.2\t214\t13.4\n"
    )
    assert [v for v, _ in stated(text, "sum")] == ["consistent", "consistent"]


def test_the_whole_inside_the_phrase_may_be_followed_by_its_proportion_word():
    text = "已有集中充电设施的住宅小区1,137个，占全市住宅小区1,562个的比例为72.8%。"
    k = only(text, "share")
    assert (k.verdict, k.basis) == ("consistent", "stated")


def test_a_part_named_by_its_head_noun_only_is_no_total_of_that_noun():
    text = (
        "全年共受理共享单车和电动自行车停放方面的投诉5,286件，同比下降3.8%。其中共享单车（含电单车）"
        "投诉3,412件、电动自行车停放投诉1,874件。两类投诉中反映车辆占道的合计2,090件，"
        "占投诉总量的39.5%。"
    )
    assert stated(text, "share") == [("consistent", "2090/5286 = 39.54%")]


def test_shares_of_the_first_few_of_a_list_are_a_selection():
    text = (
        "按类型分，航班延误1,294件、行李运输612件、票务538件、服务态度426件、安检318件、其他454件，"
        "前三类依次占投诉总量的35.5%、16.8%和14.8%。"
    )
    assert stated(text, "share_sum") == []


def test_an_emergency_word_is_no_due_total():
    # (应 of 应办结 is what was due; 应急 is another word, so its count is no stated total)
    text = "全县安装村级应急广播终端3,640个，全县412个行政村中已覆盖398个，行政村覆盖率96.6%。"
    assert stated(text, "rate") == [("consistent", "398/412 = 96.60%")]


def test_a_rate_after_a_part_opened_by_qizhong_is_read_over_the_part_it_fits():
    text = (
        "全年共受理用户故障报修3.72万次，其中城区2.16万次，在24小时内修复的2.08万次，"
        "及时修复率96.3%；农村1.56万次，在48小时内修复的1.41万次，及时修复率90.4%。"
    )
    assert stated(text, "rate") == [
        ("consistent", "2.08万/2.16万 = 96.30%"),
        ("consistent", "1.41万/1.56万 = 90.38%"),
    ]
    # (a figure the rate fits over neither is still accused, over the stated total)
    wrong = text.replace("及时修复率96.3%", "及时修复率93.6%")
    assert stated(wrong, "rate")[0] == ("inconsistent", "2.08万/3.72万 = 55.91%")


def test_the_whole_inside_the_phrase_may_stand_in_brackets():
    text = (
        "全年安排治理补助资金2,150万元，其中省级资金1,200万元、市级资金560万元、县级配套390万元，"
        "占县财政农业投入（0.86亿元）的25.0%。"
    )
    assert stated(text, "share") == [("consistent", "2150万/0.86亿 = 25%")]
    wrong = text.replace("25.0%", "28.0%")
    assert stated(wrong, "share") == [("inconsistent", "2150万/0.86亿 = 25%")]


def test_proportions_of_the_first_few_of_two_lists_are_each_over_its_own_item():
    text = (
        "年内对在保家庭共2,860户开展复核。其中城北街道1,210户、城南街道806户、柳溪镇452户、"
        "青山镇236户，其余乡镇合计156户。核查发现不再符合条件的118户，分乡镇为城北街道47户、"
        "城南街道35户、柳溪镇16户、青山镇9户、其余乡镇11户，前四个乡镇（街道）的不符合比例依次为"
        "3.9%、4.3%、3.5%和3.8%。"
    )
    assert stated(text, "share") == [
        ("consistent", "47/1210 = 3.88%"),
        ("consistent", "35/806 = 4.34%"),
        ("consistent", "16/452 = 3.54%"),
        ("consistent", "9/236 = 3.81%"),
    ]


def test_a_rate_may_say_in_the_bracket_after_it_that_it_includes_the_lesser_degree():
    text = (
        "对已办结事项电话回访1,860件；满意1,502件、基本满意238件、不满意120件，"
        "满意率93.5%（按满意和基本满意计）。"
    )
    assert stated(text, "rate") == [("consistent", "(1502+238)/1860 = 93.55%")]


def test_this_period_as_a_share_of_last_years_whole():
    text = (
        "1—9月累计受理615件（一季度204件），同比下降12.3%（上年同期701件），"
        "已相当于上年全年（842件）的73.0%。"
    )
    assert stated(text, "share") == [("consistent", "615/842 = 73.04%")]


def test_what_was_done_of_the_whole_is_no_sibling_of_a_part_named_before_it():
    text = (
        "对群众反映集中、久拖未决的118件实行挂牌督办，其中区政府督查室督办29件，已办结112件，"
        "督办件办结率94.9%。"
    )
    assert stated(text, "sum") == []
    # (a list of states, one of them done, is a breakdown)
    states = "逾期交房项目14个，其中已全部交付6个、部分交付5个、续建4个。"
    assert stated(states, "sum") == [("inconsistent", "6+5+4 = 15")]


def test_a_share_after_a_count_of_its_own_is_not_paired_with_a_closed_list():
    text = (
        "全年执行出港航班3.62万架次，其中延误5,120架次。延误航班中，天气原因2,048架次、"
        "航空公司原因1,296架次、流量控制1,310架次、其他原因466架次，天气原因占延误航班的40.0%；"
        "延误2小时以上的912架次，占延误航班的17.8%。"
    )
    assert stated(text, "share_sum") == []
    assert stated(text, "share") == [
        ("consistent", "2048/5120 = 40%"),
        ("consistent", "912/5120 = 17.81%"),
    ]


def test_a_per_case_average_is_over_the_cases():
    k = only("查处违法案件42起，收缴罚没款201.6万元，案均4.80万元。", "per_capita")
    assert (k.verdict, k.basis) == ("consistent", "stated")


# --- first sight of the 211–218 reports (sentences written for these tests) ------------------


def test_a_share_whose_part_is_named_in_words_is_of_the_bracketed_whole():
    # 罚没款金额 names the part in words; the whole stands in brackets inside 占…的
    text = (
        "全年立案查处违法建设76起,罚没款412.0万元,其中城区立案41起、罚没款265.5万元,"
        "乡镇立案35起、罚没款146.5万元;罚没款金额占全县综合执法领域罚没收入总额(0.58亿元)"
        "的{}%。"
    )
    right = only(text.format("7.1"), "share")
    assert (right.verdict, shown(right)) == ("consistent", "412万/0.58亿")
    # no figure of the sentence gives 9.3%: the part is not pinned, so no accusation over the
    # nearest one (146.5万/412.0万)
    assert only(text.format("9.3"), "share").verdict == "unverifiable"


def test_a_rate_is_not_counted_by_what_is_refused_or_not_done():
    text = "共收到临时占道许可申请865件,准予许可792件,不予许可73件,许可率{}%。"
    assert stated(text.format("91.6"), "rate") == [("consistent", "792/865 = 91.56%")]
    assert stated(text.format("8.4"), "rate")[0][0] == "inconsistent"
    refused = "共收到行政复议申请264件,决定受理231件,不予受理33件,受理率87.5%。"
    assert stated(refused, "rate") == [("consistent", "231/264 = 87.50%")]


def test_a_rate_counts_the_total_of_the_acted_counts_before_it():
    text = "全年排查农村自建房3,650户,其中存在结构隐患的A类214户、B类98户,合计312户,隐患率8.5%。"
    assert stated(text, "rate") == [("consistent", "312/3650 = 8.55%")]


def test_a_rate_explained_in_brackets_is_no_share_of_one_whole():
    # 改造完成率(竣工户数占危房户数)依次为…: each rate over its own town, no 100% sum
    text = (
        "排查出的危房户中,东岭镇148户、西坪乡126户、南河镇97户;已竣工的农户中,"
        "三个乡镇分别为139户、118户和90户,三个乡镇的改造完成率(竣工户数占危房户数)"
        "依次为93.9%、93.7%和92.8%。"
    )
    assert [k for k in checks_of(text) if k.kind == "share_sum"] == []
    assert {c.kind for c in extract(text).claims if c.unit == "%"} == {"rate"}


def test_an_average_is_not_over_the_whole_a_share_was_taken_of():
    text = (
        "全年受理征地拆迁类信访236件,占全区信访总量(1,918件)的12.3%;涉及群众613人次,件均2.6人次。"
    )
    found = only(text, "per_capita")
    # (the linker's own pairing, not the search's rescue of an accusation over 1,918)
    assert (found.verdict, found.basis, shown(found)) == ("consistent", "stated", "613/236")


def test_figures_linked_to_the_very_same_operands_are_not_all_accused():
    # both changes were linked to 412/356: at most one is computed from them
    text = "受理劳动争议案件412件,上年同期356件,同比上升15.7%,其中仲裁案件增长24.3%。"
    changes = {k.reported: k for k in checks_of(text) if k.kind == "change"}
    assert changes[Decimal("15.7")].verdict == "consistent"
    withdrawn = changes[Decimal("24.3")]
    assert withdrawn.verdict == "unverifiable"
    assert "15.7%" in withdrawn.message() and "不作判定" in withdrawn.message()
    assert "no verdict" in withdrawn.message("en") and "inconsistent" not in withdrawn.message("en")
    # alone over those operands, the wrong figure is accused
    alone = "受理劳动争议案件412件,上年同期356件,同比上升24.3%。"
    assert [k.verdict for k in checks_of(alone) if k.kind == "change"] == ["inconsistent"]


def test_a_named_whole_is_read_without_its_done_marker():
    # 占已开工小区的: 已开工47个, not the 52 小区 to be renovated that share the head noun
    text = (
        "全区实施改造的老旧小区52个,涉及楼栋386栋。截至9月底,已开工47个,开工率90.4%;"
        "已完工29个,占已开工小区的61.7%,已完成改造的楼栋214栋。"
    )
    assert stated(text, "share") == [("consistent", "29/47 = 61.70%")]


def test_a_named_whole_is_not_a_part_counted_after_its_name_opens_a_sentence():
    # 84件 follows 法律援助类中, and carries its name: a part of 法律援助类, not 法律援助类
    text = (
        "按业务分,法律援助类286件、律师执业类98件、公证类46件。法律援助类中,反映申请被拒或不予受理的"
        "84件,反映承办律师未及时会见的112件。与农民工讨薪援助有关的67件,分散在上述各类中,"
        "占法律援助类的23.4%。"
    )
    assert stated(text, "share") == [("consistent", "67/286 = 23.43%")]


def test_a_level_risen_to_is_not_of_the_base_levels_whole():
    # 占比由上年的50.0%提高到57.5%: 50.0% is of last year's 2,980, 57.5% of this year's 3,260
    text = (
        "今年共受理物业服务投诉3,260件,上年为2,980件。业主通过热线反映的1,874件,上年为1,490件,"
        "占比由上年的50.0%提高到57.5%。"
    )
    shares = {k.reported: k for k in checks_of(text) if k.kind == "share"}
    assert (shares[Decimal("50.0")].verdict, shown(shares[Decimal("50.0")])) == (
        "consistent",
        "1490/2980",
    )
    risen = shares[Decimal("57.5")]
    # (the linker's own pairing, not the search's rescue of an accusation over 2,980)
    assert (risen.verdict, risen.basis, shown(risen)) == ("consistent", "stated", "1874/3260")


def test_a_multiple_named_by_one_of_a_pair_of_names_takes_that_count():
    # 停车管理类 is the first of the pair 停车管理、车位租售纠纷174件, listed sentences before
    text = (
        "(二)诉求类型。物业收费纠纷512件;停车管理、车位租售纠纷174件;绿化养护93件;其他61件。"
        "物业收费纠纷比上年(430件)上升19.1%,停车管理类是上年(58件)的3.0倍。"
    )
    found = only(text, "per_capita")
    assert (found.verdict, found.basis, shown(found)) == ("consistent", "stated", "174/58")
    # a wrong multiple of the same count is accused
    wrong = text.replace("3.0倍", "2.4倍")
    assert [k.verdict for k in checks_of(wrong) if k.kind == "per_capita"] == ["inconsistent"]


def test_a_share_of_the_category_a_sentence_opens_with_is_not_of_a_class_total():
    # 974件 and 1,714件 count classes the report formed of the items; 占该类 after
    # 犬吠噪声扰民投诉中, is of 犬吠噪声扰民's own 1,428件
    text = (
        "按问题类型分,犬吠噪声扰民1,428件,流浪犬648件,犬只伤人326件,其他286件。"
        "按管理属性归并,流浪犬和犬只伤人属于犬只管理类,合计974件;犬吠和其他属于宠物扰民类,"
        "合计1,714件。\n犬吠噪声扰民投诉中,反映夜间犬吠的896件,占该类的62.7%。"
    )
    assert stated(text, "share") == [("consistent", "896/1428 = 62.75%")]


def test_an_opener_after_a_share_does_not_name_its_whole():
    # 噪声类中, opens the clause after the shares: 26.9% and 19.9% are of the 624件 received
    text = (
        "全区受理改造和加装电梯信访624件,同比上升12.0%。\n(三)反映的问题。反映施工噪声的168件、"
        "施工质量的124件、改造方案意见不一的96件、其他236件。噪声和质量两类分别占26.9%、19.9%,"
        "合计占46.8%;噪声类中,夜间施工74件、扬尘和建筑垃圾52件,夜间施工占该类的44.0%。"
    )
    assert stated(text, "share") == [
        ("consistent", "168/624 = 26.92%"),
        ("consistent", "124/624 = 19.87%"),
        ("consistent", "(168+124)/624 = 46.79%"),
        ("consistent", "74/168 = 44.05%"),
    ]


def test_a_category_is_counted_where_its_name_is_written_not_where_it_was_carried():
    # 一季度562件、二季度686件 carry 户籍类 on from the sentence before; 占该类 after 户籍类中,
    # is of the 836件 that name it
    text = (
        "上半年共受理户籍和居住证类信访投诉1,248件。其中户籍类836件,比上年同期上升23.3%;"
        "居住证类412件。分季度看,一季度562件、二季度686件。\n户籍类中,反映落户条件把握不一的"
        "248件,占该类的29.7%。"
    )
    assert stated(text, "share") == [("consistent", "248/836 = 29.67%")]


def test_a_share_after_the_breakdown_of_a_part_is_no_share_of_the_first_whole():
    # 75.7% follows 人才落户中: it is of 人才落户, and does not add up with 40.3% of all
    text = (
        "按落户类型分,人才落户6,420人、投靠亲属落户4,180人、购房落户3,860人、其他1,190人,"
        "人才落户占40.3%,居各类落户首位;人才落户中高校毕业生4,860人,占75.7%。"
    )
    assert [k for k in checks_of(text) if k.kind == "share_sum"] == []
    assert ("consistent", "4860/6420 = 75.70%") in stated(text, "share")


def test_a_whole_in_brackets_after_words_with_a_threshold_is_the_whole():
    # 65岁以上 holds digits of no figure: 8.62万人 in brackets is still the whole named
    text = "其中65岁以上老年人签约6.94万人,占全区65岁以上老年人(8.62万人)的80.5%。"
    assert stated(text, "share") == [("consistent", "6.94万/8.62万 = 80.51%")]
    wrong = text.replace("80.5%", "85.0%")
    assert [k.verdict for k in checks_of(wrong) if k.kind == "share"] == ["inconsistent"]


def test_a_rate_over_the_population_it_says_it_is_over():
    text = (
        "全区常住人口68.4万人,户籍人口52.6万人。截至9月底,全区签约居民27.36万人,"
        "签约率40.0%(按常住人口计算,下同)。"
    )
    found = only(text, "rate")
    assert (found.verdict, shown(found)) == ("consistent", "27.36万/68.4万")
    # over the other population the figure would hold, but the report said which it used
    wrong = text.replace("40.0%", "52.0%")
    assert [(k.verdict, shown(k)) for k in checks_of(wrong) if k.kind == "rate"] == [
        ("inconsistent", "27.36万/68.4万")
    ]


def test_shares_of_two_named_items_of_three_are_not_summed_to_the_whole():
    text = (
        "全年受理商品房信访567件。反映“一房多卖”的286件,反映延期交房的214件,其他67件。"
        "“一房多卖”和延期交房两类分别占50.4%和37.7%。"
    )
    assert stated(text, "share") == [
        ("consistent", "286/567 = 50.44%"),
        ("consistent", "214/567 = 37.74%"),
    ]
    assert [k for k in checks_of(text) if k.kind == "share_sum"] == []
    # three shares that make up the whole are still summed, and a wrong one accused
    whole = (
        "全年受理567件。从来源看,来信186件、来访214件、网上信访167件,分别占32.8%、37.7%和27.5%。"
    )
    assert [k.verdict for k in checks_of(whole) if k.kind == "share_sum"] == ["inconsistent"]


def test_a_section_titled_as_a_distribution_with_a_rest_closed_series_divides_the_headline():
    text = (
        "一、总体情况\n(一)总量。全年受理信访342件,比上年(268件)上升27.6%。\n"
        "(二)诉求。核定异议124件,占36.3%。\n"
        "(三)乡镇分布。青石乡、白岩镇、龙潭乡、松坪镇分别受理68件、57件、49件和{}件,"
        "{}合计132件。这几个乡镇地处林区。"
    )
    assert stated(text.format(44, "其余乡镇"), "sum") == [("inconsistent", "68+57+49+44+132 = 350")]
    assert stated(text.format(36, "其余乡镇"), "sum") == [("consistent", "68+57+49+36+132 = 342")]
    # a 分别 series not closed by the rest may be one of several acts: no breakdown is read
    assert stated(text.format(44, "白岩镇已化解"), "sum") == []


def test_items_of_one_list_summed_already_are_no_breakdown_of_each_other():
    text = (
        "1—9月受理投诉与信访486件。\n(四)机构分布。城关、东湖、柏山、南岸、西坪、新港中心分别受理"
        "118件、92件、76件、64件、54件和44件,其余中心和卫生院合计38件。"
    )
    assert stated(text, "sum") == [("consistent", "118+92+76+64+54+44+38 = 486")]


def test_a_figure_opening_its_parts_under_a_breakdown_heading_is_their_whole():
    text = (
        "一、举报情况\n全年受理投诉举报38,600件,其中举报12,124件。\n(二)按违法环节分。"
        "在12,124件举报中,涉及生产环节的1,064件、经营环节的8,432件、使用环节的{}件,"
        "经营环节占比最高。"
    )
    assert stated(text.format("2,646"), "sum")[-1] == ("inconsistent", "1064+8432+2646 = 12142")
    assert stated(text.format("2,628"), "sum")[-1] == ("consistent", "1064+8432+2628 = 12124")


def test_a_daily_average_is_over_the_period_written_nearest_its_count():
    text = (
        "全年受理信访412件。分时段看,上半年176件,下半年236件,其中年底分红集中的12月单月受理"
        "58件,占下半年的24.6%,日均{}件。"
    )
    assert stated(text.format("1.9"), "per_capita") == [("consistent", "58/31天(12月) = 1.87")]
    assert stated(text.format("2.3"), "per_capita") == [("inconsistent", "58/31天(12月) = 1.87")]
    # a numbered month has its own length; February's depends on the year
    assert stated("11月受理信访62件,日均2.4件。", "per_capita") == [
        ("inconsistent", "62/30天(11月) = 2.07")
    ]
    assert stated("2月受理信访58件,日均2.1件。", "per_capita")[0][0] == "consistent"


def test_a_year_s_part_is_not_a_share_of_a_total_over_years():
    text = (
        "全年实际完成搬迁1,186户;2021年实施避让搬迁以来,全县累计搬迁4,860户。按安置方式分,"
        "集中安置468户,分散自建安置392户,货币化安置326户,占搬迁户的{}%。"
    )
    assert ("consistent", "326/1186 = 27.49%") in stated(text.format("27.5"), "share")
    assert ("inconsistent", "326/1186 = 27.49%") in stated(text.format("6.7"), "share")
    # 累计 within the period is no total over years
    text = "上半年累计清退资金2.16亿元。清退资金中,追缴涉案资金1.38亿元,占63.9%。"
    assert ("consistent", "1.38亿/2.16亿 = 63.89%") in stated(text, "share")


def test_changes_listed_from_bases_are_of_the_counts_their_names_gave_before():
    text = (
        "全年受理供暖投诉2,160件,物业服务投诉1,307件,其他投诉318件。与上年相比,供暖、物业服务"
        "投诉分别由1,846件和1,215件上升{}%和7.6%,其他投诉与上年持平。"
    )
    assert stated(text.format("17.0"), "change")[:2] == [
        ("consistent", "2160/1846−1 = +17.01%"),
        ("consistent", "1307/1215−1 = +7.57%"),
    ]
    assert stated(text.format("19.0"), "change")[0] == ("inconsistent", "2160/1846−1 = +17.01%")


def test_a_sentence_opening_with_a_count_s_name_is_about_that_count():
    text = (
        "全年受理噪声投诉9,420件。其中建筑施工噪声3,216件,社会生活噪声4,108件,交通噪声2,096件。"
        "建筑施工噪声投诉涉及工地146个,个均{}件,其中夜间施工的1,874件,占{}%,白天施工的1,342件。"
    )
    assert stated(text.format("22.0", "58.3"), "share") == [("consistent", "1874/3216 = 58.27%")]
    assert stated(text.format("22.0", "19.9"), "share") == [("inconsistent", "1874/3216 = 58.27%")]
    assert stated(text.format("22.0", "58.3"), "per_capita") == [("consistent", "3216/146 = 22.03")]
    assert stated(text.format("24.0", "58.3"), "per_capita") == [
        ("inconsistent", "3216/146 = 22.03")
    ]


def test_a_whole_named_with_its_amount_word_is_the_amount_of_that_act():
    text = (
        "全年各类补贴应兑现3.64亿元,实际兑现3.25亿元,兑现率89.3%,年底尚未兑现3,900万元,"
        "占应兑现额的{}%。"
    )
    assert stated(text.format("10.7"), "share") == [("consistent", "3900万/3.64亿 = 10.71%")]
    assert stated(text.format("12.0"), "share") == [("inconsistent", "3900万/3.64亿 = 10.71%")]
    text = (
        "安家费应兑现2.08亿元,安家费已兑现1.86亿元,其中博士安家费5,120万元,占安家费已兑现额的{}%。"
    )
    assert stated(text.format("27.5"), "share") == [("consistent", "5120万/1.86亿 = 27.53%")]


def test_a_ratio_is_over_the_population_its_clause_says_it_is_computed_over():
    text = (
        "全年新引进各类人才5,210人,享受补贴的人才9,874人。全年受理补贴兑现信访396件;"
        "按当年新引进人才计算,每千名人才信访{}件。"
    )
    assert stated(text.format("76.0"), "per_capita") == [("consistent", "396/5210×1000 = 76.01")]
    assert stated(text.format("40.1"), "per_capita") == [("inconsistent", "396/5210×1000 = 76.01")]


def test_a_share_named_by_a_shortened_name_is_of_the_count_so_named():
    text = (
        "全年调处土地纠纷412件,其中村级调解委员会调处236件,乡镇调处128件,县级联合调处48件,"
        "村级调处占调处总数的{}%。"
    )
    assert stated(text.format("57.3"), "share") == [("consistent", "236/412 = 57.28%")]
    assert stated(text.format("11.7"), "share") == [("inconsistent", "236/412 = 57.28%")]


def test_a_whole_named_with_its_petition_noun_is_not_the_business_of_that_name():
    text = (
        "全年办理公证5.86万件。全年受理公证和鉴定投诉390件,其中公证投诉148件,鉴定投诉242件。"
        "投诉涉及当事人530人。热线转办210件。网上投诉96件。来信84件。来访31批。交办19件。"
        "公证投诉中,反映程序不规范的52件,占公证投诉的{}%。"
    )
    assert stated(text.format("35.1"), "share") == [("consistent", "52/148 = 35.14%")]
    assert stated(text.format("39.9"), "share") == [("inconsistent", "52/148 = 35.14%")]


def test_a_whole_named_for_one_kind_of_people_is_not_carried_to_another():
    text = (
        "全市执业公证员92名,司法鉴定人236名。全年受理投诉390件。热线转办210件。网上投诉96件。"
        "来信84件。来访31批。交办19件。被投诉公证员38名,占执业公证员的41.3%;"
        "被投诉司法鉴定人57名,占24.2%。"
    )
    assert ("inconsistent", "57/92 = 61.96%") not in stated(text, "share")


def test_a_rate_is_over_the_count_it_says_it_is_computed_over():
    text = (
        "全年受理认定申请2,914件,作出认定结论2,768件,其中认定工伤2,531件、不予认定237件,"
        "工伤认定率(按作出结论计){}%。"
    )
    assert stated(text.format("91.4"), "rate") == [("consistent", "2531/2768 = 91.44%")]
    assert stated(text.format("86.9"), "rate") == [("inconsistent", "2531/2768 = 91.44%")]


def test_the_petition_total_opening_a_later_section_is_the_headline():
    filler = "".join(f"第{n}项工作按计划推进。" for n in "一二三四五六")
    text = (
        "一、业务情况。全年受理认定申请2,914件,作出认定结论2,768件。" + filler + "二、信访情况。"
        "全年受理工伤方面信访692件。" + filler + "涉及农民工的358件,占{}%,与分类交叉统计。"
    )
    assert stated(text.format("51.7"), "share") == [("consistent", "358/692 = 51.73%")]
    # another office's petitions further on are not the report's headline
    other = text.replace("全年受理工伤方面信访692件", "县总工会全年受理职工信访692件")
    assert ("consistent", "358/692 = 51.73%") not in stated(other.format("51.7"), "share")


def test_a_trade_s_ratio_is_over_that_trade_s_population():
    text = (
        "认定工伤的2,614名职工中,制造业1,106人、建筑业712人、其他行业796人。全年受理信访"
        "712件。从行业看,建筑业254件,制造业231件;按认定工伤人数计算,建筑业每百名认定工伤"
        "职工对应信访{}件。"
    )
    assert stated(text.format("35.7"), "per_capita") == [("consistent", "254/712×100 = 35.67")]
    assert stated(text.format("9.7"), "per_capita") == [("inconsistent", "254/712×100 = 35.67")]


def test_a_per_business_ratio_is_over_the_business_not_the_petitions():
    text = (
        "全年办理公证5.12万件。全年办理司法鉴定1.64万件。全年受理两类投诉384件,其中公证投诉"
        "146件,司法鉴定投诉238件。按业务量计算,每万件公证投诉{}件,每万件司法鉴定投诉{}件。"
    )
    assert stated(text.format("28.5", "145.1"), "per_capita") == [
        ("consistent", "146/5.12万×10000 = 28.52"),
        ("consistent", "238/1.64万×10000 = 145.12"),
    ]
    assert stated(text.format("38.0", "145.1"), "per_capita")[0] == (
        "inconsistent",
        "146/5.12万×10000 = 28.52",
    )


def test_a_breakdown_opened_by_a_count_s_full_name_is_of_that_count():
    text = (
        "全年受理两类投诉384件,其中公证投诉146件,司法鉴定投诉238件。涉及标的额100万元以上"
        "公证事项的17件。公证投诉中,反映程序不规范的52件;反映收费问题的41件;反映出证超期的"
        "30件;其他{}件。"
    )
    assert ("consistent", "52+41+30+23 = 146") in stated(text.format("23"), "sum")
    assert ("inconsistent", "52+41+30+27 = 150") in stated(text.format("27"), "sum")
    assert not any("= 17" in m or "17件" in m for _, m in stated(text.format("23"), "sum"))


def test_a_share_of_those_its_words_describe_checks_only_a_whole_number_of_them():
    text = "全县登记食品经营主体6,218家。约谈问题集中的17家餐饮单位负责人,约谈后整改到位的占{}%。"
    assert [k.kind for k in checks_of(text.format("82.4")) if k.kind != "sum"] == ["granularity"]
    assert stated(text.format("82.4"), "granularity")[0][0] == "consistent"  # 14 of 17
    assert stated(text.format("83.0"), "granularity")[0][0] == "inconsistent"
    # an item with a share of its own is one of a list, not what the clause is about
    listed = "食品安全类信访中,反映网络订餐的218件,占29.6%;反映校园周边的占13.2%。"
    assert stated(listed, "granularity") == []


def test_an_item_s_average_is_over_that_item_s_own_pair_of_counts():
    text = (
        "平时用作停车的人防工程812处,设置人防车位12.46万个,其中住宅小区664处、9.82万个,"
        "公共建筑148处、2.64万个,住宅小区人防工程处均车位{}个。"
    )
    assert stated(text.format("148"), "per_capita") == [("consistent", "9.82万/664 = 147.89")]
    assert stated(text.format("153"), "per_capita") == [("inconsistent", "9.82万/664 = 147.89")]


def test_a_rate_of_putting_right_is_over_what_was_found_wrong():
    text = "排查人防工程1,148处,发现违规改造的126处,占11.0%,已整改107处,整改率{}%。"
    assert stated(text.format("84.9"), "rate") == [("consistent", "107/126 = 84.92%")]
    assert stated(text.format("9.3"), "rate") == [("inconsistent", "107/126 = 84.92%")]


def test_a_rate_whose_sentence_opens_with_a_whole_counted_sections_before():
    filler = "".join(f"第{n}项工作按计划推进。" for n in "一二三四五六")
    text = (
        "全年受理投诉举报1,712件,其中投诉1,268件,举报444件。" + filler + "(一)投诉处理。"
        "受理的投诉中,已办结1,239件,办结率{}%。"
    )
    assert stated(text.format("97.7"), "rate") == [("consistent", "1239/1268 = 97.71%")]
    assert stated(text.format("72.4"), "rate") == [("inconsistent", "1239/1268 = 97.71%")]


def test_that_kind_s_named_measure_is_the_count_of_the_part_s_kind_so_named():
    text = (
        "定金意向金纠纷涉及金额1,148.2万元,佣金纠纷涉及金额392.6万元。督促经纪机构退还定金、"
        "意向金和佣金534.8万元,其中定金意向金401.3万元、佣金133.5万元,退还的定金意向金占该类"
        "纠纷涉及金额的{}%。"
    )
    assert stated(text.format("35.0"), "share") == [("consistent", "401.3万/1148.2万 = 34.95%")]
    assert stated(text.format("75.0"), "share") == [("inconsistent", "401.3万/1148.2万 = 34.95%")]


def test_a_stock_at_year_end_is_not_the_stock_at_year_start():
    text = (
        "全县年初在册地质灾害隐患点412处,年内新查明19处、核销35处,年末在册396处。"
        "年末在册隐患点中,滑坡206处、崩塌92处、泥石流41处、不稳定斜坡57处,滑坡占{}%。"
    )
    assert ("consistent", "206+92+41+57 = 396") in stated(text.format("52.0"), "sum")
    assert stated(text.format("52.0"), "share") == [("consistent", "206/396 = 52.02%")]
    assert ("inconsistent", "206+92+41+57 = 396") not in stated(text.format("52.0"), "sum")


def test_a_category_s_breakdown_ends_where_the_next_category_opens():
    text = (
        "光伏贷还款纠纷84件,安装质量类67件。光伏贷还款纠纷中,反映虚假宣传的51件,占该类的60.7%;"
        "安装质量类中,反映屋顶漏水的40件,占该类的59.7%。"
    )
    assert not any(m.startswith("51+40") for _, m in stated(text, "sum"))


def test_a_share_s_part_named_in_words_before_its_phrase_is_the_count_so_named():
    text = (
        "1—9月拨付签约服务费1,486.2万元,其中医保基金支付902.4万元、公共卫生经费372.6万元、"
        "签约居民个人支付229.2万元,签约服务费占全区基层机构同期收入(1.93亿元)的{}%。"
    )
    assert stated(text.format("7.7"), "share") == [("consistent", "1486.2万/1.93亿 = 7.70%")]
    assert stated(text.format("1.2"), "share") == [("inconsistent", "1486.2万/1.93亿 = 7.70%")]


def test_a_category_list_with_a_part_inside_one_item_still_makes_the_total():
    text = (
        "全年受理工伤方面信访734件。工伤认定类286件,占39.0%,其中不服不予认定结论的97件,"
        "占该类的33.9%;待遇类231件,占31.5%;鉴定类118件;其他{}件。"
    )
    assert ("consistent", "286+231+118+99 = 734") in stated(text.format("99"), "sum")
    # (only an exact sum is read this way: a list that misses confirms nothing)
    assert not any(v == "inconsistent" for v, _ in stated(text.format("95"), "sum"))


def test_a_list_closed_by_the_rest_whose_shares_fit_the_total_may_miss_it():
    text = (
        "全年受理经纪纠纷投诉1,186件。反映定金退还的324件,占27.3%;反映佣金收取的276件,占23.3%;"
        "反映虚假房源的173件;反映隐瞒抵押的148件;反映服务态度的112件;其他{}件。"
    )
    assert ("consistent", "324+276+173+148+112+153 = 1186") in stated(text.format("153"), "sum")
    assert ("inconsistent", "324+276+173+148+112+147 = 1180") in stated(text.format("147"), "sum")
    # further off, the list may hold what is not an item: nothing is said
    assert not any(v == "inconsistent" for v, _ in stated(text.format("60"), "sum"))
    # without an item for the rest the list need not be all of the total
    open_list = text.replace("其他{}件", "反映合同纠纷的{}件")
    assert not any(v == "inconsistent" for v, _ in stated(open_list.format("147"), "sum"))


def test_an_average_over_people_named_by_the_head_of_their_name():
    text = (
        "全市有司法鉴定机构12家,司法鉴定人186名。全年办理司法鉴定1.62万件,鉴定收费4,418.6万元,"
        "鉴定人人均业务收入{}。"
    )
    assert stated(text.format("23.8万元"), "per_capita") == [
        ("consistent", "4418.6万/186 = 237559.14")
    ]
    (slip,) = [k for k in checks_of(text.format("23.8元")) if k.kind == "unit"]
    assert slip.verdict == "inconsistent"


def test_a_money_list_that_makes_its_total_only_with_one_scale_word_swapped():
    head = "全年兑现举报奖励金额214.6万元,单笔最高奖励11.2万元。"
    slip = head + "奖励资金中省局兑付138.2万元、市县局兑付76.4元。"
    (unit,) = [k for k in checks_of(slip) if k.kind == "unit"]
    assert unit.verdict == "inconsistent" and "76.4元" in unit.message()
    # as written it makes the total: no unit finding; off in another way: nothing said
    assert not [k for k in checks_of(slip.replace("76.4元", "76.4万元")) if k.kind == "unit"]
    assert not [k for k in checks_of(slip.replace("76.4元", "71.4元")) if k.kind == "unit"]
    # a total written right after the list, and items set apart by ; with their shares
    after = "救助资金来源是区里拨付13.4万元、街道自筹7.6万元、社会捐助2.8元,共23.8万元。"
    assert [k.verdict for k in checks_of(after) if k.kind == "unit"] == ["inconsistent"]
    apart = "挽回损失1,312.6万元,其中追回工资338.4万元,占25.8%;赔偿款826.8万元;其他147.4亿元。"
    assert [k.verdict for k in checks_of(apart) if k.kind == "unit"] == ["inconsistent"]


def test_an_average_that_holds_only_with_wan_over_a_count_named_alike_earlier():
    head = "全年竣工危房改造户中拆除重建512户、修缮加固846户。各项工作有序推进。"
    text = head + "按改造方式分,拆除重建补助1,702.6万元;修缮加固补助1,243.6万元,户均{}。"
    (unit,) = [k for k in checks_of(text.format("1.47元")) if k.kind == "unit"]
    assert unit.verdict == "inconsistent" and "1243.6万/846" in unit.message()
    # off in any other way, the average stays unchecked
    assert not [k for k in checks_of(text.format("1.62元")) if k.kind == "unit"]


def test_a_rate_s_stated_basis_in_a_bracket_after_it_or_with_a_measure_word():
    text = (
        "上半年受理投诉5,012件。上半年已处理投诉4,836件,处理率96.5%,其中在规定时限内处理的"
        "4,652件,及时处理率{}%(按已处理件数计算)。"
    )
    assert stated(text.format("96.2"), "rate")[-1] == ("consistent", "4652/4836 = 96.20%")
    # 4652/5012 = 92.8%: over what was received, against the basis the report stated
    assert stated(text.format("92.8"), "rate")[-1] == ("inconsistent", "4652/4836 = 96.20%")
    text = (
        "全年受理投诉356件。各项工作有序推进。全年办结344件,办结率96.6%,其中按期办结329件,"
        "按期办结率(按受理件数计算){}%。"
    )
    assert stated(text.format("92.4"), "rate")[-1] == ("consistent", "329/356 = 92.42%")
    assert stated(text.format("95.6"), "rate")[-1] == ("inconsistent", "329/356 = 92.42%")


def test_a_change_with_its_base_in_its_clause_is_of_the_count_of_the_base_s_name():
    text = (
        "从业务类别看,户籍类812件、出入境类438件、窗口环境和其他82件,户籍类比上年同期(968件)"
        "下降{}%,出入境类比上年同期(366件)上升19.7%。"
    )
    assert stated(text.format("16.1"), "change")[0] == ("consistent", "812/968−1 = -16.12%")
    assert stated(text.format("19.2"), "change")[0] == ("inconsistent", "812/968−1 = -16.12%")


def test_a_category_s_change_with_its_base_in_brackets_is_of_its_count_before():
    text = (
        "按产品分,涉及药品的15,862件、医疗器械的9,514件、化妆品的10,936件。与上年相比,药品类"
        "(上年16,348件)下降3.0%,化妆品类(上年9,102件)上升{}%。"
    )
    assert stated(text.format("20.1"), "change")[-1] == ("consistent", "10936/9102−1 = +20.15%")
    assert stated(text.format("16.8"), "change")[-1] == ("inconsistent", "10936/9102−1 = +20.15%")


def test_a_rate_s_basis_names_the_act_without_its_manner_or_its_plan():
    text = (
        "上半年办结1,214件,按期办结1,183件,按期办结率97.4%。经调查核实,投诉属实或部分属实的"
        "326件,查实率{}%(按已办结计算)。"
    )
    assert stated(text.format("26.9"), "rate")[-1] == ("consistent", "326/1214 = 26.85%")
    assert stated(text.format("27.6"), "rate")[-1] == ("inconsistent", "326/1214 = 26.85%")
    text = "今年新开工72部,完成年度开工计划(90部)的80.0%;完工投用46部,完工投用率{}%(按已开工计算)。"
    assert stated(text.format("63.9"), "rate")[-1] == ("consistent", "46/72 = 63.89%")
    assert stated(text.format("51.1"), "rate")[-1] == ("inconsistent", "46/72 = 63.89%")


def test_an_average_over_the_one_count_named_like_its_numerator_sentences_before():
    text = (
        "按诉求分,反映定金、意向金退还纠纷的352件,反映佣金收取纠纷的287件。各区均已建立台账。"
        "定金意向金纠纷涉及金额1,302.4万元,件均{}万元。"
    )
    assert stated(text.format("3.70"), "per_capita") == [("consistent", "1302.4万/352 = 37000")]
    assert stated(text.format("3.07"), "per_capita") == [("inconsistent", "1302.4万/352 = 37000")]
    # two counts named as closely leave it open
    two = text.replace("反映佣金收取纠纷的287件", "反映定金意向金违约纠纷的287件")
    assert [v for v, _ in stated(two.format("3.07"), "per_capita")] == ["unverifiable"]


def test_a_list_closed_by_the_rest_may_miss_the_headline_by_a_few():
    text = (
        "全年共受理信访事项652件,同比下降4.1%。城关镇128件、河口镇96件、石桥镇84件,"
        "其余九个乡镇合计{}件,县局本级48件。"
    )
    assert ("consistent", "128+96+84+296+48 = 652") in stated(text.format("296"), "sum")
    assert ("inconsistent", "128+96+84+293+48 = 649") in stated(text.format("293"), "sum")
    # further off (here 6%), the list may be of something else: nothing is said
    assert not any(v == "inconsistent" for v, _ in stated(text.format("257"), "sum"))


def test_a_described_share_may_name_its_kind_and_follow_another_clause():
    text = "抽检安置房52套,合格率94.2%;对全县十三个乡镇开展专项核查,按时足额发放补助的乡镇占{}%。"
    assert stated(text.format("84.6"), "granularity")[-1] == ("consistent", "分母13")  # 11/13
    assert stated(text.format("84.0"), "granularity")[-1] == ("inconsistent", "分母13")


def test_that_kind_is_a_count_of_its_name_not_money_of_it():
    text = (
        "全年兑付补偿资金58.6万元。反映补偿兑付慢、未兑付的104件,反映核定有异议的131件。"
        "兑付类中,因材料退回补正造成拖延的61件,占该类的{}%。"
    )
    assert stated(text.format("58.7"), "share") == [("consistent", "61/104 = 58.65%")]
    assert stated(text.format("16.9"), "share") == [("inconsistent", "61/104 = 58.65%")]


def test_sub_sections_titled_by_their_counts_break_the_total_down():
    text = (
        "一、总体情况\n全年共受理城市管理类投诉2,846件,同比上升6.2%。\n二、投诉类型分析\n"
        "(一)占道经营702件,占24.7%,主要集中在夜市周边。\n(二)违法建设588件,以顶楼加盖为主。\n"
        "(三)噪声扰民496件,主要是夜间施工。\n(四)其他{}件,涉及户外广告等。\n"
    )
    assert ("consistent", "702+588+496+1060 = 2846") in stated(text.format("1,060"), "sum")
    assert ("inconsistent", "702+588+496+1048 = 2834") in stated(text.format("1,048"), "sum")
    # further off, nothing is said
    assert not any(v == "inconsistent" for v, _ in stated(text.format("860"), "sum"))


def test_ratios_per_hundred_things_listed_after_named_counts():
    # the counts are each written after their place's name, with no 分别
    text = (
        "按受理单位分,东城所86件、西城所64件、南城所52件、北城所41件。四个所全年登记车辆分别为"
        "3,210辆、2,480辆、2,150辆和1,870辆,每百辆登记车辆对应投诉依次为2.7件、2.6件、{}件和2.2件。"
    )
    found = [(k.verdict, shown(k)) for k in checks_of(text.format("2.4")) if k.kind == "per_capita"]
    assert found == [
        ("consistent", "86/3210×100"),
        ("consistent", "64/2480×100"),
        ("consistent", "52/2150×100"),  # 2.42
        ("consistent", "41/1870×100"),
    ]
    planted = [k.verdict for k in checks_of(text.format("3.4")) if k.kind == "per_capita"]
    assert planted == ["consistent", "consistent", "inconsistent", "consistent"]


def test_a_longer_named_list_gives_the_places_the_ratios_name():
    text = (
        "城东街道412件、城西街道356件、江北街道298件、江南街道180件,其余三个镇合计204件。"
        "城东、城西、江北三个街道登记犬只分别为3,860只、2,970只和3,310只,"
        "每百只登记犬只对应投诉依次为10.7件、{}件和9.0件。"
    )
    found = [
        (k.verdict, shown(k)) for k in checks_of(text.format("12.0")) if k.kind == "per_capita"
    ]
    assert found == [
        ("consistent", "412/3860×100"),
        ("consistent", "356/2970×100"),  # 11.99
        ("consistent", "298/3310×100"),
    ]
    assert [k.verdict for k in checks_of(text.format("12.9")) if k.kind == "per_capita"][1] == (
        "inconsistent"
    )
    # names that are not the list's first ones in order pair nothing
    other = text.replace("城东、城西、江北三个街道", "城西、江北、江南三个街道")
    assert not [
        k
        for k in checks_of(other.format("12.0"))
        if k.kind == "per_capita" and k.verdict == "inconsistent"
    ]


def test_a_ratio_list_after_a_cue_and_the_noun_it_counts():
    text = (
        "甲乙丙三个工作站分别受理援助案件1,240件、980件和760件;法律援助类投诉依次为52件、38件和27件;"
        "三个工作站每百件援助案件投诉依次为4.2件、3.9件和{}件。"
    )
    found = [(k.verdict, shown(k)) for k in checks_of(text.format("3.6")) if k.kind == "per_capita"]
    assert found == [
        ("consistent", "52/1240×100"),
        ("consistent", "38/980×100"),
        ("consistent", "27/760×100"),  # 3.55
    ]


def test_shares_of_the_first_items_of_a_list_over_what_the_list_adds_up_to():
    text = (
        "全年共受理涉犬投诉1,250件,同比上升8.1%。按问题类型分,犬吠扰民460件,遛犬不拴绳310件,"
        "犬只粪便220件,犬只伤人140件,其他120件,前三类分别占36.8%、{}%和17.6%,三类合计占{}%。"
    )
    assert stated(text.format("24.8", "79.2"), "share") == [
        ("consistent", "460/1250 = 36.80%"),
        ("consistent", "310/1250 = 24.80%"),
        ("consistent", "220/1250 = 17.60%"),
        ("consistent", "(460+310+220)/1250 = 79.20%"),
    ]
    planted = stated(text.format("28.4", "72.9"), "share")
    assert [v for v, _ in planted] == ["consistent", "inconsistent", "consistent", "inconsistent"]


def test_the_first_items_need_a_whole_the_list_adds_up_to():
    # the list (1,240) is not all of the stated 1,250: no whole is guessed for 前两类
    text = (
        "全年共受理涉犬投诉1,250件。按问题类型分,犬吠扰民460件,遛犬不拴绳310件,"
        "犬只粪便220件,犬只伤人140件,其他110件,前两类合计占99.9%。"
    )
    assert not [v for v, _ in stated(text, "share") if v == "inconsistent"]


def test_a_summed_share_of_the_items_its_noun_names():
    text = (
        "全年共受理投诉2,140件。按渠道分,12345热线转办1,020件,12315热线540件,网上投诉平台410件,"
        "来信来访170件,两条热线合计占{}%。"
    )
    assert stated(text.format("72.9"), "share") == [("consistent", "(1020+540)/2140 = 72.90%")]
    assert stated(text.format("79.2"), "share") == [("inconsistent", "(1020+540)/2140 = 72.90%")]


def test_named_parts_without_shares_of_their_own_over_what_their_list_makes():
    text = (
        "全年受理信访件820件。信访件中,征地补偿类236件;安置房类184件;拆迁程序类160件;其他240件。"
        "征地补偿和安置房两类合计占{}%。"
    )
    assert stated(text.format("51.2"), "share") == [("consistent", "(236+184)/820 = 51.22%")]
    assert stated(text.format("55.2"), "share") == [("inconsistent", "(236+184)/820 = 51.22%")]


def test_n_categories_summed_are_the_categories_not_a_part_after_qizhong():
    text = (
        "全年共受理投诉1,280件。按诉求分,补偿标准类410件,占32.0%,其中反映评估价偏低的260件,"
        "占该类的63.4%;安置方式类230件,占18.0%;两类合计{}件,占50.0%。"
    )
    assert ("consistent", "410+230 = 640") in stated(text.format("640"), "sum")
    assert ("inconsistent", "410+230 = 640") in stated(text.format("490"), "sum")
    # the share of the two together is not a third part of the composition
    assert not [v for v, _ in stated(text.format("640"), "share_sum") if v == "inconsistent"]


def test_an_average_over_the_one_listed_item_its_clause_names():
    text = (
        "全年搬迁农户420户。从安置方式看,集中安置230户、分散自建150户、投亲靠友40户;"
        "分散自建户由乡镇统一划定宅基地,面积合计1.8万平方米,户均{}平方米。"
    )
    assert stated(text.format("120.0"), "per_capita") == [("consistent", "1.8万/150 = 120")]
    assert stated(text.format("42.9"), "per_capita") == [("inconsistent", "1.8万/150 = 120")]


def test_gai_lei_after_qizhong_is_the_category_the_qizhong_breaks_down():
    text = (
        "全年受理户籍业务投诉820件。户籍业务投诉中,反映办理时限长的236件,占户籍业务投诉的28.8%;"
        "反映迁移落户问题的190件,其中材料要求多的114件,占该类的{}%,其余是政策理解问题。"
    )
    assert stated(text.format("60.0"), "share")[-1] == ("consistent", "114/190 = 60%")
    assert stated(text.format("13.9"), "share")[-1] == ("inconsistent", "114/190 = 60%")


def test_a_part_named_within_a_whole_shortened_from_the_front():
    text = (
        "全年受理投诉1,640件,其中车驾管业务投诉952件,机动车检测站投诉688件。"
        "一、车驾管业务。反映办理时限长的318件;反映考试问题的276件。"
        "二、检测站。反映收费问题的286件;反映排队时间长的142件;其他260件。"
        "检测站投诉中涉及营运车辆的172件,占{}%,与上述分类交叉统计。"
    )
    assert stated(text.format("25.0"), "share")[-1] == ("consistent", "172/688 = 25%")
    assert stated(text.format("10.5"), "share")[-1] == ("inconsistent", "172/688 = 25%")


def test_a_net_change_is_what_came_in_less_what_went_out():
    text = "全年新增登记会员1,420人,因迁出、死亡等注销612人,年末会员比年初(3.62万人)净增{}人。"
    assert stated(text.format("808"), "difference") == [("consistent", "1420−612 = 808")]
    assert stated(text.format("880"), "difference") == [("inconsistent", "1420−612 = 808")]


def test_a_clause_that_names_its_own_level_takes_no_other_figure_for_it():
    # 年末在册人数 is not stated: the 318 counted before is no level of it
    text = "全年办理转移接续318人,年末在册人数比年初(1,240人)增加86人。"
    assert "inconsistent" not in [v for v, _ in stated(text, "difference")]


def test_a_change_of_an_average_over_last_years_value_in_brackets():
    text = "全年受理1,286件,每万人信访量{}件,比上年(19.2件)下降6.3%。"
    assert ("consistent", "18.0/19.2−1 = -6.25%") in stated(text.format("18.0"), "change")
    assert ("inconsistent", "18.9/19.2−1 = -1.56%") in stated(text.format("18.9"), "change")


def test_a_price_per_measure_and_its_change():
    text = "充电服务费收入2.82亿元,平均服务费0.58元/千瓦时,比上年(0.66元/千瓦时)下降{}%。"
    assert stated(text.format("12.1"), "change") == [("consistent", "0.58/0.66−1 = -12.12%")]
    assert stated(text.format("21.1"), "change") == [("inconsistent", "0.58/0.66−1 = -12.12%")]


def test_the_base_of_a_total_is_no_base_of_the_average_before_it():
    text = "全年赔偿386.4万元,平均每起2.65万元,比去年同期(452.6万元)下降14.6%。"
    assert stated(text, "change") == [("consistent", "386.4万/452.6万−1 = -14.63%")]


def test_an_average_per_a_thing_counted_in_its_own_measure():
    # 个 both for the 小区 and for the chargers: the 小区 is the count the 小区 follows
    text = "协调推动96个小区物业出具同意安装证明,新增个人自用充电桩2,640个,小区均{}个。"
    assert stated(text.format("27.5"), "per_capita") == [("consistent", "2640/96 = 27.50")]
    assert stated(text.format("72.5"), "per_capita") == [("inconsistent", "2640/96 = 27.50")]


def test_a_category_restated_sections_later_with_its_share_in_words():
    text = (
        "一、总体情况\n全年受理维修资金投诉1,146件。\n二、诉求类别\n使用申请和表决难类386件;"
        "审核拨付慢类214件;其他546件。\n三、存在的问题\n一是使用申请和表决难类投诉占{},"
        "部分小区业主长期不在本地居住。\n"
    )
    assert stated(text.format("三成多"), "share") == [("consistent", "386/1146 = 33.68%")]
    assert stated(text.format("五成多"), "share") == [("inconsistent", "386/1146 = 33.68%")]


def test_a_restated_share_takes_no_part_that_only_took_the_categorys_name():
    # 52件 is a part of 搬迁补助类 that inherited its name: the category is the 97
    text = (
        "全年受理信访286件。按内容分,搬迁补助类97件,安置房类80件,其他109件。搬迁补助类中,"
        "反映补助未按时兑付的52件。\n存在的问题:一是搬迁补助类信访占三成多。\n"
    )
    assert ("consistent", "97/286 = 33.92%") in stated(text, "share")


def test_category_heads_across_sentences_closed_by_the_rest():
    text = (
        "全年受理充电投诉1,240件,同比上升12.0%。\n(二)诉求类别。建设类560件,其中报装难310件,"
        "接电慢120件,其他130件。收费类420件,其中服务费偏高180件,其他240件。运维类{}件。其他80件。\n"
    )
    assert ("consistent", "560+420+180+80 = 1240") in stated(text.format("180"), "sum")
    # a head mistyped by a little is flagged; the category's own 其他 is no head
    assert ("inconsistent", "560+420+150+80 = 1210") in stated(text.format("150"), "sum")
    # further off, the list may count something else: nothing is said
    assert not [v for v, _ in stated(text.format("40"), "sum") if v == "inconsistent"]


def test_a_rate_over_the_whole_its_clause_opens_with():
    text = (
        "全年受理投诉1,286件。全年办结1,240件,办结率96.4%;到期应办结1,198件,按期办结1,170件,"
        "按期办结率97.7%;已办结的投诉中经核查属实的496件,查实率{}%。"
    )
    assert stated(text.format("40.0"), "rate")[-1] == ("consistent", "496/1240 = 40%")
    # 496/1286 = 38.6%: the total received fits, but the report said which whole
    assert stated(text.format("38.6"), "rate")[-1] == ("inconsistent", "496/1240 = 40%")


def test_an_opener_with_a_nearer_whole_of_its_own_clause_is_not_the_whole():
    text = "受理的486件中,到期应办结471件,已办结462件,办结率{}%。"
    assert stated(text.format("98.1"), "rate") == [("consistent", "462/471 = 98.09%")]
    assert stated(text.format("95.1"), "rate") == [("inconsistent", "462/471 = 98.09%")]


def test_a_stock_at_the_end_is_the_start_plus_inflows_less_outflows():
    text = (
        "全县年初在册隐患点305处,年内新查明22处、经治理核销{}处,年末在册290处,其中搬迁核销的20处。"
    )
    assert ("consistent", "305+22−37 = 290") in stated(text.format("37"), "sum")
    # an identity found by words alone only confirms: a miss may be a flow not named
    assert not [v for v, _ in stated(text.format("73"), "sum") if v == "inconsistent"]


def test_what_is_still_due_is_what_was_due_less_what_was_done():
    text = "应兑现补助资金2,480万元,已兑现2,236万元,兑现率90.2%,尚未兑现244万元。"
    assert ("consistent", "2480万−2236万 = 244万") in stated(text, "sum")


def test_a_stock_at_the_end_named_by_the_sentence_opening():
    text = (
        "截至年底,全区登记犬只2.64万只,比上年末(2.21万只)增长19.5%,"
        "全年新办登记6,120只,注销1,820只。"
    )
    assert ("consistent", "2.21万+6120−1820 = 2.64万") in stated(text, "sum")


def test_averages_per_a_thing_counted_in_its_measure_word():
    assert stated("改造桥梁23座,投资9,200万元,座均{}万元。".format("400"), "per_capita") == [
        ("consistent", "9200万/23 = 4000000")
    ]
    text = "建成集中安置点9个,安置312户,点均安置{}户。"
    assert stated(text.format("34.7"), "per_capita") == [("consistent", "312/9 = 34.67")]
    assert stated(text.format("43.7"), "per_capita") == [("inconsistent", "312/9 = 34.67")]
    # a unit slip in such an average is found as in any other
    assert [k.kind for k in checks_of("整梯更新138台,更新费用6,706.8万元,台均48.6元。")] == ["unit"]


def test_an_average_over_counts_each_written_before_its_name():
    text = "全县14个乡镇(街道)、203个村(社区)全部建成服务站,配备工作人员431名,站均{}名。"
    assert stated(text.format("2.0"), "per_capita") == [("consistent", "431/(14+203) = 1.99")]


def test_a_whole_named_as_one_kind_is_not_the_whole_of_every_kind():
    # 3.28亿 is all of 使用资金, not its 电梯类 part: nothing is said
    text = (
        "全年使用资金3.28亿元。电梯维修更新612项、1.64亿元;屋面防水386项、0.72亿元。"
        "电梯项目中整梯更新138台,更新费用6,706.8万元,占电梯类使用资金的40.9%。"
    )
    assert "inconsistent" not in [v for v, _ in stated(text, "share")]


def test_a_summed_share_of_channels_whose_list_counts_visits_by_batch():
    text = (
        "全年受理投诉1,380件。12345热线转办620件,12315热线410件,两条热线合计占{}%;"
        "网上投诉230件,来信40件,来访80批236人次,来访按批次计入总量。"
    )
    assert stated(text.format("74.6"), "share") == [("consistent", "(620+410)/1380 = 74.64%")]
    assert stated(text.format("64.6"), "share") == [("inconsistent", "(620+410)/1380 = 74.64%")]


def test_progress_over_a_plan_its_words_name():
    text = "1—9月累计回迁936户,比上年同期(812户)增加124户,完成年度回迁计划(1,200户)的{}%。"
    assert stated(text.format("78.0"), "rate") == [("consistent", "936/1200 = 78%")]
    assert stated(text.format("87.0"), "rate") == [("inconsistent", "936/1200 = 78%")]
    text = "计划改造老旧小区186个,已完工118个,完成全年改造任务的{}%。"
    assert stated(text.format("63.4"), "rate") == [("consistent", "118/186 = 63.44%")]
    assert stated(text.format("36.4"), "rate") == [("inconsistent", "118/186 = 63.44%")]


def test_a_rate_of_those_that_have_already_done_something():
    text = "全市住宅小区1,286个,已建有充电设施的812个,覆盖率{}%。"
    assert stated(text.format("63.1"), "rate") == [("consistent", "812/1286 = 63.14%")]
    assert stated(text.format("61.3"), "rate") == [("inconsistent", "812/1286 = 63.14%")]
    # a part that is not said to have done anything is no numerator
    other = "全市住宅小区1,286个,老旧小区418个,覆盖率61.3%。"
    assert "inconsistent" not in [v for v, _ in stated(other, "rate")]


def test_dang_yue_is_the_month_named_before_it():
    text = "全年受理投诉2,486件。12月寒潮期间充电需求集中,当月受理{}件,日均10.4件。"
    assert stated(text.format("312"), "per_capita") == [("inconsistent", "312/31天(12月) = 10.06")]
    assert stated(text.format("322"), "per_capita") == [("consistent", "322/31天(12月) = 10.39")]


def test_a_described_share_no_count_of_its_clause_can_make():
    text = "组织第三方检测34条,发现质量问题19条,占55.9%,已责令返工整改,年底前整改到位的占{}%。"
    assert [v for v, _ in stated(text.format("85.7"), "granularity")] == ["inconsistent"]
    # 16/19 = 84.2%: a count of the clause makes it, so nothing is said
    assert "inconsistent" not in [v for v, _ in stated(text.format("84.2"), "granularity")]


def test_a_rest_list_against_a_scoped_total_of_a_unit_with_no_headline():
    text = (
        "全年批准使用维修资金项目1,240项,使用资金2.86亿元。分类型看,电梯维修更新520项、1.42亿元;"
        "屋面防水330项、0.61亿元;管网维修250项、0.52亿元;其他项目{}项、3,100万元。"
    )
    assert ("consistent", "520+330+250+140 = 1240") in stated(text.format("140"), "sum")
    assert ("inconsistent", "520+330+250+150 = 1250") in stated(text.format("150"), "sum")


def test_share_of_a_passive_named_whole_far_back():
    # 被扣减渔船 names the boats 扣减补贴 two sections before, not the nearer 在册渔船 of a town
    text = (
        "一、基本情况\n全县在册渔船1,486艘。因违规作业等原因扣减补贴的渔船43艘。\n二、信访情况\n"
        "全年受理信访312件。来信19件。来访58批。网上信访74件。热线转办106件。其他55件。"
        "石湾镇在册渔船482艘。\n三、办理情况\n对提出异议的35艘逐船复核,占被扣减渔船的{}%。"
    )
    right = only(text.format("81.4"), "share")
    assert right.verdict == "consistent" and "35/43" in right.message()
    assert only(text.format("71.4"), "share").verdict == "inconsistent"


def test_rest_list_already_summed_with_an_item_after_the_rest():
    # the item after the rest's clause (市局直接受理100件) completes the list: no short re-sum
    text = (
        "全年受理投诉3,264件。按区分,棠城区1,046件、新港区812件、高新区598件,三区合计2,456件,"
        "占75.2%;其余县(市)合计708件;市局直接受理{}件。"
    )
    sums = [k for k in checks_of(text.format("100")) if k.kind == "sum"]
    assert sums and all(k.verdict == "consistent" for k in sums)
    wrong = [k for k in checks_of(text.format("110")) if k.kind == "sum"]
    assert any(k.verdict == "inconsistent" for k in wrong)


def test_per_hundred_boats_and_per_ten_thousand_cards():
    boats = "全年受理信访312件,全县在册渔船1,486艘,每百艘渔船信访{}件。"
    assert only(boats.format("21.0"), "per_capita").verdict == "consistent"
    assert only(boats.format("12.0"), "per_capita").verdict == "inconsistent"
    cards = "全年发卡48.6万张。全年受理投诉3,264件,按全年发卡量计算,每万张卡投诉{}件。"
    assert only(cards.format("67.2"), "per_capita").verdict == "consistent"
    assert only(cards.format("76.2"), "per_capita").verdict == "inconsistent"


def test_per_hundred_kilometres_over_the_count_its_words_name():
    # of the two categories before it, the ratio's words (堤防信访) name the second
    text = (
        "全市堤防总长1,286.4公里。全年受理信访728件。其中河道采砂类318件,比上年(356件)下降10.7%;"
        "防汛堤防工程类410件,按堤防总长计算每百公里堤防信访{}件。"
    )
    right = only(text.format("31.9"), "per_capita")
    assert right.verdict == "consistent" and "410/1286.4" in right.message()
    assert only(text.format("24.7"), "per_capita").verdict == "inconsistent"


def test_fleet_stock_with_boats_scrapped_and_newly_built():
    text = "年末在册渔船1,486艘,比上年末(1,532艘)减少46艘,全年拆解减船52艘、更新新建{}艘。"
    sums = [k for k in checks_of(text.format("6")) if k.kind == "sum"]
    assert [k.verdict for k in sums] == ["consistent"] and "1532+6−52" in sums[0].message()


def test_average_per_kilowatt_over_the_power_stated():
    text = "已兑付补贴12,734.2万元,已兑付渔船功率20.87万千瓦,每千瓦{}元。"
    assert only(text.format("610"), "per_capita").verdict == "consistent"
    assert only(text.format("660"), "per_capita").verdict == "inconsistent"


def test_average_over_the_population_its_clause_names():
    text = (
        "涉及被征收户2,000户,年末已签约1,680户。全年兑付补偿8.4亿元,其中货币补偿5.1亿元,"
        "按已签约户数计算户均{}万元。"
    )
    right = only(text.format("50.0"), "per_capita")
    assert right.verdict == "consistent" and "8.4亿/1680" in right.message()
    # 8.4亿/2,000户 = 42万: the report said it divided by the signed households
    assert only(text.format("42.0"), "per_capita").verdict == "inconsistent"


def test_times_per_firm_over_firm_visits():
    text = "约谈经营者96家次,涉及64家,家均约谈{}次。"
    assert only(text.format("1.5"), "per_capita").verdict == "consistent"
    assert only(text.format("2.5"), "per_capita").verdict == "inconsistent"


def test_numbered_items_of_a_section_make_the_headline():
    text = (
        "(一)总量。全年受理信访586件,比上年(642件)下降8.7%。\n(二)诉求类别。1.补偿标准和评估198件,"
        "占33.8%。2.安置房交付和质量142件,其中逾期交房68件;房屋渗漏51件,配套23件。3.过渡费发放96件。"
        "4.产权办证58件。5.征收程序47件。6.其他{}件。\n"
    )
    sums = [k.message() for k in checks_of(text.format("45")) if k.kind == "sum"]
    assert any("198+142+96+58+47+45" in m for m in sums), sums
    # (confirm-only: items that miss the total make no check of it)
    missed = [k for k in checks_of(text.format("55")) if k.kind == "sum"]
    assert not any("198+142" in k.message() for k in missed)


def test_change_of_an_average_over_its_bracketed_base():
    text = "平均电费0.63元/千瓦时,比上年(0.58元/千瓦时)上涨{}%。"
    assert only(text.format("8.6"), "change").verdict == "consistent"
    assert only(text.format("18.6"), "change").verdict == "inconsistent"


def test_share_of_the_category_a_numbered_item_names():
    text = (
        "全年受理信访728件。其中河道采砂类318件;防汛堤防工程类410件。\n(三)诉求类别。1.河道采砂类。"
        "举报非法采砂142件,占该类的{}%;反映采砂影响农田的78件;其他98件。"
    )
    right = only(text.format("44.6"), "share")
    assert right.verdict == "consistent" and "142/318" in right.message()
    assert only(text.format("19.5"), "share").verdict == "inconsistent"


def test_share_of_the_whole_year_not_a_nearer_half_year():
    text = (
        "全年受理投诉418件,比上年(363件)上升15.2%。上半年268件,下半年150件。"
        "春播期受理236件,占全年的{}%。"
    )
    right = only(text.format("56.5"), "share")
    assert right.verdict == "consistent" and "236/418" in right.message()
    assert only(text.format("88.1"), "share").verdict == "inconsistent"


def test_share_of_a_named_aspect_not_of_the_item_after_it():
    text = (
        "全年受理信访236件,其中社区矫正方面84件、人民调解方面152件。"
        "社区矫正方面:外出审批类31件,占社区矫正方面的{}%。"
    )
    right = only(text.format("36.9"), "share")
    assert right.verdict == "consistent" and "31/84" in right.message()
    assert only(text.format("20.4"), "share").verdict == "inconsistent"


def test_a_base_another_figure_has_taken_is_not_this_change():
    # 214 is 上半年's base; 下半年's own year-ago base is not written
    text = (
        "全年受理信访418件,比上年(363件)上升15.2%。上半年268件,比上年同期(214件)上升25.2%;"
        "下半年150件,环比下降44.0%,与上年同期基本持平。"
    )
    flat = [k for k in checks_of(text) if k.kind == "change" and "持平" in k.message()]
    assert not [k for k in checks_of(text) if k.verdict == "inconsistent"], flat


def test_a_total_difference_passes_over_an_average_between_level_and_base():
    text = "涉及农户1,236户,反映受损面积1.86万亩,户均15.0亩,受损面积比上年(2.12万亩)减少{}万亩。"
    right = only(text.format("0.26"), "difference")
    assert right.verdict == "consistent" and "1.86万−2.12万" in right.message()
    assert only(text.format("0.36"), "difference").verdict == "inconsistent"


def test_a_loss_ratio_is_paid_out_over_premium_above_a_hundred_percent():
    text = (
        "全年核定补偿金额380.5万元,其中农作物损失补偿352.1万元;保险公司赔付326.4万元。"
        "县财政缴纳保费150万元,保险赔付率{}%。"
    )
    right = only(text.format("217.6"), "rate")
    assert right.verdict == "consistent" and "326.4万/150万" in right.message()
    assert only(text.format("92.7"), "rate").verdict == "inconsistent"


def test_a_change_of_the_whole_category_over_its_listed_items():
    text = (
        "按举报内容分,物业服务收费1,426件,教育收费862件,其他264件。\n2.教育收费。民办学校498件、"
        "公办学校364件,全类比上年减少184件,下降{}%。"
    )
    right = only(text.format("17.6"), "change")
    assert right.verdict == "consistent" and "862+184" in right.message()
    assert only(text.format("33.6"), "change").verdict == "inconsistent"


def test_a_per_hundred_ratio_counts_the_thing_its_clause_opens_with():
    text = (
        "上半年全市受理法律援助案件6,842件。全年受理投诉486件。按业务分,法律援助类286件、律师执业类98件、"
        "公证类46件、司法鉴定类32件、其他24件;法律援助类投诉按受理的援助案件计算,每百件援助案件{}件。"
    )
    right = only(text.format("4.2"), "per_capita")
    assert right.verdict == "consistent" and "286/6842" in right.message()
    assert only(text.format("1.4"), "per_capita").verdict == "inconsistent"


def test_averages_per_mu_per_lift_and_per_cubic_metre():
    assert only(
        "兑付补偿5.19万元,涉及耕地86.5亩,每亩{}元。".format("600"), "per_capita"
    ).verdict == ("consistent")
    assert only(
        "兑付补偿5.19万元,涉及耕地86.5亩,每亩{}元。".format("700"), "per_capita"
    ).verdict == ("inconsistent")
    lifts = "更新电梯126部,投入资金2,646万元,部均{}万元。"
    assert only(lifts.format("21.0"), "per_capita").verdict == "consistent"
    sand = "收取砂石资源费73.8万元,涉及2.46万立方米,每立方米{}元。"
    assert only(sand.format("30.0"), "per_capita").verdict == "consistent"
