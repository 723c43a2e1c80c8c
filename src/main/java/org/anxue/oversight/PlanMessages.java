package org.anxue.oversight;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the plan progress breakdowns on {@code /oversight/plan-targets}, zh-CN; English in
 * {@link PlanMessagesEnglish}. Templates: {@code {plan:sharesTitle}}. The targets' own texts are in
 * {@link OversightMessages}.
 */
@MessageBundle(value = "plan", locale = "zh-CN")
public interface PlanMessages {

    @Message("对照年度目标")
    String sharesTitle();

    @Message("类别")
    String category();

    @Message("""
            {#when key}\
            {#is 'keyPositions'}三项岗位人员\
            {#is 'highRiskUpgrading'}高危行业安全技能提升\
            {#is 'majorHazardManagers'}危险性较大企业负责人和安全管理人员\
            {#is 'smallMicroManufacturing'}生产加工型小微企业\
            {#else}{key}\
            {/when}""")
    String categoryName(String key);

    @Message("已培训（人）")
    String trained();

    @Message("目标（人）")
    String target();

    @Message("完成率")
    String share();

    @Message("辖区内 {companies} 家企业中，{without} 家未登记企业规模，不计入生产加工型小微企业；该类数字是下限。已登记的生产加工型小微企业 {smallMicro} 家。")
    String withoutScale(int companies, int without, int smallMicro);

    @Message("辖区内 {companies} 家企业都已登记企业规模。已登记的生产加工型小微企业 {smallMicro} 家。")
    String allScaled(int companies, int smallMicro);

    @Message("按县市区")
    String byAreaTitle();

    @Message("按行业")
    String byIndustryTitle();

    @Message("按企业")
    String byCompanyTitle();

    @Message("已培训人数最多的前 {shown} 家企业（有人培训的企业共 {total} 家）。")
    String companiesShown(int shown, int total);

    @Message("本年还没有人培训。")
    String nobodyYet();

    @Message("企业数")
    String companies();

    @Message("培训人数（任一类）")
    String anyTrained();

    @Message("企业")
    String company();

    @Message("所属局")
    String bureau();

    @Message("规模")
    String scale();

    @Message("{#when code}{#is 'LARGE'}大型{#is 'MEDIUM'}中型{#is 'SMALL'}小型{#is 'MICRO'}微型{#else}未登记{/when}{#if production}·生产加工型{/if}")
    String scaleName(String code, boolean production);

    @Message("合计")
    String total();

    @Message("合计按人去重：在两个县市区的企业同时在职的人只计一次。")
    String totalNote();
}
