package org.anxue.oversight;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** English texts of the plan progress breakdowns; the zh-CN originals are in {@link PlanMessages}. */
@Localized("en")
public interface PlanMessagesEnglish extends PlanMessages {

    @Override
    @Message("Against the year's targets")
    String sharesTitle();

    @Override
    @Message("Category")
    String category();

    @Override
    @Message("""
            {#when key}\
            {#is 'keyPositions'}Principals, safety managers and special-operation workers\
            {#is 'highRiskUpgrading'}High-risk industry skill upgrading\
            {#is 'majorHazardManagers'}Principals and safety managers of major-hazard companies\
            {#is 'smallMicroManufacturing'}Small and micro manufacturers\
            {#else}{key}\
            {/when}""")
    String categoryName(String key);

    @Override
    @Message("Trained (people)")
    String trained();

    @Override
    @Message("Target (people)")
    String target();

    @Override
    @Message("Share")
    String share();

    @Override
    @Message("Of the {companies} companies in your jurisdiction, {without} have no recorded size and are not counted as small or micro manufacturers: that figure is a lower bound. Small and micro manufacturers recorded: {smallMicro}.")
    String withoutScale(int companies, int without, int smallMicro);

    @Override
    @Message("All {companies} companies in your jurisdiction have a recorded size. Small and micro manufacturers recorded: {smallMicro}.")
    String allScaled(int companies, int smallMicro);

    @Override
    @Message("By county/district")
    String byAreaTitle();

    @Override
    @Message("By industry")
    String byIndustryTitle();

    @Override
    @Message("By company")
    String byCompanyTitle();

    @Override
    @Message("The {shown} companies with the most people trained ({total} companies have anyone trained).")
    String companiesShown(int shown, int total);

    @Override
    @Message("Nobody has been trained this year yet.")
    String nobodyYet();

    @Override
    @Message("Companies")
    String companies();

    @Override
    @Message("Trained (any category)")
    String anyTrained();

    @Override
    @Message("Company")
    String company();

    @Override
    @Message("Bureau")
    String bureau();

    @Override
    @Message("Size")
    String scale();

    @Override
    @Message("{#when code}{#is 'LARGE'}Large{#is 'MEDIUM'}Medium{#is 'SMALL'}Small{#is 'MICRO'}Micro{#else}Not recorded{/when}{#if production}, production/processing{/if}")
    String scaleName(String code, boolean production);

    @Override
    @Message("Total")
    String total();

    @Override
    @Message("Totals count each person once: someone employed in two counties/districts counts once.")
    String totalNote();
}
