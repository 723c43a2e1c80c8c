package org.anxue.security.activation;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the activation pages and their errors, zh-CN; English in {@link ActivationMessagesEnglish}.
 * Templates: {@code {act:activateTitle}}; errors: {@code "act:wrongCode"}.
 */
@MessageBundle(value = "act", locale = "zh-CN")
public interface ActivationMessages {

    @Message("激活账号")
    String activateTitle();

    @Message("第一次使用安学：请输入身份证号和企业发给您的激活码，再设置自己的密码。")
    String activateLead();

    @Message("身份证号（工作人员填写用户名）")
    String login();

    @Message("激活码")
    String code();

    @Message("新密码")
    String password();

    @Message("至少 {min} 位，同时包含字母和数字，不能包含身份证号或用户名。")
    String passwordRule(int min);

    @Message("再次输入新密码")
    String password2();

    @Message("激活并登录")
    String submit();

    @Message("没有激活码或激活码已过期，请联系所在企业的安全管理员重新生成。")
    String help();

    @Message("请填写身份证号、激活码和新密码。")
    String incomplete();

    @Message("身份证号或激活码不正确。请核对后重试；连续输错多次后将暂时无法激活。")
    String wrongCode();

    @Message("激活码已过期，请联系企业安全管理员重新生成。")
    String expired();

    @Message("激活码输错次数过多，请 {minutes} 分钟后再试。")
    String locked(long minutes);

    @Message("该账号已经激活，请直接登录。忘记密码请联系企业安全管理员。")
    String alreadyActive();

    @Message("{#when problem}{#is EMPTY}请设置新密码。{#is TOO_SHORT}密码太短：至少 8 位。{#is TOO_LONG}密码太长：最多 64 位。{#is NO_LETTER}密码需要包含字母。{#is NO_DIGIT}密码需要包含数字。{#is CONTAINS_NAME}密码不能包含身份证号或用户名。{#is MISMATCH}两次输入的新密码不一致。{/when}")
    String weakPassword(PasswordRule.Problem problem);

    @Message("账号激活")
    String codesTitle();

    @Message("为尚未激活的员工生成一次性激活码，每个激活码 {days} 天内有效，只显示一次，可打印后发给员工。员工在手机上打开激活页面，输入身份证号、激活码并设置密码。")
    String codesLead(long days);

    @Message("按部门生成（打印整张表）")
    String byDepartment();

    @Message("部门")
    String department();

    @Message("为该部门全部待激活员工生成")
    String generateDepartment();

    @Message("待激活的员工")
    String pendingWorkers();

    @Message("没有待激活的员工。")
    String noPendingWorkers();

    @Message("姓名")
    String name();

    @Message("身份证号")
    String idNumber();

    @Message("岗位")
    String post();

    @Message("激活码")
    String codeState();

    @Message("已生成，{until} 前有效")
    String codeUntil(String until);

    @Message("已过期")
    String codeExpired();

    @Message("未生成")
    String noCode();

    @Message("重新生成后，之前发出的激活码立即失效。")
    String regenerateWarning();

    @Message("为选中的员工生成激活码")
    String generateSelected();

    @Message("安学账号激活码")
    String sheetTitle();

    @Message("生成于 {at}")
    String issuedAt(String at);

    @Message("请用手机打开 {url} ，输入身份证号和下表中的激活码，设置自己的密码。激活码只能使用一次，请妥善保管，不要转交他人。")
    String sheetLead(String url);

    @Message("有效期至")
    String validUntil();

    @Message("这些激活码只显示这一次，系统只保存其摘要。请现在打印或分发；离开本页后无法再次查看，只能重新生成。")
    String shownOnce();

    @Message("打印")
    String print();

    @Message("返回")
    String back();

    @Message("请选择至少一名待激活的员工，或选择一个有待激活员工的部门。")
    String noWorkersChosen();

    @Message("所选员工不是本企业待激活的员工，未生成任何激活码。")
    String notYourPendingWorker();
}
