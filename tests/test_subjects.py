"""What a figure counts or measures (``Claim.subject``): one test per rule of the subject logic.

Every sentence is written for these tests; none is copied from a corpus document.
"""

from __future__ import annotations

from xinfang_nlp.extract import extract


def subjects(text: str) -> dict[str, str | None]:
    return {c.text: c.subject for c in extract(text).claims}


def test_a_month_or_quarter_is_the_period_not_the_subject():
    found = subjects("本月办理越级访7批,上月为11批,较上季度的15批减少8批。")
    assert found["11批"] == "越级访"
    assert found["15批"] == "越级访"


def test_a_leading_or_trailing_adverb_is_not_part_of_the_subject():
    found = subjects("与上年相比,来信件数下降3.5%,来访人次却上升了6.2%。另有网上投诉占12%。")
    assert found["6.2%"] == "来访人次"
    assert found["12%"] == "网上投诉"


def test_the_length_of_a_period_is_the_period_s_own():
    assert subjects("本季度共91天,日均接待来访12.4人次。")["91天"] == "本季度"


def test_a_sentence_without_a_subject_continues_the_topic_before_it():
    found = subjects("全年受理初信初访412件。与上年(380件)相比,增长8.4%。")
    assert found["380件"] == "初信初访"
    assert found["8.4%"] == "初信初访"


def test_the_topic_does_not_cross_a_paragraph():
    found = subjects("全年受理初信初访412件。\n与上年(380件)相比,增长8.4%。")
    assert found["380件"] is None


def test_a_threshold_before_the_noun_qualifies_it():
    found = subjects("全年发生30人以上的集体访6批,标的10万元以上的劳资纠纷9起。")
    assert found["6批"] == "集体访"
    assert found["9起"] == "劳资纠纷"


def test_a_name_with_digits_keeps_its_letters():
    assert subjects("12345热线转办诉求356件。")["356件"] == "热线转办诉求"
