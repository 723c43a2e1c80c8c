package org.anxue.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.anxue.security.Role;
import org.anxue.security.TenantKind;

/**
 * Texts of the page shell (layout, home page, error pages), in zh-CN; English in
 * {@code messages/msg_en.properties}. Templates use {@code {msg:…}}; the language is the request's
 * (see {@link PageLocale}). Features keep their own texts in their own bundle (e.g.
 * {@code @MessageBundle("catalog")}) and reuse the layout and these shell texts.
 */
@MessageBundle(value = "msg")
public interface Messages {

    // --- Layout ------------------------------------------------------------

    @Message("安学")
    String productName();

    @Message("在线安全培训与学分银行")
    String productTagline();

    @Message("跳到正文")
    String skipToContent();

    @Message("菜单")
    String menu();

    @Message("主导航")
    String navLabel();

    @Message("登录")
    String signIn();

    @Message("当前用户")
    String currentUser();

    @Message("切换语言")
    String switchLanguage();

    @Message("退出登录")
    String signOut();

    @Message("我的账号")
    String myAccount();

    @Message("安学 Anxue：面向从业人员、企业、培训机构和应急管理部门的在线安全培训平台。")
    String footerAbout();

    @Message("""
            {#when item}\
            {#is COURSES}课程超市\
            {#is MY_COURSES}我的课程\
            {#is MY_PROFILE}个人档案\
            {#is MY_CREDITS}学分账户\
            {#is EMPLOYEES}员工\
            {#is ASSIGNMENTS}培训任务\
            {#is ACTIVATION}账号激活\
            {#is COMPANY_ARCHIVE}一企一档\
            {#is COURSE_ADMIN}课程管理\
            {#is OVERSIGHT}监管\
            {#is APPROVALS}审核\
            {#is BUREAUS}辖区管理\
            {#is OFFLINE_CLASSES}线下培训班\
            {#is COMPANY_CREDITS}学时达标\
            {#is CREDIT_POLICY}学时政策\
            {#is PLATFORM_ADMIN}平台管理\
            {/when}""")
    String nav(NavItem item);

    @Message("""
            {#when role}\
            {#is WORKER}从业人员\
            {#is COMPANY_ADMIN}企业安全管理员\
            {#is INSTITUTION_ADMIN}培训机构管理员\
            {#is BUREAU_OFFICER}应急管理部门\
            {#is PLATFORM_ADMIN}平台管理员\
            {/when}""")
    String role(Role role);

    @Message("""
            {#when kind}\
            {#is COMPANY}企业\
            {#is INSTITUTION}培训机构\
            {#is BUREAU}应急管理局\
            {#is PLATFORM}平台\
            {#is PERSON}个人\
            {/when}""")
    String tenantKind(TenantKind kind);

    // --- Home page ---------------------------------------------------------

    @Message("安学：在线安全培训与学分银行")
    String homeTitle();

    @Message("安学是为一线从业人员、企业、培训机构和应急管理部门打造的在线安全生产培训平台。"
            + "用手机就能学习，实际学习的时长如实计入学时，记入个人学分银行，并可出具可核验的学时证明。")
    String homeLead();

    @Message("浏览课程超市")
    String homeBrowseCourses();

    @Message("谁在使用安学")
    String homeAudienceHeading();

    @Message("从业人员")
    String homeWorkersTitle();

    @Message("在手机上完成企业布置的培训任务，也可以在课程超市自选课程。")
    String homeWorkersText();

    @Message("企业")
    String homeCompaniesTitle();

    @Message("安全管理员管理员工与岗位，布置培训任务，随时查看完成情况。")
    String homeCompaniesText();

    @Message("培训机构")
    String homeInstitutionsTitle();

    @Message("发布和维护课程，课程经审核后进入课程超市。")
    String homeInstitutionsText();

    @Message("应急管理部门")
    String homeBureausTitle();

    @Message("按辖区了解企业的培训情况，核验学时证明。")
    String homeBureausText();

    @Message("学时如实计算")
    String homeStudyTimeTitle();

    @Message("学时按真实的学习时间计算：快进跳过的部分不计，倍速播放不多计，学习中还会随机弹题确认有人在学。")
    String homeStudyTimeText();

    @Message("学分银行")
    String homeCreditBankTitle();

    @Message("每一次有效学习都记入个人的学分账户，明细可查，换了工作也跟着人走。"
            + "学时证明带有核验码，任何人都可以在公开页面核实真伪。")
    String homeCreditBankText();

    // --- Error pages -------------------------------------------------------

    @Message("""
            {#when status}\
            {#is 404}找不到该页面\
            {#is 403}没有权限\
            {#is 401}请先登录\
            {#is in 500 502 503 504}服务出错了\
            {#else}请求未能完成\
            {/when}""")
    String errorHeading(int status);

    @Message("返回首页")
    String errorBackHome();

    @Message("错误编号：{id}。联系管理员时请提供这个编号。")
    String errorReference(String id);

    @Message("平台管理")
    String adminTitle();

    @Message("辖区管理")
    String adminBureausTitle();

    @Message("应急管理局的辖区树及其执法人员账号。")
    String adminBureausLead();

    @Message("审核")
    String adminApprovalsTitle();

    @Message("等待审核的培训机构和企业。")
    String adminApprovalsLead();

    @Message("课程搜索索引")
    String adminSearchTitle();

    @Message("索引中的课程、待同步的变更，以及带进度的重建。")
    String adminSearchLead();

    @Message("学分银行账本校验")
    String adminLedgerTitle();

    @Message("重新计算每个账户的哈希链，报告第一条被改动的记录（JSON）。")
    String adminLedgerLead();

    @Message("运行状态")
    String adminHealthTitle();

    @Message("PostgreSQL、对象存储和 Elasticsearch 是否就绪（JSON）。")
    String adminHealthLead();
}
