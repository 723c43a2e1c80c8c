package org.anxue.learning.playback;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the player page and the study record, zh-CN; {@link PlayerMessagesEnglish} has the
 * English ones. Templates: {@code {player:creditedLabel}}.
 */
@MessageBundle(value = "player", locale = "zh-CN")
public interface PlayerMessages {

    @Message("我的课程")
    String myCourses();

    @Message("正在连接学习记录…")
    String opening();

    @Message("本次已计学时")
    String sessionCredited();

    @Message("本课进度")
    String lessonProgress();

    @Message("已完成")
    String lessonComplete();

    @Message("下一课：{title}")
    String nextLesson(String title);

    @Message("这是本课程的最后一个视频课时。")
    String lastLesson();

    @Message("随堂提问")
    String checkpointTitle();

    @Message("请回答问题后继续学习。答对后继续计时。")
    String checkpointHint();

    @Message("提交答案")
    String checkpointSubmit();

    @Message("回答错误，请再试一次。")
    String checkpointWrong();

    @Message("本次学习已结束：随堂提问多次回答错误。请重新打开课时，先回答问题再继续学习。")
    String endedByCheckpoint();

    @Message("本次学习已结束，因为您在别处（其他标签页或设备）打开了课程。此页不再计时。")
    String superseded();

    @Message("本次学习已结束。")
    String ended();

    @Message("重新开始学习")
    String reopen();

    @Message("不能向前拖动到尚未观看的部分。")
    String seekBlocked();

    @Message("学习记录暂时无法保存，正在重试…")
    String offline();

    @Message("只计实际观看的新内容：向前拖动和倍速播放不多计时，随堂提问答对后才继续计时。")
    String rules();
}
