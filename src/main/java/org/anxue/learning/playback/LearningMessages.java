package org.anxue.learning.playback;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Messages of the playback API's errors, in zh-CN; English in {@code messages/learning_en.properties}.
 * Raised as {@code new AppException(status, "learning:key", args...)}.
 */
@MessageBundle(value = LearningMessages.BUNDLE)
public interface LearningMessages {

    String BUNDLE = "learning";

    @Message("课程中没有编号为 {lessonId} 的课时。")
    String lessonNotFound(long lessonId);

    @Message("您还没有报名这门课程，报名后才能学习这一课时。")
    String notEnrolled();

    @Message("没有找到这个学习会话。")
    String sessionNotFound();

    @Message("请求内容必须是一个 JSON 对象。")
    String notJson();

    @Message("请求内容过大。")
    String tooLarge();

    @Message("缺少字段 {field}。")
    String missingField(String field);

    @Message("{field} 必须是不小于 1 的整数。")
    String notWholeNumber(String field);

    @Message("{field} 必须是由 [开始秒数, 结束秒数] 组成的数组。")
    String notRanges(String field);

    @Message("一次心跳最多报告 {max} 段播放区间。")
    String tooManyRanges(int max);

    @Message("clientTime 必须是 ISO-8601 时间（如 2025-03-03T09:00:00Z）或毫秒时间戳。")
    String badClientTime();

    @Message("event 必须是 {values} 之一。")
    String badEvent(String values);

    @Message("{field} 必须是不超过 {max} 个字符的文本。")
    String notText(String field, int max);

    @Message("学习记录暂时繁忙，请稍后重试。")
    String busy();
}
