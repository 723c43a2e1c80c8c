package org.anxue.security;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the login page, zh-CN; {@link LoginMessagesEnglish} has the English ones. Templates: {login:heading}. */
@MessageBundle(value = "login", locale = "zh-CN")
public interface LoginMessages {

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
}
