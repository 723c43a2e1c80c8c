package org.anxue.oversight.exports;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the oversight exports (subsidy report), zh-CN; {@link ExportMessagesEnglish} has the English ones.
 * Templates: {@code {ovx:subsidiesTitle}}; errors: {@code ovx:badPeriod}.
 */
@MessageBundle(value = "ovx", locale = "zh-CN")
public interface ExportMessages {

    @Message("""
            {#when category}\
            {#is 'PRINCIPAL_MANAGER'}主要负责人和安管员取证\
            {#is 'NEW_SPECIAL_OPERATION'}特种作业操作证新取证\
            {#is 'REVIEW'}复审\
            {#else}{category}\
            {/when}""")
    String category(String category);

    @Message("补贴统计")
    String subsidiesTitle();

    @Message("按证书发放的技能培训补贴，{bureau}辖区。")
    String subsidiesLead(String bureau);

    @Message("{from} 至 {until}")
    String period(String from, String until);

    @Message("起始日期")
    String from();

    @Message("截止日期")
    String until();

    @Message("查询")
    String show();

    @Message("导出 Excel")
    String exportXlsx();

    @Message("补贴标准（元/人）")
    String ratesTitle();

    @Message("默认值取自计划的区间下限：主要负责人和安管员 450（450–500），特种作业新取证 300（300–450），复审 100。修改后只适用于本局。")
    String ratesLead();

    @Message("保存补贴标准")
    String saveRates();

    @Message("合计")
    String total();

    @Message("人次")
    String count();

    @Message("补贴金额（元）")
    String amount();

    @Message("明细")
    String rowsTitle();

    @Message("按企业")
    String byCompany();

    @Message("按培训机构")
    String byInstitution();

    @Message("（未记录）")
    String noInstitution();

    @Message("姓名")
    String name();

    @Message("企业")
    String company();

    @Message("培训机构")
    String institution();

    @Message("作业类别")
    String operationType();

    @Message("证书编号")
    String certificateNumber();

    @Message("发证日期")
    String issuedOn();

    @Message("补贴类别")
    String categoryHeading();

    @Message("该期间没有发证记录。")
    String noRows();

    @Message("期间无效：请填写日期（如 2026-01-01），起始不晚于截止，跨度不超过 10 年。")
    String badPeriod();

    @Message("补贴标准无效：每项须为 0 到 100000 之间的整数（元）。")
    String badRate();

    // --- background exports ----------------------------------------------------------------------------

    @Message("""
            {#when status}\
            {#is 'QUEUED'}排队中\
            {#is 'RUNNING'}生成中\
            {#is 'DONE'}已完成\
            {#is 'FAILED'}失败\
            {#is 'EXPIRED'}已过期（文件已删除）\
            {#else}{status}\
            {/when}""")
    String jobStatus(String status);

    @Message("""
            {#when why}\
            {#is 'NO_EMPLOYEES'}该企业没有在职人员，没有可导出的档案。\
            {#is 'SUBJECT_GONE'}该人员已不存在。\
            {#else}生成失败：{why}\
            {/when}""")
    String failure(String why);

    @Message("""
            {#when kind}\
            {#is 'PERSON'}一人一档\
            {#is 'COMPANY'}一企一档\
            {#else}{kind}\
            {/when}""")
    String jobKind(String kind);

    @Message("一人一档 / 一企一档导出")
    String exportsTitle();

    @Message("导出一人一档（PDF）")
    String exportPerson();

    @Message("导出一企一档（ZIP：每位在职人员一份 PDF 和汇总表）")
    String exportCompany();

    @Message("身份证号")
    String idNumber();

    @Message("开始导出")
    String start();

    @Message("本局的导出任务")
    String jobsTitle();

    @Message("还没有导出任务。")
    String noJobs();

    @Message("对象")
    String subject();

    @Message("状态")
    String statusHeading();

    @Message("进度")
    String progress();

    @Message("申请人")
    String requestedBy();

    @Message("申请时间")
    String requestedAt();

    @Message("下载")
    String download();

    @Message("导出：{name}")
    String jobTitle(String name);

    @Message("导出请求无效：请选择一人一档（填身份证号）或一企一档（选择企业）。")
    String badExport();

    @Message("文件还没有生成好，请稍后再下载。")
    String notReady();

    // --- retention of export files ---------------------------------------------------------------------

    @Message("完成的文件保留{#if days > 0} {days} 天{/if}{#if hours > 0} {hours} 小时{/if}{#if minutes > 0} {minutes} 分钟{/if}，到期后自动删除，需要时可重新导出。")
    String retention(long days, long hours, long minutes);

    @Message("保留至 {when}")
    String keptUntil(String when);

    @Message("文件已于 {when} 超过保留期限并被删除。如仍需要，请重新导出。")
    String expiredNote(String when);

    @Message("重新导出")
    String exportAgain();

    @Message("该导出的文件已于 {when} 超过保留期限并被删除，无法下载。请在导出页面重新导出。")
    String expired(String when);

    @Message("该导出还在进行中，完成后才能重新导出。")
    String stillRunning();

    @Message("导出文件暂时无法读取（存储服务不可用），请稍后再试。")
    String fileUnavailable();
}
