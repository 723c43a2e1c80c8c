package org.anxue.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Messages of the errors every feature can raise with {@link AppException}, in zh-CN; English in
 * {@code messages/err_en.properties}. A key here ("notFound") is also the {@code error} code in
 * JSON error bodies.
 */
@MessageBundle(value = ErrorMessages.BUNDLE)
public interface ErrorMessages {

    String BUNDLE = "err";

    @Message("您要找的页面或数据不存在，可能已被移动或删除。")
    String notFound();

    @Message("请求无效，请检查后重试。")
    String badRequest();

    @Message("请先登录。")
    String unauthorized();

    @Message("您没有执行此操作的权限。")
    String forbidden();

    @Message("不支持这种请求方式。")
    String methodNotAllowed();

    @Message("无法以您要求的格式提供内容。")
    String notAcceptable();

    @Message("不支持所提交内容的格式。")
    String unsupportedMediaType();

    @Message("操作与当前数据冲突，请刷新后重试。")
    String conflict();

    @Message("提交的内容过大。")
    String payloadTooLarge();

    @Message("请求过于频繁，请稍后再试。")
    String tooManyRequests();

    @Message("请求未能完成。")
    String requestFailed();

    @Message("“{value}”不是有效的数字，请检查后重试。")
    String notANumber(String value);

    @Message("服务出现了意外错误，我们已记录下来。请稍后再试。")
    String internalError();

    @Message("暂不支持该语言。")
    String unsupportedLanguage();
}
