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
    assert subjects("本季度共91天,日均接待来访12.4人次。")["91天"] == "本季度天数"


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
    assert subjects("政务服务热线转办诉求356件。")["356件"] == "政务服务热线转办诉求"
    assert subjects("12345热线转办诉求356件。")["356件"] == "12345热线转办诉求"


def test_a_number_and_classifier_count_the_noun_after_them():
    found = subjects("全乡38名专职调解员全年走访农户1.2万户次,抽调干部20名组成5个化解专班。")
    assert found["38名"] == "专职调解员"
    assert found["5个"] == "化解专班"


def test_the_noun_after_a_figure_ends_where_its_predicate_begins():
    found = subjects("本月热线共向42家责任单位派发工单,对15家物业企业立案查处。")
    assert found["42家"] == "责任单位"
    assert found["15家"] == "物业企业"


def test_a_petition_unit_keeps_the_noun_before_it():
    # 件, 批, 起 follow their noun: what comes after 件 here is the predicate
    assert subjects("重复信访19件出现反弹。")["19件"] == "重复信访"


def test_no_noun_is_read_into_a_postposition_or_a_change():
    found = subjects("全年办结的1,024件中,群众满意的986件。去年同期为480件,今年翻一番。")
    assert found["1,024件"] != "中"
    assert found["480件"] != "翻一番"


def test_a_count_does_not_take_the_name_of_a_rate_before_it():
    assert subjects("化解率91.2%;其余7起落实稳控措施。")["7起"] != "化解率"


def test_a_verb_that_heads_a_noun_stays_in_the_subject():
    found = subjects("来访平均办理时长由上季度的12.5天缩短至9.8天。")
    assert found["12.5天"] == "来访平均办理时长"


def test_the_subject_of_a_difference_stands_before_its_verb():
    found = subjects(
        "平均办理时长由15.2天缩短到11.6天,缩短了3.6天;越级访人次较上年(96人次)少21人次。"
    )
    assert found["3.6天"] == "平均办理时长"
    assert found["21人次"].startswith("越级访")


def test_a_figure_in_parentheses_takes_the_words_before_them():
    found = subjects("网上信访件数比上年同期(1,340件)增长9.6%。")
    assert found["1,340件"].startswith("网上信访")
    assert found["9.6%"].startswith("网上信访")


def test_a_word_ending_in_a_comparison_character_is_not_cut():
    found = subjects("满意率96.1%,较上年的91.5%提高了4.6%。")
    assert found["4.6%"] == "满意率"


def test_a_separately_list_that_names_each_figure_keeps_the_names():
    text = (
        "按常住人口(东关街道3.2万人、西关街道2.8万人、南关街道1.9万人)计,"
        "万人信访量分别为:东关街道21.5件、西关街道17.2件。"
    )
    found = subjects(text)
    assert found["21.5件"] == "东关街道"
    assert found["17.2件"] == "西关街道"


def test_a_separately_list_of_bare_figures_takes_the_subjects_before_it():
    found = subjects("来信、来访分别为96件和143批。二者同比分别上升4.2%、下降3.1%。")
    assert found["96件"] == "来信"
    assert found["143批"] == "来访"


def test_a_line_label_names_the_figures_of_its_line():
    found = subjects(
        "二、分乡镇情况\n东河镇:受理96件,环比下降3.0%(上月99件)。\n按渠道分:来信12件。"
    )
    assert found["96件"] == "东河镇"
    assert found["3.0%"] == "东河镇"
    assert found["99件"] == "东河镇"
    assert found["12件"] == "来信"  # a figure named in its own clause keeps its name


def test_batches_and_persons_are_counted_of_the_subject_before():
    found = subjects("受理集体访12批340人次,与上年(15批420人次)相比,批次下降20%,人次下降19.0%。")
    assert found["20%"] == "集体访批次"
    assert found["19.0%"] == "集体访人次"


def test_persons_after_a_sentence_break_continue_the_topic():
    found = subjects("全年受理越级访23批96人次。人次同比下降8.2%。")
    assert found["8.2%"] == "越级访人次"


def test_a_share_named_only_by_its_kind_takes_the_count_s_subject():
    assert subjects("劳资纠纷类58件,比重为17.4%。")["17.4%"] == "劳资纠纷类"


def test_a_reception_of_generic_people_is_counted_as_the_reception():
    found = subjects("全年县级领导接待群众42批168人次。")
    assert found["42批"] == "县级领导接待群众"


def test_a_modifier_s_de_is_dropped_inside_a_compound_name():
    assert subjects("涉及拖欠工程款的信访37件。")["37件"] == "拖欠工程款信访"


def test_the_office_that_registers_is_the_subject():
    found = subjects("工业园区登记87件,日均受理3.2件。")
    assert found["87件"] == "工业园区"
    assert found["3.2件"] == "日均受理"  # an adverb before the verb keeps it


def test_a_target_s_verb_and_a_list_marker_are_not_the_subject():
    found = subjects("二是全年越级访控制在12批以内;三是对照年初确定的信访总量控制在900件以内。")
    assert found["12批"] == "越级访"
    assert found["900件"] == "信访总量"


def test_a_rate_paired_by_separately_keeps_its_own_name():
    text = "甲镇、乙镇分别受理86件、54件,办结80件、51件,办结率分别为93.0%、94.4%。"
    found = subjects(text)
    assert found["93.0%"] == "办结率"
    assert found["94.4%"] == "办结率"


def test_a_verb_before_a_noun_suffix_is_kept_when_stripping_the_head():
    assert subjects("四季度受理量约占全年的27.5%。")["27.5%"] == "受理量"


def test_an_average_word_keeps_its_time_unit():
    assert subjects("全月受理诉求930件,日均31.0件。")["31.0件"] == "日均"


def test_an_explanation_in_parentheses_is_skipped():
    found = subjects("环境保护(噪音、油烟等)412件,占9.6%。")
    assert found["412件"] == "环境保护"
    assert found["9.6%"] == "环境保护"


def test_the_end_of_a_date_is_not_the_subject():
    found = subjects("截至6月30日,3月份全区信访总量1,024件。")
    assert found["1,024件"] == "信访总量"


def test_a_verb_that_forms_a_noun_with_a_measure_word_stays():
    assert subjects("区联席办确定重点督办件26件。")["26件"].endswith("重点督办件")


def test_the_words_after_a_count_s_noun_name_the_next_figure():
    found = subjects("全年为600余名农民工追回工资980万元,42名调解员调处纠纷315起。")
    assert found["980万元"] == "追回工资"
    assert found["42名"] == "调解员"
    assert found["315起"] == "纠纷"  # (调处 is stripped like every leading verb)


def test_a_name_between_two_figures_belongs_to_the_second():
    assert subjects("其中,来信21件来访57批。")["57批"] == "来访"


def test_a_change_between_two_figures_is_no_name():
    found = subjects("越级访由上年的9批下降到5批。")
    assert found["5批"] == "越级访"


def test_a_period_in_parentheses_before_a_figure_names_nothing():
    found = subjects("电话渠道较上月(上月1,204件)减少96件。")
    assert found["1,204件"] == "电话渠道"


def test_how_much_of_a_target_is_used_up_is_of_the_target():
    assert subjects("全年已用去控制目标的87.5%。")["87.5%"] == "控制目标"


def test_a_verb_before_a_quantity_noun_stays_and_achieve_is_stripped():
    found = subjects("涉及人数增长6.2%,涉及金额386万元;全年实现税收收入12.4亿元。")
    assert found["6.2%"] == "涉及人数"
    assert found["386万元"] == "涉及金额"
    assert found["12.4亿元"] == "税收收入"


def test_the_last_of_two_overlapping_verbs_is_stripped():
    assert subjects("联合执法,协调处理物业纠纷31起。")["31起"] == "物业纠纷"


def test_the_topic_is_the_chain_s_first_subject():
    text = "共受理信访事项96件;来信12件,来访30批。同比上升5.5%(上年同期91件)。"
    found = subjects(text)
    assert found["5.5%"] == "信访事项"
    assert found["91件"] == "信访事项"


def test_a_base_compared_with_xiangbi_keeps_the_subject_before_it():
    found = subjects("全年受理信访事项420件,与上年的380件相比增加40件、增长10.5%。")
    assert found["380件"] == "信访事项"
    assert found["40件"] == "信访事项"
    assert found["10.5%"] == "信访事项"


def test_the_petitioning_people_before_a_channel_or_a_rate_are_implied():
    found = subjects("全年共受理群众来信86件,群众满意率96.2%。")
    assert found["86件"] == "来信"
    assert found["96.2%"] == "满意率"


def test_the_people_involved_are_those_of_the_figure_before():
    assert subjects("全年受理信访事项96件,涉及群众310人次。")["310人次"] == "信访事项"


def test_the_days_an_average_is_reckoned_over_are_the_period_s():
    found = subjects("上半年,信访局共登记来访1.1万人次,日均登记61人次(按181天计算),同比下降4.2%。")
    assert found["181天"] == "上半年天数"
    assert found["4.2%"] == "来访"  # not the days', nor the daily average's
    assert subjects("今年按全年365天计算,日均受理3.1件。")["365天"] == "全年天数"


def test_a_count_inherits_the_thing_not_its_measure_word():
    found = subjects("共接待来访320批1,180人次,人次同比下降2.1%(上年为1,205人次)。")
    assert found["2.1%"] == "来访人次"
    assert found["1,205人次"] == "来访"


def test_a_satisfaction_survey_is_named_by_its_outcome():
    found = subjects("办结事项中,当事人参与满意度评价的215件,评价为满意和基本满意的201件。")
    assert found["215件"] == "参评"
    assert found["201件"] == "满意"
    found = subjects("群众参评64件;表示满意的60件;不满意4件。")
    assert found["64件"] == "参评"
    assert found["60件"] == "满意"
    assert found["4件"] == "不满意"


def test_a_quoted_word_before_a_figure_is_a_word_of_the_subject():
    found = subjects("各村开展“院坝夜话”14场,回访中评价“满意”的52件。")
    assert found["14场"] == "院坝夜话"
    assert found["52件"] == "满意"


def test_people_received_at_a_leaders_reception_count_the_reception():
    found = subjects("乡领导每周二轮流接访,全年共接待来访群众52批140人次。")
    assert found["52批"] == "乡领导接访"
    assert found["140人次"] == "乡领导接访"
    assert subjects("班子成员轮流坐班接访;二季度接待群众18批。")["18批"] == "接访"


def test_a_multiple_of_another_thing_is_the_ratio_of_the_two():
    found = subjects("网上信访860件,已是来信来访总量的3.2倍。")
    assert found["3.2倍"] == "网上信访与来信来访之比"
    found = subjects("移动端诉求量比上月增长21.5%,约为电话渠道的0.8倍。")
    assert found["0.8倍"] == "移动端诉求量与电话渠道之比"
    # a multiple of the same thing a year before is of that thing
    assert subjects("来访95批,是上年同期(60批)的1.6倍。")["1.6倍"] == "来访"
    found = subjects("东城区信访量4,210件,是西城区的1.4倍,是南城区的1.2倍。")
    assert found["1.2倍"] == "东城区信访与南城区之比"
    # without a figure of its own side, a multiple is named by the other side
    assert subjects("东城区万人信访量居首位,是西城区的1.4倍。")["1.4倍"] == "西城区"


def test_the_base_beside_a_multiple_is_of_its_own_side():
    found = subjects("其中县人社局承办件数是一季度的1.5倍(一季度18件)。")
    assert found["18件"] == "县人社局承办"


def test_a_verb_that_names_a_category_stays_in_the_subject():
    found = subjects("全年户籍登记类诉求52件,较上年(40件)增加12件。")
    assert found["52件"] == "户籍登记类诉求"
    assert found["12件"] == "户籍登记类诉求"


def test_a_separately_list_splits_at_commas_first_and_drops_asides_and_counts():
    text = (
        "从信访人看,农民、个体工商户和小微企业主、退休人员及其他群体"
        "分别占40.1%、25.2%、20.0%和14.7%。"
    )
    found = subjects(text)
    assert found["25.2%"] == "个体工商户和小微企业主"
    assert found["20.0%"] == "退休人员"
    assert found["14.7%"] == "其他群体"
    found = subjects("从来源看,热线转办(含市长信箱)、来信、来访三条渠道分别为320件、45件和96批。")
    assert [found["320件"], found["45件"], found["96批"]] == ["热线转办", "来信", "来访"]


def test_a_list_that_only_counts_its_items_takes_the_subjects_just_named():
    text = (
        "来信同比上升3.1%,来访、网上信访分别下降2.2%和5.4%"
        "(上年同期三个渠道分别为160件、210批和880件)。"
    )
    found = subjects(text)
    assert [found["160件"], found["210批"], found["880件"]] == ["来信", "来访", "网上信访"]


def test_a_separately_list_continues_after_its_parenthesis():
    found = subjects("来信、来访分别比上年(120件、86批)减少12件和9批。")
    assert found["12件"] == "来信"
    assert found["9批"] == "来访"


def test_a_separately_list_pairs_with_the_figures_of_the_chain_before():
    found = subjects("城关镇、河口镇分别受理信访事项52件、37件;已分别办结50件、35件。")
    assert found["50件"] == "城关镇"
    assert found["35件"] == "河口镇"


def test_a_completing_act_with_nothing_else_before_the_figure_is_the_subject():
    found = subjects("全镇办结52件,办结率96.3%;街道实际化解纠纷31起。")
    assert found["52件"] == "办结"
    found = subjects("全街道排查邻里纠纷48起;化解45起;化解率93.8%。")
    assert found["45起"] == "化解"


def test_the_rest_of_what_was_done_is_what_was_not():
    found = subjects("全年清理信访积案20件,已化解17件,剩余3件列入明年计划。")
    assert found["3件"] == "未化解"
    found = subjects("全街道排查邻里纠纷48起;化解45起;化解率93.8%;其余3起待下月调处。")
    assert found["3起"] == "未化解"
    found = subjects("截至月底已交付412户,交付率80.5%,其余100户年底前交付。")
    assert found["100户"] == "未交付"


def test_the_rest_of_a_list_of_categories_is_the_other_categories():
    found = subjects("物业服务类31件;劳资类22件;其余19件涉及多个领域。")
    assert found["19件"] == "其他"
    found = subjects("城建类120件,其余各类合计85件,占41.5%。")
    assert found["85件"] == "其余各类"
    assert found["41.5%"] == "其余各类"


def test_the_month_or_quarter_inside_a_subject_is_dropped():
    assert subjects("区矛调中心本月接待群众88人次。")["88人次"] == "区矛调中心接待群众"


def test_a_list_closed_by_deng_is_named_by_its_kind():
    assert subjects("依法引导诉讼、仲裁等法定渠道23件。")["23件"] == "法定渠道"


def test_the_noun_after_a_classifier_ends_before_its_verb():
    found = subjects("发现9个小区存在违建问题,对2个单位予以通报,导致15名工人多次上访。")
    assert [found["9个"], found["2个"], found["15名"]] == ["小区", "单位", "工人"]


def test_an_anaphor_names_the_kind_it_refers_to():
    found = subjects("部分群众把邻里噪音纠纷反映到社区,全年调处此类纠纷36起。")
    assert found["36起"] == "邻里噪音纠纷"


def test_a_share_after_a_daily_average_is_of_the_total():
    found = subjects("暑期共受理学位类诉求62件,日均1.1件,占全年该类诉求的55.4%。")
    assert found["55.4%"] == "学位类诉求"


def test_the_ones_completed_or_not_before_de_are_the_subject():
    found = subjects("尚未办结的7件中,超期的2件。")
    assert found["7件"] == "未办结"
    found = subjects("街道从已化解的45起中随机回访20起。")
    assert found["45起"] == "已化解"


def test_a_figure_after_a_preposition_is_named_by_the_noun_after_it():
    assert subjects("区联席办共对96件重点信访事项开展督查。")["96件"] == "重点信访事项"


def test_the_end_of_a_month_is_a_date_not_the_subject():
    assert subjects("截至6月底已交付218户,交付率72.4%。")["218户"] == "已交付"


def test_a_reckoning_before_an_average_is_not_its_name():
    assert subjects("按全年365天计算日均登记5.2件。")["5.2件"] == "日均登记"


def test_a_count_of_disputes_is_not_named_by_its_measure_word():
    found = subjects("与上季度相比,纠纷起数增长6.1%(上季度为340起)。")
    assert found["6.1%"] == "纠纷起数"
    assert found["340起"] == "纠纷"


def test_an_average_per_item_is_named_by_its_item():
    found = subjects("罚没款210万元,宗均5.0万元;举办培训4期260人次,期均65人次。")
    assert found["5.0万元"] == "宗均"
    assert found["65人次"] == "期均"
    assert subjects("集体访9批270人,平均每批30.0人。")["30.0人"] == "批均"


def test_things_named_in_another_clause_are_not_what_a_later_count_counts():
    found = subjects("本月涉及物业的信访38件,涉及5个小区,比上月(30件)增加8件。")
    assert found["30件"] == "物业信访"
    assert found["8件"] == "物业信访"
    assert subjects("其余6个村合计21件。")["21件"] == "其余村"


def test_a_verb_of_receiving_ends_the_noun_after_a_classifier():
    assert subjects("已有2.1万户群众领到了补偿款。")["2.1万户"] == "群众"


def test_related_and_a_bound_are_not_part_of_the_subject():
    assert subjects("本季度相关诉求320件。")["320件"] == "诉求"
    assert subjects("11月信访量控制在30件以内,12月合计不超过45件;")["45件"] == "信访量"


def test_a_period_after_a_classifier_is_no_noun():
    found = subjects("全镇9个村中,4个本月无信访,占44.4%。")
    assert found["4个"] == "村"


def test_the_other_side_of_a_comparison_is_not_the_subject():
    found = subjects("万人信访量31.5件,比全市平均水平(40.2件)低8.7件。")
    assert found["8.7件"] == "万人信访量"
    found = subjects("已用去控制目标的80.1%,比时间进度(75.0%)快5.1个百分点。")
    assert found["5.1个百分点"] == "控制目标"


def test_the_people_of_visits_are_the_visits():
    found = subjects("来访群众520人次,批次比上月(140批)减少12批。")
    assert found["520人次"] == "来访"
    assert found["12批"] == "来访批次"


def test_a_total_of_several_categories_names_them():
    found = subjects("物业类52件;劳资类40件;环境类18件。以上三类合计110件,占61.1%。")
    assert found["110件"] == "物业、劳资、环境"
    assert found["61.1%"] == "物业、劳资、环境"
    found = subjects("物业类52件,劳资类40件,环境类18件,交通类9件。前两类合计超过五成。")
    assert found["五成"] == "物业、劳资"
    found = subjects("物业、劳资、环境三类问题居前三位,合计110件,占61.1%。")
    assert found["110件"] == "物业、劳资、环境"
    found = subjects("物业类52件;劳资类40件。以上两类共92件,其余8件涉及其他领域。")
    assert found["8件"] == "其他"


def test_the_people_a_sum_was_recovered_for_and_各类_are_not_the_subject():
    found = subjects("通过调解帮助群众追回欠薪及各类补偿款125.6万元。")
    assert found["125.6万元"] == "追回欠薪及补偿款"
    assert subjects("网格员收集上报各类问题线索210条。")["210条"] == "上报问题线索"


def test_the_ones_completed_are_named_by_the_act():
    assert subjects("截至月底,督办事项已办结88件,办结率92.6%。")["88件"] == "已办结"


def test_categories_named_as_the_main_ones_are_what_their_total_counts():
    found = subjects("从反映问题看,以物业类和劳资类为主,合计215件,占51.2%。")
    assert found["215件"] == "物业类和劳资类"
    assert found["51.2%"] == "物业类和劳资类"


def test_the_figures_of_a_set_after_zhong_are_named_by_what_follows():
    assert subjects("按期办结的40件中回访38件,回访率95.0%。")["38件"] == "回访"
    assert subjects("已按期办结96件。")["96件"] == "按期办结"


def test_a_level_with_no_name_of_its_own_is_the_rate_before_it():
    assert subjects("满意率88.1%,未达到区定90%的目标。")["90%"] == "满意率"


def test_a_second_separately_list_reuses_the_places_named_by_the_first():
    text = "东关镇、西关镇信访量同比分别下降8.2%和5.5%(上年同期分别为220件、180件)。"
    found = subjects(text)
    assert [found["8.2%"], found["5.5%"]] == ["东关镇", "西关镇"]
    assert [found["220件"], found["180件"]] == ["东关镇", "西关镇"]


def test_a_rate_s_name_after_a_figure_and_of_an_anaphor():
    assert subjects("县民政局参评的18件中满意率94.4%。")["94.4%"] == "满意率"
    text = "学位类诉求集中在暑期。全年该类诉求的实际解决率为52.1%。"
    assert subjects(text)["52.1%"] == "学位类诉求解决率"


def test_the_ones_of_a_set_named_before_zhong_are_named_after_it():
    assert subjects("已办结的督办件中按期办结57件。")["57件"] == "按期办结"
    assert subjects("镇综治中心本年度调处纠纷41起。")["41起"] == "纠纷"  # (中心 is no 中)


def test_a_place_anaphor_names_the_place_named_last():
    found = subjects("桃源镇信访量下降18.2%;该镇31件涉及土地流转,约占该镇信访量的四成。")
    assert found["31件"] == "桃源镇"
    assert found["四成"] == "桃源镇"


def test_a_verb_of_paying_or_recovering_is_not_part_of_the_subject():
    found = subjects("全年发放救助金52人次,惠及困难群众1.2万人次,为农户挽回损失36.5万元。")
    assert found["52人次"] == "救助金"
    assert found["1.2万人次"] == "困难群众"
    assert found["36.5万元"] == "损失"


def test_the_noun_after_a_relative_clause_is_what_a_classifier_counts():
    found = subjects("对23户家中确有困难的信访群众给予救助,走访3个楼盘的业主。")
    assert found["23户"] == "信访群众"
    assert found["3个"] == "楼盘"


def test_a_counted_group_of_places_pairs_with_the_places_listed_before():
    found = subjects(
        "河西镇、柳林乡、石门镇分别受理信访事项88件、64件、52件,分别占全县的30.1%、21.9%、"
        "17.8%;县直单位40件。\n三个乡镇到期应办结分别为80件、60件、50件,"
        "按期办结分别为78件、59件、47件。"
    )
    assert found["80件"] == "河西镇到期应办结"
    assert found["50件"] == "石门镇到期应办结"
    assert found["78件"] == "河西镇按期办结"
    assert found["47件"] == "石门镇按期办结"


def test_a_counted_group_takes_its_places_from_one_list():
    found = subjects(
        "东山区、西湖区分别受理90件、70件。其中东山区同比上升5.0%(上年同期86件)。"
        "两个城区常住人口分别为30.2万人、25.6万人。"
    )
    assert found["30.2万人"] == "东山区常住人口"
    assert found["25.6万人"] == "西湖区常住人口"


def test_a_clause_that_counts_the_places_just_listed_is_of_those_places():
    found = subjects("其中南关镇42件、北岭乡37件、西坡村20件,三地合计占全县的45.0%。")
    assert found["45.0%"] == "南关镇、北岭乡、西坡村"
    found = subjects("市交通局受理61件、市水利局受理45件,两个部门合计106件,占总量的三成。")
    assert found["106件"] == "市交通局、市水利局"
    assert found["三成"] == "市交通局、市水利局"


def test_an_aggregate_does_not_reach_across_a_sentence():
    found = subjects("南关镇42件。北岭乡37件,两地合计占全县的35.0%。")
    assert found["35.0%"] != "南关镇、北岭乡"


def test_the_rest_is_named_by_the_work_still_under_way():
    found = subjects("全街道排查邻里纠纷48起;化解45起;化解率93.8%;其余3起正在调处。")
    assert found["3起"] == "正在调处"
    found = subjects("全年受理信访事项86件,已办结80件,其余6件正在核实。")
    assert found["6件"] == "正在核实"
    found = subjects("包案积案10件,已化解7件;余3件在调处。")
    assert found["3件"] == "在调处"


def test_the_days_of_a_period_named_just_before_them_are_the_period_s():
    found = subjects("镇接待室上半年共181天,接待来访群众96人次。")
    assert found["181天"] == "上半年天数"
    found = subjects("第二季度(共91天),全区受理信访事项546件。")
    assert found["91天"] == "第二季度天数"
    found = subjects("1—9月共273天,日均受理信访事项6.2件。")
    assert found["273天"] == "1—9月天数"
    found = subjects("平均办理用时20.1天,比第一季度(22.4天)缩短2.3天。")
    assert found["22.4天"] != "第一季度"


def test_the_working_days_a_daily_average_is_reckoned_over():
    found = subjects("接待来访群众720人次,按全年工作日240天计算,日均接待3.0人次。")
    assert found["240天"] == "全年工作日"
    found = subjects("本月接待群众60人次,按20个工作日计算,日均3.0人次。")
    assert found["20个工作日"] == "工作日"


def test_the_rest_of_a_group_named_as_one():
    found = subjects("南坡村31件,北坡村22件;其余五个村合计19件。")
    assert found["19件"] == "其余村"
    found = subjects("城南社区40件,城北社区33件;其余社区(村)合计52件。")
    assert found["52件"] == "其余社区(村)"


def test_the_first_n_categories_are_the_first_listed():
    found = subjects(
        "按问题类型分:物业服务类300件,交通出行类200件,噪声扰民类100件,其他60件。"
        "前三类所占比例依次为45.5%、30.3%、15.2%。"
    )
    assert found["45.5%"] == "物业服务类"
    assert found["30.3%"] == "交通出行类"
    assert found["15.2%"] == "噪声扰民类"


def test_a_numbered_heading_s_label_names_the_figure_after_its_colon():
    found = subjects("(三)及时受理率:98.2%,比上季度(97.5%)提高0.7个百分点。")
    assert found["98.2%"] == "及时受理率"
    assert found["0.7个百分点"] == "及时受理率"
    assert subjects("二、群众满意率:95.1%。")["95.1%"] == "群众满意率"


def test_a_total_after_a_list_is_no_item_of_it():
    found = subjects(
        "按问题类型分:物业服务类300件,交通出行类200件,噪声扰民类100件,其他60件。"
        "前三类所占比例依次为45.5%、30.3%、15.2%,合计占91.0%。"
    )
    assert found["45.5%"] == "物业服务类"
    assert found["15.2%"] == "噪声扰民类"


def test_a_count_in_another_measure_is_not_of_the_average_before_it():
    found = subjects("本季度接待集体访4批,批均12.5人次,较上季度(7批)减少3批。")
    assert found["7批"] == "集体访"
    assert found["3批"] == "集体访"


def test_a_leading_comparison_word_is_no_part_of_the_subject():
    found = subjects("本月受理信访事项46件、90人次,环比件数上升15.0%、人次上升12.5%。")
    assert found["15.0%"] == "信访事项件数"
    assert found["12.5%"] == "信访事项人次"


def test_an_inclusion_in_parentheses_is_an_aside_even_with_digits():
    found = subjects("本月来访12批;网上信访(含12345转办)27件,环比上升8.0%。")
    assert found["27件"] == "网上信访"
    assert found["8.0%"] == "网上信访"


def test_places_counted_as_so_many_places_pair_with_the_places_listed_before():
    found = subjects(
        "东山区、西湖区分别参评320件、250件,评价满意分别为300件、240件。"
        "两地满意率分别为93.8%、96.0%。"
    )
    assert found["93.8%"] == "东山区满意率"
    assert found["96.0%"] == "西湖区满意率"


def test_an_anaphor_refers_to_the_kind_of_problem_named_before():
    found = subjects("2、物业服务收费问题较为突出。该类信访86件,比上年增加12件。")
    assert found["86件"] == "物业服务收费"
    assert found["12件"] == "物业服务收费"


def test_a_number_of_things_in_their_own_measure_counts_the_things():
    found = subjects("与上年相比,排查矛盾纠纷起数增加36起。")
    assert found["36起"] == "矛盾纠纷"


def test_a_purpose_verb_after_the_noun_begins_the_predicate():
    assert subjects("对剩余8件积案力争年内化解。")["8件"] == "积案"


def test_a_rate_named_before_a_colon_names_the_figure_after_it():
    found = subjects("全年受理初信初访120件,首次办理即答复98件,初信初访一次性化解率:81.7%。")
    assert found["81.7%"] == "初信初访一次性化解率"


def test_the_first_items_of_a_list_are_those_of_the_sentence_that_lists_them():
    text = (
        "全年受理信访事项2,000件。从问题类型看,城乡建设类612件,劳动保障类500件,"
        "自然资源类300件,其他588件。前三类所占比例依次为30.6%、25.0%、16.0%。"
    )
    shares = [c for c in extract(text).claims if c.kind == "share"]
    assert [c.subject for c in shares] == ["城乡建设类", "劳动保障类", "自然资源类"]


def test_a_category_named_as_a_field_is_named_as_a_category():
    found = subjects("从反映内容看,社会治安方面问题64件,医疗卫生方面52件,占18.3%。")
    assert found["64件"] == "社会治安类"
    assert found["52件"] == "医疗卫生类"
    assert found["18.3%"] == "医疗卫生类"


def test_a_separately_list_pairs_with_the_names_listed_in_the_clause_before():
    found = subjects("南坪村、北岭村、西河社区矛盾较为集中,分别排查出纠纷12起、9起、7起。")
    assert found["12起"] == "南坪村"
    assert found["9起"] == "北岭村"
    assert found["7起"] == "西河社区"


def test_the_average_compared_with_is_the_whole_s_average_of_the_same_measure():
    found = subjects(
        "河东镇万人信访量8.4件,低于全县平均水平(9.6件)1.2件。"
        "调解成功率96.5%,高于全市平均(94.1%)2.4个百分点。"
    )
    assert found["9.6件"] == "全县平均万人信访量"
    assert found["94.1%"] == "全市平均调解成功率"


def test_what_is_applied_for_is_the_subject_of_the_money_and_not_of_the_people():
    found = subjects("今年为12户困难家庭申请临时救助3.6万元,为8户困难群众争取临时救助2.4万元。")
    assert found["12户"] == "困难家庭"
    assert found["3.6万元"] == "临时救助"
    assert found["8户"] == "困难群众"
    assert found["2.4万元"] == "临时救助"


def test_a_verb_coordinated_with_the_next_one_does_not_start_the_subject():
    found = subjects("上半年累计争取和筹集专项资金1.2亿元,已办结并反馈36件。")
    assert found["1.2亿元"] == "争取和筹集专项资金"
    assert found["36件"] == "已办结并反馈"


def test_a_share_taken_in_a_whole_is_of_what_stands_before_the_whole():
    found = subjects("来信在信访总量中的比重由上年的12.4%下降到10.1%。集体访所占比例为6.5%。")
    assert found["12.4%"] == "来信"
    assert found["10.1%"] == "来信"
    assert found["6.5%"] == "集体访"


def test_function_words_at_the_edges_of_a_subject_are_not_part_of_it():
    found = subjects(
        "河口镇与上月(32件)持平。全年信访总量要控制在900件以内。"
        "经核查查实14件。应办结信访事项320件,各单位按期办结了其中的301件。"
    )
    assert found["32件"] == "河口镇"
    assert found["900件"] == "信访总量"
    assert found["14件"] == "查实"
    assert found["301件"] == "办结"


def test_a_verb_that_makes_another_act_happen_is_not_part_of_the_subject():
    found = subjects("拖欠工资1,200万元,已督促兑付860万元。联席办组织督查15次。")
    assert found["860万元"] == "已兑付"
    assert found["15次"] == "联席办督查"


def test_the_volume_of_a_place_s_petitions_is_those_petitions():
    found = subjects("河口镇信访量同比下降8.2%,占全县的15.6%;万人信访量6.1件。")
    assert found["8.2%"] == "河口镇信访"
    assert found["15.6%"] == "河口镇信访"
    assert found["6.1件"] == "万人信访量"


def test_a_verb_that_brings_about_the_things_counted_is_not_part_of_them():
    found = subjects("全县今年核查用工线索86条,本月召开村民议事会12场,下达整改通知书30份。")
    assert found["86条"] == "用工线索"
    assert found["12场"] == "村民议事会"
    assert found["30份"] == "整改通知书"


def test_a_list_marker_a_period_or_the_petitions_in_general_are_not_part_of_a_rate():
    found = subjects(
        "三是调解成功率不低于90%;第二季度回访满意率达到95%;各类信访事项及时答复率99.1%。"
    )
    assert found["90%"] == "调解成功率"
    assert found["95%"] == "回访满意率"
    assert found["99.1%"] == "及时答复率"


def test_a_count_in_the_batches_own_measure_counts_the_visits():
    found = subjects("本月越级访12批,批次比上月(18批)减少6批;来访人次较上年(640人次)下降5%。")
    assert found["18批"] == "越级访"
    assert found["640人次"] == "来访"


def test_a_hotline_s_service_number_is_part_of_its_name():
    found = subjects(
        "本月来信12件,12366纳税服务热线转来27件,12345热线41件;区直部门和12345热线转办9件。"
    )
    assert found["27件"] == "12366纳税服务热线转来"
    assert found["41件"] == "12345热线"
    assert found["9件"] != "12345热线转办"  # (counted together with the departments)


def test_the_population_of_the_whole_place_is_named_by_the_place():
    found = subjects("截至年底,全乡户籍人口2.6万人,全区常住人口41.8万人。")
    assert found["2.6万人"] == "全乡户籍人口"
    assert found["41.8万人"] == "全区常住人口"


def test_the_time_an_act_takes_on_average_is_named_with_the_act():
    found = subjects(
        "全年办结事项平均办理用时18.2天,网上信访事项平均办理用时9.6天,信访事项平均办理时长15天。"
    )
    assert found["18.2天"] == "平均办理用时"
    assert found["9.6天"] == "网上信访平均办理用时"
    assert found["15天"] == "平均办理时长"


def test_this_quarter_s_or_month_s_days_are_those_of_the_period_the_title_names():
    text = "青山县2025年第一季度信访形势分析\n\n本季度共90天,日均登记信访事项8.2件。"
    assert subjects(text)["90天"] == "第一季度天数"
    text = "桥东街道2025年4月信访工作月报\n\n本月共30天,日均受理1.4件。"
    assert subjects(text)["30天"] == "4月天数"
    # a title naming no single quarter leaves the words as written
    text = "青山县2024年信访工作总结\n\n本季度共92天,日均登记信访事项8.2件。"
    assert subjects(text)["92天"] == "本季度天数"


def test_the_leaders_reception_of_visitors_is_their_reception():
    found = subjects("全年区级领导接待来访群众45批152人次,同比分别上升7.1%、4.8%。")
    assert found["45批"] == "区级领导接访"
    assert found["152人次"] == "区级领导接访"
    assert found["7.1%"] == "区级领导接访批次"
    assert found["4.8%"] == "区级领导接访人次"


def test_a_list_of_shares_after_an_anaphor_pairs_with_the_counts_listed_before():
    found = subjects(
        "按投诉对象分:餐饮类214件;装修类136件;其他50件。以上分别占投诉总量的53.5%、34.0%和12.5%。"
    )
    assert [found["53.5%"], found["34.0%"], found["12.5%"]] == ["餐饮类", "装修类", "其他"]
    found = subjects(
        "市长热线转办88件,环比上升10.0%(上季度80件);网上信访41件;来访九批二十六人次;"
        "来信七件。各渠道依次占60.3%、28.1%、6.2%、4.8%。"
    )
    assert [found["60.3%"], found["28.1%"], found["6.2%"], found["4.8%"]] == [
        "市长热线转办",
        "网上信访",
        "来访",
        "来信",
    ]
    # as many counts as shares, or none is paired
    found = subjects("餐饮类214件;装修类136件。以上分别占投诉总量的40.1%、25.5%和12.5%。")
    assert found["40.1%"] != "餐饮类"


def test_a_list_of_measures_of_one_thing_and_its_previous_values():
    found = subjects(
        "全年受理来信1,204件,来访486批1,377人次。"
        "来访批次、人次同比分别下降12.1%和6.3%(上年为553批1,470人次),渠道向网上集中。"
    )
    assert found["6.3%"] == "来访人次"
    assert found["553批"] == "来访"
    assert found["1,470人次"] == "来访"
    found = subjects("网上信访2,310件。来信、来访分别下降4.1%、7.8%(上年同期230件、510批)。")
    assert found["230件"] == "来信"
    assert found["510批"] == "来访"


def test_a_clause_after_a_list_of_parts_is_of_the_whole():
    found = subjects(
        "北岭区:受理信访事项2,310件,其中来信210件、来访640批1,500人次、网上信访1,460件,"
        "同比下降4.2%(上年2,411件),占全市的18.5%。"
    )
    assert found["1,460件"] == "网上信访"
    assert found["4.2%"] == "信访事项"
    assert found["2,411件"] == "信访事项"
    assert found["18.5%"] == "信访事项"
    # a part listed on its own, or named again, keeps the clause after it
    found = subjects("全年受理信访事项980件,其中网上信访520件,同比上升3.1%。")
    assert found["3.1%"] == "网上信访"
    found = subjects("全年受理信访事项980件,其中来信130件、网上信访520件,网上信访同比上升3.1%。")
    assert found["3.1%"] == "网上信访"
    # nor is one part named by a list of words a list of parts
    found = subjects(
        "全年受理执法类投诉217件,其中反映执法态度生硬、程序不规范的64件,占该类的29.5%。"
    )
    assert found["29.5%"] != "执法类投诉"


def test_an_aspect_adverb_or_a_preposition_of_target_is_not_part_of_the_subject():
    found = subjects("全区学校食堂312家,已安装明厨亮灶设施298家,安装率95.5%。")
    assert found["298家"] == "安装明厨亮灶设施"
    found = subjects("从举报对象看,针对施工企业的占41.0%,针对个体商户的占30.5%。")
    assert found["41.0%"] == "施工企业"
    assert found["30.5%"] == "个体商户"
    # (已 before a verb that is stripped itself keeps the act: 已办结51件)
    assert subjects("截至月底已办结51件。")["51件"] == "已办结"


def test_a_clause_saying_what_something_is_names_the_figures_after_it():
    found = subjects("从问题类型看,物业服务纠纷仍是信访的第一大类,共412件,占38.0%。")
    assert found["412件"] == "物业服务纠纷"
    assert found["38.0%"] == "物业服务纠纷"
    found = subjects("劳资纠纷依然是突出问题,超过四成。")
    assert found["四成"] == "劳资纠纷"
    # (not when a figure before already names what the clause is about)
    found = subjects("全年受理来信96件,这是近三年的最低水平,同比下降5.0%。")
    assert found["5.0%"] == "来信"


def test_a_total_s_adverb_between_actor_and_act_is_not_part_of_the_subject():
    found = subjects("全年法律援助律师共接待来访群众812批2,040人次。")
    assert found["812批"] == "法律援助律师接待来访"


def test_a_clause_that_opens_with_a_listed_name_is_of_that_name_not_the_topic_before():
    text = (
        "柳塘村、枫桥村、南岙村分别受理信访33件、27件和19件,上年依次为30件、35件和19件;"
        "柳塘村新建小区交付,同比上升10.0%;枫桥村土地纠纷逐步化解,同比下降22.9%。"
    )
    found = subjects(text)
    assert found["10.0%"] == "柳塘村"
    assert found["22.9%"] == "枫桥村"
    # a clause that opens with no name of the paragraph keeps the topic before it
    plain = subjects("柳塘村受理信访33件,同比上升10.0%;石桥村总体平稳,同比下降2.0%。")
    assert plain["2.0%"] == plain["10.0%"]


def test_a_loss_named_short_is_a_count_not_a_difference():
    claims = {c.text: c for c in extract("丢失短少类中,丢失86件,短少41件,缺少3件。").claims}
    assert claims["41件"].kind == "count"
    assert claims["3件"].kind == "count"
    assert {c.kind for c in extract("本月比上月少5件。").claims} == {"difference"}


def test_the_first_name_of_a_list_starts_after_the_verb_that_opens_it():
    found = subjects(
        "排在前三位的问题依次为征地拆迁补偿、劳资纠纷和城乡建设管理,件数依次为318件、246件和203件。"
    )
    assert found["318件"] == "征地拆迁补偿"
    assert found["246件"] == "劳资纠纷"


def test_an_explanation_in_brackets_before_the_de_is_no_end_of_the_name():
    found = subjects(
        "农村广播投诉中，反映设备损坏的138件，反映噪声扰民（音量过大、时间过早）的86件，其他28件。"
    )
    assert found["86件"] == "噪声扰民"


def test_a_name_explained_in_brackets_with_figures_keeps_its_name():
    # 汛期(6—9月,共122天)186件: the months and their days explain 汛期; the count is 汛期's
    text = "受理量随季节波动,枯水期(1—5月)58件,汛期(6—9月,共122天)186件,其余月份37件。"
    found = subjects(text)
    assert found["186件"] == "汛期" and found["58件"] == "枯水期"


def test_the_opener_of_a_list_of_main_items_is_not_the_first_item_s_name():
    found = subjects(
        "劳动争议案件中主要有拖欠工资612件、社会保险284件等。网上信访中有效投诉328件。"
    )
    assert found["612件"] == "拖欠工资"
    assert found["284件"] == "社会保险"
    # (有 alone opens no list: 有效投诉 is a name)
    assert found["328件"] == "有效投诉"


def test_a_share_names_its_part_among_the_main_items():
    from xinfang_nlp.checks import check

    text = (
        "民事案件4,126件。民事案件中主要有农民工讨薪1,486件、婚姻家庭968件、交通事故724件等,"
        "农民工讨薪案件占民事案件的36.0%。"
    )
    (share,) = [k for k in check(extract(text)) if k.kind == "share"]
    # (linked by its name, not found by the operand search among the figures around)
    assert (share.verdict, share.basis) == ("consistent", "stated")
    assert share.message().split(" =")[0] == "1486/4126"


def test_a_total_of_items_put_in_a_class_is_of_that_class():
    found = subjects(
        "按诉求分,拖欠工资415件,拖欠社保费187件,劳动合同纠纷96件,工伤待遇58件。"
        "按性质归并,拖欠工资和拖欠社保费属于欠薪欠保类,合计602件;劳动合同纠纷和工伤待遇归为"
        "劳动关系类,共154件。"
    )
    assert found["602件"] == "欠薪欠保类"
    assert found["154件"] == "劳动关系类"


def test_a_quoted_word_in_a_listed_name_keeps_the_name():
    found = subjects(
        "反映“一房多卖”的286件,反映延期交房的214件,其他63件。"
        "“一房多卖”和延期交房两类分别占50.4%和37.7%。"
    )
    assert found["50.4%"] == "一房多卖"
    assert found["37.7%"] == "延期交房"
