package org.anxue.learning.playback;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** English texts of the player page and the study record; the zh-CN originals are in {@link PlayerMessages}. */
@Localized("en")
public interface PlayerMessagesEnglish extends PlayerMessages {

    @Override
    @Message("My courses")
    String myCourses();

    @Override
    @Message("Connecting to your study record…")
    String opening();

    @Override
    @Message("Credited in this session")
    String sessionCredited();

    @Override
    @Message("Lesson progress")
    String lessonProgress();

    @Override
    @Message("Complete")
    String lessonComplete();

    @Override
    @Message("Next lesson: {title}")
    String nextLesson(String title);

    @Override
    @Message("This is the course's last video lesson.")
    String lastLesson();

    @Override
    @Message("Checkpoint question")
    String checkpointTitle();

    @Override
    @Message("Answer the question to go on; time counts again once it is answered correctly.")
    String checkpointHint();

    @Override
    @Message("Submit answer")
    String checkpointSubmit();

    @Override
    @Message("That is not right. Please try again.")
    String checkpointWrong();

    @Override
    @Message("This session has ended: the checkpoint question was answered wrongly too often. Open the lesson again and answer the question first.")
    String endedByCheckpoint();

    @Override
    @Message("This session was ended because you opened the course elsewhere (another tab or device). This page no longer earns study time.")
    String superseded();

    @Override
    @Message("This session has ended.")
    String ended();

    @Override
    @Message("Start again")
    String reopen();

    @Override
    @Message("You cannot skip ahead to parts you have not watched.")
    String seekBlocked();

    @Override
    @Message("Your study record cannot be saved right now; retrying…")
    String offline();

    @Override
    @Message("Only newly watched content counts: skipping ahead or faster playback earns no extra time, and time counts again only after a checkpoint question is answered correctly.")
    String rules();
}
