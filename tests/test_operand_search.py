"""The operand search: figures the structural linker leaves without operands are supported when a
nearby combination of the report's own figures gives them, and never accused by a search.
Example sentences are written for these tests."""

from __future__ import annotations

from xinfang_nlp.checks import check
from xinfang_nlp.extract import extract

INFERRED = "按上下文推断"


def checks_for(text: str, figure: str):
    extraction = extract(text)
    ids = {c.id for c in extraction.claims if c.text == figure}
    assert ids, [c.text for c in extraction.claims]
    return [k for k in check(extraction) if k.claims and k.claims[-1] in ids]


def test_rate_with_numerator_and_denominator_in_earlier_sentences():
    text = "群众对办理结果表示满意的有168件。参与评价的176件中,满意率95.5%。"
    (found,) = checks_for(text, "95.5%")
    assert (found.kind, found.verdict) == ("rate", "consistent")
    assert "168/176" in found.message() and INFERRED in found.message()
    assert "inferred" in found.message("en")
    assert found.to_dict()["basis"] == "inferred"
    stated = checks_for("参与评价的176件中,满意168件,满意率95.5%。", "95.5%")
    assert [k.to_dict()["basis"] for k in stated] == ["stated"]


def test_a_search_never_accuses():
    # 168/176 = 95.45%; no nearby pair gives 91.2%: unverifiable, not inconsistent
    text = "群众对办理结果表示满意的有168件。参与评价的176件中,满意率91.2%。"
    verdicts = {k.verdict for k in checks_for(text, "91.2%")}
    assert verdicts <= {"unverifiable"}


def test_breakdown_in_a_later_section_adds_up_to_the_total():
    text = (
        "一、总体情况。本季度热线共受理群众诉求2,460件,较上季度有所增加。\n"
        "二、分渠道情况。电话渠道1,530件,网站渠道412件,微信渠道518件。"
    )
    sums = [k for k in checks_for(text, "2,460件") if k.kind == "sum"]
    assert [k.verdict for k in sums] == ["consistent"]
    assert "1530+412+518" in sums[0].message()


def test_breakdown_that_does_not_add_up_is_not_supported():
    text = (
        "一、总体情况。本季度热线共受理群众诉求2,460件,较上季度有所增加。\n"
        "二、分渠道情况。电话渠道1,530件,网站渠道412件,微信渠道508件。"
    )
    assert all(k.verdict != "consistent" for k in checks_for(text, "2,460件") if k.kind == "sum")


def test_total_after_its_parts_in_the_sentence_before():
    text = "排在前三位的是:物业管理284件,城市管理231件,交通出行165件。前三类合计680件,占46.2%。"
    sums = [k for k in checks_for(text, "680件") if k.kind == "sum"]
    assert sums and sums[0].verdict == "consistent"


def test_per_population_list_pairs_by_place_names():
    text = (
        "城关镇常住人口21.4万人,登记信访事项386件;河口镇常住人口9.6万人,登记243件。"
        "两镇万人信访量分别为18.0件和25.3件。"
    )
    extraction = extract(text)
    assert [c.kind for c in extraction.claims if c.text in ("18.0件", "25.3件")] == [
        "ratio",
        "ratio",
    ]
    (first,) = checks_for(text, "18.0件")
    assert first.verdict == "consistent" and "386" in first.message()
    (second,) = checks_for(text, "25.3件")
    assert second.verdict == "consistent" and "243" in second.message()


def test_a_bound_is_supported_only_by_the_most_plausible_pair():
    # 不足5% is met by many pairs; the nearest pair (20/260 = 7.7%) does not meet it, and the
    # farther 20/500 = 4% must not be taken as support instead
    text = "全县受理信访事项500件,其中涉法涉诉20件。网上信访260件。不足5%的事项尚在办理。"
    assert "consistent" not in [k.verdict for k in checks_for(text, "5%")]
    # an exact value is supported by any of the few nearest pairs
    exact = "全县受理信访事项500件,其中涉法涉诉20件。网上信访260件。占4%的事项尚在办理。"
    assert "consistent" in [k.verdict for k in checks_for(exact, "4%")]


def test_previous_period_rate_is_not_checked_against_current_counts():
    text = "已办结420件,参评405件,满意率92.5%,较上年的89.7%提高2.8个百分点。"
    extraction = extract(text)
    base = next(c for c in extraction.claims if c.text == "89.7%")
    assert (base.kind, base.period) == ("rate", "previous")
    assert not [k for k in check(extraction) if k.claims[-1] == base.id and k.kind == "rate"]


def test_level_named_in_the_clause_before():
    extraction = extract("信访事项按期办结率进一步提高,达到97.5%。网上信访占比持续上升,达到41%。")
    assert [c.kind for c in extraction.claims] == ["rate", "share"]


def test_an_average_shortened_from_one_level_to_another():
    extraction = extract("信访事项平均办理时长由上年的21.6天缩短到17.3天,缩短了4.3天。")
    kinds = [(c.text, c.kind, c.period or c.direction) for c in extraction.claims]
    assert kinds == [
        ("21.6天", "ratio", "previous"),
        ("17.3天", "ratio", "current"),
        ("4.3天", "difference", "down"),
    ]
    (found,) = checks_for("信访事项平均办理时长由上年的21.6天缩短到17.3天,缩短了4.3天。", "4.3天")
    assert (found.kind, found.verdict) == ("difference", "consistent")
    wrong = "信访事项平均办理时长由上年的21.6天缩短到17.3天,缩短了5.3天。"
    assert "consistent" not in [k.verdict for k in checks_for(wrong, "5.3天")]


def test_parts_ending_with_the_rest_add_up_to_an_unmarked_total():
    text = "区里交办的信访积案12件,年内化解10件,积案化解率83.3%,剩余2件已制定化解方案。"
    sums = [k for k in checks_for(text, "12件") if k.kind == "sum"]
    assert [k.verdict for k in sums] == ["consistent"]
    # without the rest, an unmarked figure followed by two that add up to it is not a total
    loose = "区里交办的信访积案12件,年内化解10件,新收2件。"
    assert [k for k in checks_for(loose, "12件") if k.kind == "sum"] == []


def test_per_dispute_average_is_a_ratio():
    (claim,) = [
        c
        for c in extract("全县排查矛盾纠纷2,764起,涉及群众8,915人,起均涉及3.2人。").claims
        if c.text == "3.2人"
    ]
    assert claim.kind == "ratio"


def test_a_money_share_that_holds_only_with_another_scale_word_is_a_unit_error():
    text = (
        "全年立案查处违法案件397件,罚没款合计0.86亿元,其中食品案件罚没3214万元,占37.4%;"
        "药品案件罚没1057亿元,占12.3%。"
    )
    (found,) = checks_for(text, "12.3%")
    assert (found.kind, found.verdict) == ("unit", "inconsistent")
    assert "“亿”改为“万”" in found.message()
    right = text.replace("1057亿元", "1057万元")
    assert [k.verdict for k in checks_for(right, "12.3%")] == ["consistent"]
    # 万 left out: 578元 of 2,460万元 is 23.5% only as 578万元
    slip = "全年投入改造资金2,460万元,其中加装电梯补贴578元,占23.5%。"
    assert [(k.kind, k.verdict) for k in checks_for(slip, "23.5%")] == [("unit", "inconsistent")]


def test_a_percentage_of_a_named_amount_is_a_share():
    text = "医疗纠纷赔付总额486.3万元,相当于全县住院医疗总费用5.84亿元的0.83%。"
    claim = next(c for c in extract(text).claims if c.text == "0.83%")
    assert claim.kind == "share"
    assert [k.verdict for k in checks_for(text, "0.83%")] == ["consistent"]


FAR = (
    "一、总体情况\n全年共受理群众来信来访1,187件,其中按期受理1,179件。"
    "来信312件,来访875件。网上信访较上年有所增加。\n"
    "二、主要做法\n坚持领导干部接访下访,落实首办责任。开展积案化解专项行动。"
    "深化矛盾纠纷多元化解。加强信访队伍建设。\n"
    "三、工作成效\n各项指标稳中向好,按期受理率{rate},群众满意度持续提升。"
)


def test_a_precise_rate_takes_counts_named_like_it_from_an_earlier_part():
    # 1,179/1,187 = 99.33%: both counts stand in part 一, the rate in part 三
    (found,) = [k for k in checks_for(FAR.format(rate="99.3%"), "99.3%") if k.kind == "rate"]
    assert found.verdict == "consistent" and "1179/1187" in found.message()
    assert INFERRED in found.message()


def test_a_far_pair_gives_no_coarse_rate_and_accuses_no_rate():
    # 九成多 or 99% would be met by too many far pairs; 98.1% by none: no verdict but unverifiable
    for rate in ("99%", "98.1%"):
        verdicts = {k.verdict for k in checks_for(FAR.format(rate=rate), rate)}
        assert verdicts <= {"unverifiable"}, rate


def test_a_far_part_must_share_a_word_with_the_rate():
    # 312/1,187 = 26.3%, but 来信 shares no word with 办结率: the pair is not taken
    text = FAR.format(rate="99.3%").replace("按期受理率99.3%", "办结率26.3%")
    verdicts = {k.verdict for k in checks_for(text, "26.3%")}
    assert verdicts <= {"unverifiable"}


FAR_LIST = (
    "一、总体情况\n截至9月30日,督办事项已办结161件,办结率86.6%。\n"
    "二、主要做法\n坚持挂牌督办。实行周调度。开展实地督查。强化考核问责。推行回访制度。\n"
    "三、办理情况\n市住建局、市人社局、市自然资源局、市城管局、市教育局和各县(市、区)"
    "已分别办结36件、28件、19件、21件、{fifth}件和44件。"
)


def test_a_total_is_the_sum_of_a_whole_list_of_its_act_in_a_later_part():
    sums = [k for k in checks_for(FAR_LIST.format(fifth="13"), "161件") if k.kind == "sum"]
    assert [k.verdict for k in sums] == ["consistent"]
    assert "36+28+19+21+13+44" in sums[0].message() and INFERRED in sums[0].message()


def test_a_far_list_that_misses_the_total_or_names_another_act_is_no_sum():
    assert not [k for k in checks_for(FAR_LIST.format(fifth="15"), "161件") if k.kind == "sum"]
    other_act = FAR_LIST.format(fifth="13").replace("已分别办结", "分别受理")
    assert not [k for k in checks_for(other_act, "161件") if k.kind == "sum"]


def test_a_rate_over_operands_of_its_own_clause_is_not_excused_by_another_pair():
    text = (
        "全年共受理信访事项186件。全年到期应办结的信访事项180件,按期办结176件,"
        "按期办结率{rate}%,超期的4件都需县直部门会商。"
    )
    # 176/180 = 97.8%; 94.6% is 176/186 (over all received), the report's own error
    found = [k for k in checks_for(text.format(rate="94.6"), "94.6%") if k.kind == "rate"]
    assert [k.verdict for k in found] == ["inconsistent"] and "176/180" in found[0].message()
    right = [k for k in checks_for(text.format(rate="97.8"), "97.8%") if k.kind == "rate"]
    assert [k.verdict for k in right] == ["consistent"]


_VISITS = (
    "全市共接待群众来访1,240批,同比下降4.2%。其中市本级接待来访372批,县(市、区)接待868批。"
    "市本级接待的来访中,反映城建问题的45批,"
)


def test_a_share_that_names_its_whole_is_not_excused_by_another_whole():
    # 45/1240 = 3.63%, but the report names 市本级来访批次 (372): the wrong-whole error stands
    (named,) = [k for k in checks_for(_VISITS + "占市本级来访批次的3.6%。", "3.6%")]
    assert (named.kind, named.verdict, named.basis) == ("share", "inconsistent", "stated")
    assert "45/372" in named.message()
    # a bare share names nothing: the whole that gives the value is the likelier reading
    (bare,) = checks_for(_VISITS + "占3.6%。", "3.6%")
    assert (bare.verdict, bare.basis) == ("consistent", "inferred")


def test_a_named_whole_is_the_count_whose_words_hold_more_of_the_name():
    # all three counts are of 来访; 市本级 is in the words of 372批 only
    (found,) = checks_for(_VISITS + "占市本级来访批次的12.1%。", "12.1%")
    assert (found.verdict, found.basis) == ("consistent", "stated")
    assert "45/372" in found.message()


def _linker_takes_the_first_figure(monkeypatch) -> None:
    """Make the linker divide every share it links by the document's first figure, as a linker
    that misread 占该类的 would (the search is what is under test)."""
    from xinfang_nlp import checks as checks_module

    def first_figure(self, reported, part, noun):
        return self.index.claims[0]

    monkeypatch.setattr(checks_module._Checker, "whole_for", first_figure)


def test_share_of_a_pointed_whole_fits_a_whole_beside_it(monkeypatch):
    _linker_takes_the_first_figure(monkeypatch)
    text = "全年受理投诉1,268件。反映收费问题的231件,其中退费难的87件,占该类的37.7%。"
    (found,) = [k for k in checks_for(text, "37.7%") if k.kind == "share"]
    # 87/1268 = 6.86% is the linker's; 87/231 = 37.66% the category's, beside it
    assert found.verdict == "consistent" and found.basis == "inferred"
    assert "87/231" in found.message() and INFERRED in found.message()


def test_share_of_a_pointed_whole_is_not_excused_by_a_figure_further_back(monkeypatch):
    _linker_takes_the_first_figure(monkeypatch)
    text = (
        "全年受理投诉1,268件。反映收费问题的231件。处理情况另行通报。"
        "其中退费难的87件,占该类的37.7%。"
    )
    verdicts = [k.verdict for k in checks_for(text, "37.7%") if k.kind == "share"]
    assert verdicts == ["inconsistent"]


def test_share_of_a_named_whole_the_linker_took_is_not_excused():
    # 840/5600 = 15.0%; 840/2400 = 35.0% fits the channel beside it, but the report names
    # all complaints as the whole: dividing by the wrong whole is the error to catch
    text = (
        "全年受理投诉5,600件,其中线上渠道2,400件。线上渠道中涉及虚假宣传的840件,占全部投诉的35.0%。"
    )
    verdicts = [k.verdict for k in checks_for(text, "35.0%") if k.kind == "share"]
    assert verdicts == ["inconsistent"]


def test_a_share_recomputed_over_a_whole_smaller_than_its_part_is_not_accused(monkeypatch):
    _linker_takes_the_first_figure(monkeypatch)
    # a linker that took the 238 网格员 for the whole: 1,086/238 = 456%, no share at all
    text = (
        "全区配备网格员238名。全年网格上报事项1,864件,其中物业类1,086件,占72.9%,消防安全类421件。"
    )
    (found,) = [k for k in checks_for(text, "72.9%") if k.kind == "share"]
    assert found.verdict == "unverifiable" and "1086/238" in found.message()
    assert "不作判定" in found.message() and "no verdict" in found.message("en")
    # a whole larger than the part, however wrong, is still accused
    text = (
        "全区受理事项4,120件。全年网格上报事项1,864件,其中物业类1,086件,占72.9%,消防安全类421件。"
    )
    (found,) = [k for k in checks_for(text, "72.9%") if k.kind == "share"]
    assert found.verdict == "inconsistent" and "1086/4120" in found.message()


def test_a_rate_whose_words_name_its_part_is_not_that_figure_over_small_ones():
    # 存管覆盖率 names 纳入资金存管的1,364家: that is its part, not the whole of the list items
    # of another sentence (254/1,364 …); the search reaches 1,364/2,186
    text = (
        "截至年底,备案经营者2,186家,比上年末(1,942家)增加244家;其中美容美发812家、教育培训438家、"
        "餐饮296家、健身256家、洗车140家、其他244家。全年发卡48.6万张。纳入资金存管的经营者1,364家,"
        "存管覆盖率{}%。2021年以来累计备案经营者3,018家。"
    )
    found = [k for k in check(extract(text.format("62.4"))) if k.kind == "rate"]
    assert [k.verdict for k in found] == ["consistent"] and "1364/2186" in found[0].message()
