package org.anxue.creditbank;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the credit bank's pages and errors, zh-CN; English in {@code messages/credit_en.properties}.
 * Templates: {@code {credit:myCreditsTitle}}; errors: {@code new AppException(400, "credit:refused", reason)}.
 */
@MessageBundle(value = CreditMessages.BUNDLE)
public interface CreditMessages {

    String BUNDLE = "credit";

    // --- errors ------------------------------------------------------------------------------------

    @Message("年份 {year} 不在可查询的范围内。")
    String yearOutOfRange(int year);

    @Message("该辖区没有生效的学时政策。")
    String noPolicy();

    @Message("无法办理：{reason}")
    String refused(String reason);

    @Message("未知的培训类型：{type}（可选 INITIAL、REFRESHER、REVIEW、PRE_JOB、ROUTINE）。")
    String unknownTrainingType(String type);

    @Message("身份证号 {idNumber} 无效（应为 18 位且校验位正确）。")
    String badIdNumber(String idNumber);

    @Message("没有身份证号为 {idNumber} 的人员。")
    String unknownPerson(String idNumber);

    @Message("缺少 {field}。")
    String missingField(String field);

    @Message("{field} 格式不对：{value}")
    String badValue(String field, String value);

    @Message("学时应在 0.5 到 {max} 之间（最多两位小数），收到 {value}。")
    String hoursOutOfRange(String value, int max);

    @Message("没有这个线下培训班。")
    String classNotFound();

    @Message("这个培训班已经审核过了。")
    String classAlreadyChecked();

    @Message("该人员不在您的辖区内。")
    String notInJurisdiction();

    @Message("生效日期不能早于今天：政策变更只对今后生效。")
    String effectiveInPast();

    // --- names -------------------------------------------------------------------------------------

    @Message("""
            {#when kind}\
            {#is 'ONLINE_COURSE_COMPLETED'}线上课程\
            {#is 'OFFLINE_CLASS_ATTENDED'}线下培训\
            {#is 'EXAM_RESULT'}考试\
            {#is 'CERTIFICATE'}特种作业证\
            {#is 'RECOGNITION'}认定\
            {#is 'WAIVER'}减免\
            {#is 'REVERSAL'}冲正\
            {#else}{kind}\
            {/when}""")
    String kind(String kind);

    @Message("""
            {#when type}\
            {#is 'INITIAL'}初训\
            {#is 'REFRESHER'}再培训\
            {#is 'REVIEW'}复审\
            {#is 'PRE_JOB'}岗前\
            {#is 'ROUTINE'}日常\
            {#else}{type}\
            {/when}""")
    String trainingType(String type);

    @Message("""
            {#when post}\
            {#is 'PRINCIPAL'}主要负责人\
            {#is 'SAFETY_MANAGER'}安全生产管理人员\
            {#is 'SPECIAL_OPERATION_WORKER'}特种作业人员\
            {#is 'GENERAL_WORKER'}一般从业人员\
            {#else}{post}\
            {/when}""")
    String post(String post);

    @Message("{#when tier}{#is 'HIGH_RISK'}高危行业{#else}一般行业{/when}")
    String tier(String tier);

    @Message("{#when status}{#is 'MET'}达标{#else}未达标{/when}")
    String compliance(String status);

    @Message("""
            {#when result}\
            {#is 'CURRENT'}真实有效，且为最新版本\
            {#is 'SUPERSEDED'}真实，但已被更新的证明取代\
            {#is 'REVOKED'}已被撤销\
            {#is 'NOT_AUTHENTIC'}内容与出具时不一致，不可信\
            {#else}查无此证明\
            {/when}""")
    String verificationResult(String result);

    // --- pages -------------------------------------------------------------------------------------

    @Message("我的学分账户")
    String myCreditsTitle();

    @Message("{name} 的学分账户")
    String accountOf(String name);

    @Message("学时证明")
    String statementTitle();

    @Message("统计周期")
    String period();

    @Message("适用政策版本")
    String policyVersion();

    @Message("应修学时")
    String required();

    @Message("减免")
    String waived();

    @Message("线上记录学时")
    String onlineRecorded();

    @Message("线上计入（上限 {cap}）")
    String onlineCredited(String cap);

    @Message("超出上限未计入")
    String onlineNotCredited();

    @Message("线下学时")
    String offline();

    @Message("认定学时")
    String recognitions();

    @Message("合计")
    String total();

    @Message("尚缺")
    String missing();

    @Message("结论")
    String status();

    @Message("考试")
    String exam();

    @Message("{#if passed}已通过{#else}未通过{/if}")
    String examPassed(boolean passed);

    @Message("明细")
    String entries();

    @Message("暂无记录。")
    String noEntries();

    @Message("另有 {count} 条在其他单位期间的记录，仅计入合计。")
    String entriesHidden(int count);

    @Message("日期")
    String date();

    @Message("类别")
    String kindHeader();

    @Message("内容")
    String description();

    @Message("记录学时")
    String rawHours();

    @Message("计入学时")
    String creditedHours();

    @Message("出具学时证明")
    String issueStatement();

    @Message("已出具的证明")
    String issuedStatements();

    @Message("验证码")
    String code();

    @Message("下载 PDF")
    String pdf();

    @Message("出具时间")
    String issuedAt();

    @Message("状态")
    String issuance();

    @Message("学时证明核验")
    String verifyTitle();

    @Message("核验结果")
    String verifyResult();

    @Message("身份证号")
    String idNumber();

    @Message("岗位类别")
    String postHeader();

    @Message("行业类别")
    String tierHeader();

    @Message("培训类型")
    String trainingTypeHeader();

    @Message("本页仅显示核验所需的最少信息。")
    String verifyMinimal();

    @Message("特种作业操作证")
    String certificates();

    @Message("证号 {number}，{operation}，{issued} 发证，有效期至 {until}")
    String certificateLine(String number, String operation, String issued, String until);

    @Message("提醒")
    String reminders();

    @Message("{#if review}复审{#else}到期换证{/if}：{dueOn}（还有 {days} 天）")
    String reminder(boolean review, String dueOn, long days);

    @Message("复审进度（{operation}，{due} 前）")
    String reviewProgress(String operation, String due);

    @Message("学时 {credited} / {required}，考试{#if exam}已通过{#else}未通过{/if}")
    String reviewLine(String credited, String required, boolean exam);

    @Message("链头")
    String accountHead();

    @Message("扫描二维码或访问下面的地址核验本证明：")
    String scanToVerify();

    @Message("学时政策")
    String policyTitle();

    @Message("{bureau} 的学时政策版本")
    String policyVersions(String bureau);

    @Message("生效日期")
    String effectiveFrom();

    @Message("每学时分钟数")
    String minutesPerHour();

    @Message("线上折算比例")
    String conversionRatio();

    @Message("线上比例")
    String onlineShare();

    @Message("需考试")
    String examRequired();

    @Message("新版本")
    String newVersion();

    @Message("预览影响")
    String preview();

    @Message("保存新版本")
    String saveVersion();

    @Message("本年度 {total} 人中，有 {changed} 人的达标状态将改变（{toMet} 人变为达标，{toNotMet} 人变为未达标）。")
    String previewResult(int total, int changed, int toMet, int toNotMet);

    @Message("辖区尚无本级政策，沿用上级政策。")
    String inherited();

    @Message("说明")
    String note();

    @Message("账本核验")
    String ledgerVerification();
    @Message("线下培训班")
    String offlineClassesTitle();

    @Message("登记培训班")
    String recordClass();

    @Message("课程")
    String course();

    @Message("学员身份证号（每行一个）")
    String attendees();

    @Message("人数")
    String attendeeCount();

    @Message("{#when status}{#is 'PENDING'}待监管部门审核{#is 'APPROVED'}已审核并记入{#else}已驳回{/when}")
    String classStatus(String status);

    @Message("审核通过并记入")
    String approve();

    @Message("驳回")
    String reject();

    @Message("记入条目（监管部门）")
    String officerForms();

    @Message("考试成绩")
    String examForm();

    @Message("特种作业操作证")
    String certificateForm();

    @Message("认定或减免")
    String recognitionForm();

    @Message("冲正条目")
    String reversalForm();

    @Message("通过")
    String passed();

    @Message("成绩")
    String score();

    @Message("考点")
    String examSite();

    @Message("依据（文件）")
    String evidence();

    @Message("理由")
    String reason();

    @Message("审批人（另一位工作人员）")
    String approvedBy();

    @Message("学时")
    String hours();

    @Message("作业类别")
    String operationType();

    @Message("发证日期")
    String issuedOn();

    // --- the training institution on a certificate entry ---------------------------------------------

    @Message("培训机构 {institution} 不存在或未获批准（请从已批准的培训机构中选择，或不填）。")
    String unknownInstitution(String institution);

    @Message("培训机构")
    String trainingInstitution();

    @Message("（未记录）")
    String institutionNotRecorded();

    @Message("培训机构：{name}")
    String trainedBy(String name);

    @Message("条目序号")
    String sequence();
    @Message("{year} 年度员工学时达标情况")
    String companyStandings(int year);

    @Message("{year} 年度辖区学时达标情况")
    String bureauStandings(int year);

    @Message("在岗 {people} 人：达标 {met} 人，未达标 {notMet} 人。")
    String bureauCounts(int people, int met, int notMet);

    @Message("姓名")
    String name();
    @Message("本年度辖区达标情况")
    String standingsLink();
    @Message("该学分账户的记录校验未通过（可能被篡改），暂停查看和记入，请联系平台管理员核查。")
    String ledgerTampered();
}
