package org.anxue.learning.record;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the study record, zh-CN; {@link StudyRecordMessagesEnglish} has the English ones. */
@MessageBundle(value = "studyrec", locale = "zh-CN")
public interface StudyRecordMessages {

    @Message("没有找到这个人员，或您无权查看其学习档案。")
    String personNotFound();

    @Message("{name} 的学习档案")
    String title(String name);

    @Message("学习档案（学时）")
    String recordLink();

    @Message("我的学习档案")
    String myTitle();

    @Message("累计已计学时")
    String total();

    @Message("学习会话")
    String sessions();

    @Message("最近 {shown} 条，共 {count} 条。")
    String latest(int shown, long count);

    @Message("课程")
    String course();

    @Message("课时")
    String lesson();

    @Message("开始")
    String opened();

    @Message("结束")
    String ended();

    @Message("状态")
    String state();

    @Message("已计学时")
    String credited();

    @Message("每日学时")
    String perDay();

    @Message("日期")
    String day();

    @Message("各课程学时")
    String perCourse();

    @Message("会话数")
    String sessionCount();

    @Message("异常记录")
    String anomalies();

    @Message("时间")
    String recordedAt();

    @Message("类型")
    String kind();

    @Message("涉及时长")
    String affected();

    @Message("说明")
    String detail();

    @Message("暂无记录。")
    String none();

    @Message("{#when state}{#is 'OPEN'}进行中{#is 'SUPERSEDED'}已被新会话替代{#is 'ENDED'}已结束{#is 'TERMINATED_BY_CHECKPOINT'}因提问未通过而终止{#else}{state}{/when}")
    String sessionState(String state);

    @Message("""
            {#when kind}\
            {#is 'REPLAY'}重复心跳\
            {#is 'OUT_OF_ORDER'}心跳顺序错误\
            {#is 'SESSION_NOT_ACTIVE'}会话已结束\
            {#is 'INVALID_RANGE'}无效播放区间\
            {#is 'RANGE_BEYOND_VIDEO'}超出视频长度\
            {#is 'SEEK_AHEAD'}向前拖动\
            {#is 'GAP'}心跳间断\
            {#is 'FASTER_THAN_REAL_TIME'}快于真实时间\
            {#is 'PLAYBACK_RATE_EXCEEDED'}超过最高播放速度\
            {#is 'DAILY_CAP'}超过每日上限\
            {#is 'CHECKPOINT_PENDING'}等待回答提问\
            {#is 'CHECKPOINT_WRONG_ANSWER'}提问回答错误\
            {#is 'CHECKPOINT_FAILED'}提问未通过\
            {#is 'CHECKPOINT_NONCE_MISMATCH'}提问凭据不符\
            {#is 'CHECKPOINT_NOT_PENDING'}无待答提问\
            {#else}{kind}\
            {/when}""")
    String anomalyKind(String kind);
}
