package org.anxue.org.profile;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.anxue.org.Gender;
import org.anxue.org.PostKind;
import org.anxue.security.activation.PasswordRule;

/**
 * Texts of the profile and archive pages and their errors, zh-CN; English in
 * {@link ProfileMessagesEnglish}. Templates: {@code {prof:profileTitle}}; errors: {@code "prof:badPhone"}.
 */
@MessageBundle(value = "prof", locale = "zh-CN")
public interface ProfileMessages {

    @Message("个人档案")
    String profileTitle();

    @Message("{#when what}{#is 'phone'}手机号已保存。{#is 'password'}密码已修改，下次登录请使用新密码。{#else}已保存。{/when}")
    String saved(String what);

    @Message("姓名")
    String name();

    @Message("身份证号")
    String idNumber();

    @Message("手机号")
    String phone();

    @Message("用户名")
    String username();

    @Message("角色")
    String role();

    @Message("查看我的一人一档")
    String openArchive();

    @Message("工作单位")
    String employers();

    @Message("修改手机号")
    String changePhone();

    @Message("11 位手机号，或带区号的固定电话（如 0576-88000001）；留空则删除。")
    String phoneHelp();

    @Message("保存")
    String save();

    @Message("修改密码")
    String changePassword();

    @Message("当前密码")
    String currentPassword();

    @Message("新密码")
    String newPassword();

    @Message("再次输入新密码")
    String newPassword2();

    @Message("没有任职记录。")
    String noEmployments();

    @Message("单位")
    String company();

    @Message("岗位")
    String post();

    @Message("部门")
    String department();

    @Message("任职时间")
    String period();

    @Message("至今")
    String now();

    @Message("{#when kind}{#is PRINCIPAL}主要负责人{#is SAFETY_MANAGER}安全生产管理人员{#is SPECIAL_OPERATION}特种作业人员{#is GENERAL}一般从业人员{/when}")
    String postKind(PostKind kind);

    @Message("一人一档：{name}")
    String personArchiveTitle(String name);

    @Message("身份信息")
    String identity();

    @Message("性别")
    String genderLabel();

    @Message("{#when gender}{#is MALE}男{#is FEMALE}女{/when}")
    String gender(Gender gender);

    @Message("出生年份")
    String birthYear();

    @Message("任职经历")
    String employmentHistory();

    @Message("只显示在您管辖或管理范围内的任职记录。")
    String partialHistory();

    @Message("培训与学时")
    String trainingRecord();

    @Message("课程学习记录")
    String sectionCourses();

    @Message("学时与学分")
    String sectionHours();

    @Message("考试记录")
    String sectionExams();

    @Message("证书")
    String sectionCertificates();

    @Message("尚未开放：该部分将在后续版本中提供，目前没有记录。")
    String notYetAvailable();

    @Message("一企一档：{name}")
    String companyArchiveTitle(String name);

    @Message("企业信息")
    String companyFacts();

    @Message("在职员工（{count} 人）")
    String currentEmployees(long count);

    @Message("{#when kind}{#is PRINCIPAL}主要负责人{#is SAFETY_MANAGER}安全生产管理人员{#is SPECIAL_OPERATION}特种作业人员{#is GENERAL}一般从业人员{/when} {count} 人")
    String postKindCount(PostKind kind, long count);

    @Message("没有在职员工。")
    String noEmployees();

    @Message("入职日期")
    String since();

    @Message("上一页")
    String previous();

    @Message("下一页")
    String next();

    @Message("培训与监管记录")
    String companyRecord();

    @Message("培训任务与完成情况")
    String sectionAssignments();

    @Message("学时达标情况")
    String sectionCompliance();

    @Message("考试与持证情况")
    String sectionExamsCertificates();

    @Message("监督检查记录")
    String sectionInspections();

    @Message("只有从业人员的账号可以填写手机号。")
    String onlyWorkersHavePhones();

    @Message("手机号格式不正确：请填写 11 位手机号，或带区号的固定电话。")
    String badPhone();

    @Message("尝试次数过多，账号已暂时锁定，请 {minutes} 分钟后再试。")
    String locked(long minutes);

    @Message("当前密码不正确，密码未修改。")
    String wrongCurrentPassword();

    @Message("{#when problem}{#is EMPTY}请设置新密码。{#is TOO_SHORT}新密码太短：至少 8 位。{#is TOO_LONG}新密码太长：最多 64 位。{#is NO_LETTER}新密码需要包含字母。{#is NO_DIGIT}新密码需要包含数字。{#is CONTAINS_NAME}新密码不能包含身份证号或用户名。{#is MISMATCH}两次输入的新密码不一致。{/when}")
    String weakPassword(PasswordRule.Problem problem);

    @Message("新密码不能与当前密码相同。")
    String samePassword();

    @Message("API 令牌代表机构而不是个人，没有个人档案。")
    String tokensHaveNoProfile();

    @Message("身份证号格式不正确。")
    String badIdNumber();
}
