package org.anxue.security;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the login page, zh-CN; {@link LoginMessagesEnglish} has the English ones. Templates: {login:title}. */
@MessageBundle(value = "login", locale = "zh-CN")
public interface LoginMessages {

    @Message("登录 · 安学")
    String pageTitle();

    @Message("安学 · 安全生产培训学分银行")
    String brand();

    @Message("登录")
    String heading();

    @Message("用户名或身份证号")
    String username();

    @Message("密码")
    String password();

    @Message("登录")
    String submit();

    @Message("用户名或密码错误，或页面已过期。连续输错 {attempts} 次后，账号将被锁定 {minutes} 分钟。")
    String failed(int attempts, long minutes);

    @Message("学员账号由所在企业创建；忘记密码请联系企业安全管理员。")
    String help();

    @Message("返回首页")
    String home();

    @Message("English")
    String otherLanguage();

    @Message("en")
    String otherLanguageCode();
}
