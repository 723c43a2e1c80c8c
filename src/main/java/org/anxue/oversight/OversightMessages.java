package org.anxue.oversight;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the oversight pages and errors, zh-CN; {@link OversightMessagesEnglish} has the English
 * ones. Templates: {@code {ovs:landingTitle}}; errors: {@code ovs:unknownCode}.
 */
@MessageBundle(value = "ovs", locale = "zh-CN")
public interface OversightMessages {

    @Message("""
            {#when kind}\
            {#is 'PRINCIPAL'}主要负责人\
            {#is 'SAFETY_MANAGER'}安全生产管理人员\
            {#is 'SPECIAL_OPERATION'}特种作业人员\
            {#is 'GENERAL'}一般从业人员\
            {#else}{kind}\
            {/when}""")
    String postKind(String kind);

    @Message("""
            {#when status}\
            {#is 'WAITING'}未开始\
            {#is 'ANSWERING'}答题中\
            {#is 'FINISHED'}已交卷\
            {#is 'ABSENT'}缺考\
            {#else}{status}\
            {/when}""")
    String takerStatus(String status);

    @Message("""
            {#when reason}\
            {#is 'SUBMITTED'}本人交卷\
            {#is 'DEADLINE'}到时自动交卷\
            {#is 'CLOSED'}检查人员结束考试\
            {#else}\
            {/when}""")
    String finishReason(String reason);

    @Message("""
            {#when industry}\
            {#is 'CHEMICAL'}化工危险化学品\
            {#is 'NON_COAL_MINE'}非煤矿山\
            {#is 'METAL_SMELTING'}金属冶炼\
            {#is 'FIREWORKS'}烟花爆竹\
            {#is 'COAL_MINE'}煤矿\
            {#is 'INDUSTRY_TRADE'}工贸\
            {#is 'OTHER'}其他行业\
            {#else}{industry}\
            {/when}""")
    String industry(String industry);

    // --- landing ---------------------------------------------------------------------------------------
    @Message("监管")
    String landingTitle();

    @Message("{bureau}：辖区内企业的监督检查。")
    String landingLead(String bureau);

    @Message("逢查必考")
    String spotExamsTitle();

    @Message("进企业检查时，对主要负责人、安全生产管理人员和一线重点岗位人员当场抽考，成绩记入检查记录和个人档案。")
    String spotExamsLead();

    @Message("年度计划目标")
    String targetsTitle();

    @Message("市局设定全年培训计划目标（三项岗位人员、高危行业技能提升等），每次修改留痕。")
    String targetsLead();

    @Message("课程审核")
    String reviewsTitle();

    @Message("审核辖区内培训机构提交的课程。")
    String reviewsLead();

    // --- spot exams: list and new -------------------------------------------------------------------
    @Message("发起抽考")
    String newExam();

    @Message("检查记录")
    String examList();

    @Message("还没有抽考记录。")
    String noExams();

    @Message("企业")
    String company();

    @Message("查找企业")
    String findCompany();

    @Message("企业名称")
    String companyName();

    @Message("查找")
    String search();

    @Message("选择")
    String choose();

    @Message("辖区内没有名称相符的企业。")
    String noCompanies();

    @Message("检查地点")
    String place();

    @Message("检查日期")
    String inspectedOn();

    @Message("检查人员")
    String officer();

    @Message("备注")
    String notes();

    @Message("答题时限（分钟）")
    String timeLimit();

    @Message("每人题数")
    String questionCount();

    @Message("抽考人员")
    String people();

    @Message("按岗位类别、部门或姓名筛选在职人员，勾选要抽考的人。主要负责人和安全生产管理人员已默认勾选。")
    String peopleLead();

    @Message("岗位类别")
    String postKindLabel();

    @Message("全部")
    String all();

    @Message("部门")
    String department();

    @Message("姓名")
    String name();

    @Message("身份证号")
    String idNumber();

    @Message("岗位")
    String post();

    @Message("筛选")
    String filter();

    @Message("没有符合条件的在职人员。")
    String noCandidates();

    @Message("开始抽考")
    String start();

    @Message("{count} 人")
    String peopleCount(int count);

    @Message("已交卷 {finished}/{total}")
    String finishedOf(int finished, int total);

    @Message("已结束")
    String closed();

    @Message("进行中")
    String open();

    // --- spot exam page -------------------------------------------------------------------------------
    @Message("抽考 · {company}")
    String examTitle(String company);

    @Message("请受检人员用手机扫描二维码，或打开 {url} 输入抽考码。成绩在下方实时更新。")
    String examLead(String url);

    @Message("抽考码")
    String code();

    @Message("状态")
    String status();

    @Message("已答")
    String answered();

    @Message("得分")
    String score();

    @Message("结果")
    String result();

    @Message("用时")
    String timeTaken();

    @Message("合格")
    String pass();

    @Message("不合格")
    String fail();

    @Message("及格线 {mark} 分")
    String passMark(int mark);

    @Message("{minutes} 分钟")
    String minutes(int minutes);

    @Message("{count} 题")
    String questions(int count);

    @Message("打印检查记录")
    String printRecord();

    @Message("结束抽考")
    String closeExam();

    @Message("结束后不能再开始答题，正在答题的人员按当前作答立即评分。确定结束吗？")
    String closeConfirm();

    @Message("返回")
    String back();

    @Message("{name} 的抽考二维码")
    String qrFor(String name);

    @Message("合格 {passed} 人，已交卷 {finished} 人，共 {total} 人")
    String tally(int passed, int finished, int total);

    // --- record (print) -------------------------------------------------------------------------------
    @Message("逢查必考检查记录")
    String recordTitle();

    @Message("所属行业")
    String industryLabel();

    @Message("答题开始")
    String startedAt();

    @Message("交卷时间")
    String finishedAt();

    @Message("交卷方式")
    String finishReasonLabel();

    @Message("打印")
    String print();

    @Message("检查人员签字：")
    String officerSignature();

    @Message("企业负责人签字：")
    String companySignature();

    // --- phone ----------------------------------------------------------------------------------------
    @Message("安全生产抽考")
    String phoneTitle();

    @Message("请输入检查人员给您的 8 位抽考码。")
    String enterCode();

    @Message("下一步")
    String next();

    @Message("{company} · {place}")
    String phoneWhere(String company, String place);

    @Message("请确认身份：输入您的姓名和身份证号后 4 位。")
    String confirmIdentity();

    @Message("身份证号后 4 位")
    String idLast4();

    @Message("我是 {name}，开始答题")
    String startAsSignedIn(String name);

    @Message("开始答题（{minutes} 分钟，{count} 题）")
    String startAnswering(int minutes, int count);

    @Message("剩余时间")
    String timeLeft();

    @Message("第 {n} 题")
    String questionNumber(int n);

    @Message("""
            {#when kind}\
            {#is 'SINGLE'}单选\
            {#is 'MULTIPLE'}多选\
            {#is 'TRUE_FALSE'}判断\
            {#else}{kind}\
            {/when}""")
    String questionKind(String kind);

    @Message("正确")
    String trueAnswer();

    @Message("错误")
    String falseAnswer();

    @Message("交卷")
    String submit();

    @Message("已自动保存")
    String saved();

    @Message("时间到，已按已保存的作答自动交卷。")
    String timeUpNotice();

    @Message("您已交卷")
    String finishedTitle();

    @Message("答对 {correct}/{total} 题，得分 {score}")
    String yourScore(int correct, int total, int score);

    @Message("用时 {time}")
    String yourTime(String time);

    // --- plan targets ---------------------------------------------------------------------------------
    @Message("{year} 年度计划目标 · {bureau}")
    String targetsHeading(int year, String bureau);

    @Message("年度")
    String year();

    @Message("三项岗位人员培训（人次）")
    String keyPositions();

    @Message("高危行业安全技能提升培训（人次）")
    String highRiskUpgrading();

    @Message("危险性较大企业负责人和安全管理人员培训（人次）")
    String majorHazardManagers();

    @Message("生产加工型小微企业安全培训（人次）")
    String smallMicroManufacturing();

    @Message("修改说明")
    String note();

    @Message("保存为新版本")
    String saveTargets();

    @Message("当前为计划默认值，尚未设定。")
    String defaultsInForce();

    @Message("第 {revision} 版，{who} 于 {when} 设定")
    String revisionBy(int revision, String who, String when);

    @Message("修改记录")
    String history();

    @Message("版本")
    String revision();

    @Message("设定人")
    String setBy();

    @Message("时间")
    String setAt();

    @Message("目标由市局设定；本页只读。")
    String readOnlyTargets();

    @Message("进度统计（对照目标）将在下一阶段提供。")
    String progressLater();

    // --- errors ---------------------------------------------------------------------------------------
    @Message("请选择企业。")
    String companyRequired();

    @Message("请填写检查地点。")
    String placeRequired();

    @Message("日期格式不对，应为 2026-11-28 这样的格式。")
    String badDate();

    @Message("答题时限应在 1 到 180 分钟之间。")
    String badTimeLimit();

    @Message("每人题数应在 1 到 100 之间。")
    String badQuestionCount();

    @Message("请至少选择一名抽考人员。")
    String peopleRequired();

    @Message("一次抽考最多 {max} 人。")
    String tooManyPeople(int max);

    @Message("所选人员（{id}）不是该企业的在职人员。")
    String notAnEmployee(Object id);

    @Message("题库中还没有已发布课程的试题，无法抽考。")
    String noQuestions();

    @Message("内容太长（最多 {max} 字）。")
    String tooLong(int max);

    @Message("抽考码不存在或已失效，请核对后重新输入。")
    String unknownCode();

    @Message("姓名或身份证号后 4 位与抽考人员不符。")
    String identityMismatch();

    @Message("错误次数过多，请 {minutes} 分钟后再试。")
    String tooManyCodes(long minutes);

    @Message("本次抽考已结束。")
    String examClosed();

    @Message("抽考码已过期。")
    String codeExpired();

    @Message("您已交卷，不能再修改作答。")
    String alreadyFinished();

    @Message("答题时间已到，作答未被接受；已按截止时的作答评分。")
    String timeIsUp();

    @Message("没有第 {position} 题。")
    String noSuchQuestion(int position);

    @Message("第 {position} 题的答案无效。")
    String badAnswer(int position);

    @Message("年份应在 2000 到 2100 之间。")
    String badYear();

    @Message("目标应为 0 到 10,000,000 之间的整数。")
    String badTarget();

    @Message("只有市级应急管理局可以设定年度计划目标。")
    String onlyCitySets();

    @Message("没有找到所属的市级应急管理局。")
    String noCity();

    // --- credited-hours check, certificate check, compliance dashboard ----------------------------
    @Message("辖区内没有这个人：身份证号或证明编号不存在，或其单位不在本局辖区。")
    String personOutside();

    @Message("请输入 18 位身份证号码。")
    String badIdNumber();

    @Message("没有这个学时证明编号。")
    String unknownStatementCode();

    @Message("培训类别不正确。")
    String badTrainingType();

    @Message("学时核查")
    String hoursTitle();

    @Message("输入身份证号，或学时证明的验证编号（也可粘贴二维码地址），查看其任一年度的学时达标情况和依据。")
    String hoursLead();

    @Message("证明编号或二维码地址")
    String statementCode();

    @Message("培训类别")
    String trainingType();

    @Message("按岗位")
    String defaultType();

    @Message("核查")
    String check();

    @Message("应修学时")
    String required();

    @Message("线上计入")
    String onlineCredited();

    @Message("线上上限")
    String onlineCap();

    @Message("线上记录")
    String onlineRecorded();

    @Message("线下")
    String offline();

    @Message("认定")
    String recognitions();

    @Message("考试")
    String exam();

    @Message("合计")
    String total();

    @Message("尚缺")
    String missing();

    @Message("政策版本")
    String policyVersion();

    @Message("周期")
    String period();

    @Message("依据（学分银行记录）")
    String entries();

    @Message("本周期没有计入的记录。")
    String noEntries();

    @Message("学习档案")
    String studyRecord();

    @Message("学分账户")
    String creditAccount();

    @Message("已通过")
    String examPassed();

    @Message("未通过")
    String examNotPassed();

    @Message("不要求")
    String examNotRequired();

    @Message("达标")
    String met();

    @Message("未达标")
    String notMet();

    @Message("特种作业操作证真伪核查")
    String certTitle();

    @Message("输入证书编号（T 加持证人身份证号）和持证人姓名。只回答证书是否有效，不显示其他信息。")
    String certLead();

    @Message("证书编号")
    String certNumber();

    @Message("持证人姓名")
    String holderName();

    @Message("作业类别")
    String operationType();

    @Message("发证日期")
    String issuedOn();

    @Message("有效期至")
    String validUntil();

    @Message("达标统计")
    String complianceTitle();

    @Message("{bureau}辖区 {year} 年在职人员学时达标情况（按学分银行的规则计算）。")
    String complianceLead(String bureau, int year);

    @Message("达标率")
    String overallRate();

    @Message("按岗位类别")
    String byPostKind();

    @Message("按行业")
    String byIndustry();

    @Message("特种作业持证上岗率")
    String certifiedRate();

    @Message("企业达标排名")
    String companiesRanked();

    @Message("未达标人员")
    String behindList();

    @Message("学习时长异常（按企业）")
    String anomaliesTitle();

    @Message("数据截至 {at}（北京时间）。辖区人数较多，统计在后台计算并保留，过时后自动在后台更新。")
    String snapshotAt(String at);

    @Message("正在计算最新统计（{employments} 个在职岗位），完成后页面自动刷新：")
    String snapshotComputing(int employments);

    @Message("立即重新计算")
    String snapshotRecompute();

    @Message("上次计算未能完成（{reason}）。可稍后重新计算。")
    String snapshotFailed(String reason);

    @Message("学习时长异常（按培训机构的课程）")
    String anomaliesByInstitutionTitle();

    @Message("培训机构")
    String institution();

    @Message("此处列出前 {shown} 家，共 {total} 家；完整排名见导出表格。")
    String companiesShown(int shown, int total);

    @Message("导出 Excel（全部企业与未达标人员）")
    String complianceExport();

    @Message("异常次数")
    String anomalies();

    @Message("涉及人数")
    String anomalyPeople();

    @Message("涉及时长（分钟）")
    String affectedMinutes();

    @Message("达标")
    String metCount();

    @Message("人数")
    String ofCount();

    @Message("比例")
    String percent();

    @Message("另有 {count} 人无法计算（无适用政策或无复审周期），未计入比例。")
    String skipped(int count);

    @Message("无")
    String none();

    @Message("名次")
    String rank();

    @Message("""
            {#when result}\
            {#is 'VALID'}有效\
            {#is 'EXPIRED'}已过期\
            {#is 'REVOKED'}已注销\
            {#else}查无此证（编号或姓名不符）\
            {/when}""")
    String certResult(String result);

    @Message("完成进度")
    String progressTitle();

    @Message("本年在职、且学分银行中有本年线上课程完成或线下培训记录的人数（人）。生产加工型小微企业：在企业规模登记为小型或微型的生产加工型企业在职的人员。")
    String progressLead();

    @Message("辖区")
    String area();

    @Message("市直")
    String cityDirect();

    @Message("合计 / 目标")
    String totalRow();
}
