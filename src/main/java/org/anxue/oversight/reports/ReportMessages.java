package org.anxue.oversight.reports;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the report pages and errors, zh-CN; {@link ReportMessagesEnglish} has the English ones. */
@MessageBundle(value = "rpt", locale = "zh-CN")
public interface ReportMessages {

    @Message("月度报告与季度通报")
    String title();

    @Message("{bureau}：按月或按季度生成报告。报告一经生成即保存，之后数据变化不会改变它；再次生成会产生新版本。")
    String lead(String bureau);

    @Message("期间")
    String period();

    @Message("如 2026-10（月度报告）或 2026-Q3（季度通报）")
    String periodHint();

    @Message("生成报告")
    String generate();

    @Message("已生成的报告")
    String issued();

    @Message("正在后台生成 {period} 的报告（{employments} 个在职岗位），完成后页面自动刷新：")
    String generating(String period, int employments);

    @Message("还没有报告。")
    String none();

    @Message("{#when kind}{#is 'MONTH'}月度报告{#is 'QUARTER'}季度通报{#else}{kind}{/when}")
    String kind(String kind);

    @Message("版本")
    String version();

    @Message("生成时间")
    String generatedAt();

    @Message("生成人")
    String generatedBy();

    @Message("（定时）")
    String scheduled();

    @Message("查看")
    String open();

    @Message("按区县")
    String byArea();

    @Message("按行业")
    String byIndustry();

    @Message("合计")
    String total();

    @Message("单位/行业")
    String name();

    @Message("从业人员")
    String people();

    @Message("参训人数")
    String trained();

    @Message("线上计入学时")
    String onlineHours();

    @Message("课程完成")
    String completions();

    @Message("达标率")
    String metPercent();

    @Message("学习异常")
    String anomalies();

    @Message("抽考场次")
    String spotExams();

    @Message("抽考合格率")
    String passPercent();

    @Message("统计周期 {from} 至 {until}")
    String range(String from, String until);

    @Message("下载 Excel")
    String xlsx();

    @Message("下载 PDF")
    String pdf();

    @Message("返回报告列表")
    String back();

    @Message("口径：参训人数为本期有线上课程完成或线下培训记录（未冲正）的在职人员；达标率为学分银行按其规则、以本期最后一日为基准日计算的年度学时证明状态（达标/可计算人数）；学习异常为本期记录的学习时长异常；抽考按检查日期计入被检查企业（合格/受检人数）。")
    String definitions();

    @Message("期间“{text}”无法识别：请填写如 2026-10 或 2026-Q3。")
    String badPeriod(String text);

    @Message("期间“{text}”尚未结束：只能为已结束的月份或季度生成报告。")
    String periodNotOver(String text);
}
