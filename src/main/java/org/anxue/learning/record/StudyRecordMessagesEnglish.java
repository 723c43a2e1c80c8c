package org.anxue.learning.record;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** English texts of the study record; the zh-CN originals are in {@link StudyRecordMessages}. */
@Localized("en")
public interface StudyRecordMessagesEnglish extends StudyRecordMessages {

    @Override
    @Message("No such person, or you may not see their study record.")
    String personNotFound();

    @Override
    @Message("Study record of {name}")
    String title(String name);

    @Override
    @Message("Study record (study time)")
    String recordLink();

    @Override
    @Message("My study record")
    String myTitle();

    @Override
    @Message("Total credited study time")
    String total();

    @Override
    @Message("Sessions")
    String sessions();

    @Override
    @Message("The latest {shown} of {count}.")
    String latest(int shown, long count);

    @Override
    @Message("Course")
    String course();

    @Override
    @Message("Lesson")
    String lesson();

    @Override
    @Message("Opened")
    String opened();

    @Override
    @Message("Ended")
    String ended();

    @Override
    @Message("State")
    String state();

    @Override
    @Message("Credited")
    String credited();

    @Override
    @Message("Per day")
    String perDay();

    @Override
    @Message("Day")
    String day();

    @Override
    @Message("Per course")
    String perCourse();

    @Override
    @Message("Sessions")
    String sessionCount();

    @Override
    @Message("Anomalies")
    String anomalies();

    @Override
    @Message("Recorded")
    String recordedAt();

    @Override
    @Message("Kind")
    String kind();

    @Override
    @Message("Time affected")
    String affected();

    @Override
    @Message("Detail")
    String detail();

    @Override
    @Message("Nothing recorded yet.")
    String none();

    @Override
    @Message("{#when state}{#is 'OPEN'}Open{#is 'SUPERSEDED'}Superseded by a newer session{#is 'ENDED'}Ended{#is 'TERMINATED_BY_CHECKPOINT'}Ended by a failed checkpoint{#else}{state}{/when}")
    String sessionState(String state);

    @Override
    @Message("""
            {#when kind}\
            {#is 'REPLAY'}Replayed heartbeat\
            {#is 'OUT_OF_ORDER'}Out-of-order heartbeat\
            {#is 'SESSION_NOT_ACTIVE'}Session no longer active\
            {#is 'INVALID_RANGE'}Invalid played range\
            {#is 'RANGE_BEYOND_VIDEO'}Range beyond the video\
            {#is 'SEEK_AHEAD'}Seek ahead\
            {#is 'GAP'}Gap between heartbeats\
            {#is 'FASTER_THAN_REAL_TIME'}Faster than real time\
            {#is 'PLAYBACK_RATE_EXCEEDED'}Playback rate exceeded\
            {#is 'DAILY_CAP'}Daily cap reached\
            {#is 'CHECKPOINT_PENDING'}Checkpoint question pending\
            {#is 'CHECKPOINT_WRONG_ANSWER'}Wrong checkpoint answer\
            {#is 'CHECKPOINT_FAILED'}Checkpoint failed\
            {#is 'CHECKPOINT_NONCE_MISMATCH'}Checkpoint nonce mismatch\
            {#is 'CHECKPOINT_NOT_PENDING'}No checkpoint pending\
            {#else}{kind}\
            {/when}""")
    String anomalyKind(String kind);
}
