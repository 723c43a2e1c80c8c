package org.anxue.catalog;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;
import java.math.BigDecimal;
import java.time.Instant;
import org.anxue.creditbank.model.PostKind;
import org.anxue.creditbank.model.TrainingType;
import org.anxue.org.Industry;

/** English texts of the catalog; the zh-CN originals are in {@link CatalogMessages}. */
@Localized("en")
public interface CatalogMessagesEnglish extends CatalogMessages {

    @Override
    @Message("""
            {#when industry}\
            {#is CHEMICAL}Chemicals and hazardous chemicals\
            {#is NON_COAL_MINE}Non-coal mines\
            {#is METAL_SMELTING}Metal smelting\
            {#is FIREWORKS}Fireworks\
            {#is COAL_MINE}Coal mines\
            {#is INDUSTRY_TRADE}Industry and trade\
            {#is OTHER}Other industries\
            {/when}""")
    String industry(Industry industry);

    @Override
    @Message("""
            {#when kind}\
            {#is PRINCIPAL}Principals\
            {#is SAFETY_MANAGER}Safety managers\
            {#is SPECIAL_OPERATION_WORKER}Special-operation workers\
            {#is GENERAL_WORKER}General workers\
            {/when}""")
    String postKind(PostKind kind);

    @Override
    @Message("""
            {#when type}\
            {#is INITIAL}Initial training\
            {#is REFRESHER}Refresher\
            {#is REVIEW}Certificate review\
            {#is PRE_JOB}Pre-job training\
            {#is ROUTINE}Routine training\
            {/when}""")
    String trainingType(TrainingType type);

    @Override
    @Message("""
            {#when status}\
            {#is DRAFT}Draft\
            {#is SUBMITTED}Under review\
            {#is REJECTED}Rejected\
            {#is PUBLISHED}Published\
            {#is SUPERSEDED}Superseded by a newer version\
            {#is WITHDRAWN}Withdrawn\
            {/when}""")
    String status(VersionStatus status);

    @Override
    @Message("""
            {#when kind}\
            {#is VIDEO}Video\
            {#is DOCUMENT}Document\
            {/when}""")
    String lessonKind(LessonKind kind);

    @Override
    @Message("""
            {#when kind}\
            {#is SINGLE}Single choice\
            {#is MULTIPLE}Multiple choice\
            {#is TRUE_FALSE}True or false\
            {/when}""")
    String questionKind(QuestionKind kind);

    @Override
    @Message("""
            {#when kind}\
            {#is CREATED}Course created\
            {#is SUBMITTED}Submitted for review\
            {#is APPROVED}Approved and published\
            {#is REJECTED}Rejected\
            {#is WITHDRAWN}Withdrawn\
            {#is VERSION_STARTED}New version started\
            {#is SUPERSEDED}Superseded by a newer version\
            {/when}""")
    String eventKind(CourseEventKind kind);

    @Override
    @Message("""
            {#when state}\
            {#is 'UPLOADING'}Uploading\
            {#is 'QUEUED'}Waiting to be processed\
            {#is 'PROBING'}Checking\
            {#is 'PACKAGING'}Converting\
            {#is 'READY'}Ready to play\
            {#is 'FAILED'}Processing failed\
            {#is 'ABORTED'}Upload cancelled\
            {#is 'EXPIRED'}Upload expired\
            {#else}{state}\
            {/when}""")
    String mediaState(String state);

    @Override
    @Message("{#if answer == 'TRUE'}True{#else}False{/if}")
    String truth(String answer);

    @Override
    @Message("{cfmt:hours(hours)} class hours")
    String hoursValue(BigDecimal hours);

    @Override
    @Message("Version {number}")
    String versionNumber(int number);

    @Override
    @Message("Course market")
    String supermarketTitle();

    @Override
    @Message("Work-safety training courses approved by the emergency management bureaus. Browse without signing in; lessons marked “Preview” can be watched right away.")
    String supermarketLead();

    @Override
    @Message("Keywords")
    String filterQuery();

    @Override
    @Message("Course title or summary")
    String filterQueryHint();

    @Override
    @Message("Industry")
    String filterIndustry();

    @Override
    @Message("Post")
    String filterPostKind();

    @Override
    @Message("Training type")
    String filterTrainingType();

    @Override
    @Message("Institution")
    String filterInstitution();

    @Override
    @Message("Class hours")
    String filterHours();

    @Override
    @Message("At least (class hours)")
    String filterMinHours();

    @Override
    @Message("At most (class hours)")
    String filterMaxHours();

    @Override
    @Message("Any")
    String filterAny();

    @Override
    @Message("Filter")
    String filterApply();

    @Override
    @Message("Clear")
    String filterReset();

    @Override
    @Message("Sort by")
    String sortLabel();

    @Override
    @Message("Newest")
    String sortNewest();

    @Override
    @Message("Most enrolled")
    String sortEnrolled();

    @Override
    @Message("{total} courses")
    String resultCount(long total);

    @Override
    @Message("No course matches these filters; try fewer filters.")
    String noCourses();

    @Override
    @Message("Pages")
    String pagerLabel();

    @Override
    @Message("Previous")
    String pagePrevious();

    @Override
    @Message("Next")
    String pageNext();

    @Override
    @Message("Page {page} of {pages}")
    String pageOf(int page, int pages);

    @Override
    @Message("Training institution: {name}")
    String providedBy(String name);

    @Override
    @Message("Video {cfmt:duration(seconds)}")
    String videoTotal(long seconds);

    @Override
    @Message("Manage this course")
    String manageCourse();

    @Override
    @Message("Review this course")
    String reviewCourse();

    @Override
    @Message("About this course")
    String summaryHeading();

    @Override
    @Message("Industries")
    String targetIndustries();

    @Override
    @Message("Posts")
    String targetPostKinds();

    @Override
    @Message("Class hours")
    String classHours();

    @Override
    @Message("{cfmt:hours(hours)} class hours ({cfmt:duration(seconds)} of video, {minutes} minutes per class hour)")
    String classHoursFact(BigDecimal hours, long seconds, int minutes);

    @Override
    @Message("Final test")
    String finalTest();

    @Override
    @Message("{count} questions in the bank; pass mark {passMark} out of 100")
    String finalTestFact(int count, int passMark);

    @Override
    @Message("Preview")
    String previewHeading();

    @Override
    @Message("Choose a lesson marked “Preview” below to play it.")
    String previewHint();

    @Override
    @Message("Outline")
    String outlineHeading();

    @Override
    @Message("{chapters} chapters, {lessons} lessons")
    String outlineFact(int chapters, int lessons);

    @Override
    @Message("Preview")
    String playPreview();

    @Override
    @Message("Read")
    String readPreview();

    @Override
    @Message("My courses")
    String myCoursesTitle();

    @Override
    @Message("No courses yet. Create the first one below.")
    String myCoursesEmpty();

    @Override
    @Message("In the market")
    String listed();

    @Override
    @Message("In the market: version {number}")
    String listedVersion(Integer number);

    @Override
    @Message("Updated {cfmt:time(at)}")
    String updatedAt(Instant at);

    @Override
    @Message("New course")
    String newCourse();

    @Override
    @Message("Create draft")
    String createCourse();

    @Override
    @Message("Course title")
    String fieldTitle();

    @Override
    @Message("Summary")
    String fieldSummary();

    @Override
    @Message("Training type")
    String fieldTrainingType();

    @Override
    @Message("Declared class hours")
    String fieldDeclaredHours();

    @Override
    @Message("Final test pass mark (1–100)")
    String fieldPassMark();

    @Override
    @Message("Save")
    String save();

    @Override
    @Message("Delete")
    String delete();

    @Override
    @Message("Move up")
    String moveUp();

    @Override
    @Message("Move down")
    String moveDown();

    @Override
    @Message("Upload")
    String upload();

    @Override
    @Message("Not approved. Reason: {reason}. Edit the course and submit it again.")
    String rejectedBecause(String reason);

    @Override
    @Message("Submitted for review on {cfmt:time(at)}; it cannot be changed during the review.")
    String underReview(Instant at);

    @Override
    @Message("The course was withdrawn. Reason: {reason}. Start a new version to correct it and submit it again.")
    String withdrawnBecause(String reason);

    @Override
    @Message("A published version cannot be changed. A new version starts as a copy of it; learners keep studying the published version until the new one is approved, and keep their progress in every lesson whose video stays the same.")
    String newVersionHint();

    @Override
    @Message("Start a new version")
    String startNewVersion();

    @Override
    @Message("Details")
    String detailsHeading();

    @Override
    @Message("Course cover")
    String coverAlt();

    @Override
    @Message("No cover yet")
    String noCover();

    @Override
    @Message("Upload a cover (JPG or PNG, 16:9 works best)")
    String coverUpload();

    @Override
    @Message("Save cover")
    String coverSave();

    @Override
    @Message("Delete this chapter and all its lessons?")
    String confirmDeleteChapter();

    @Override
    @Message("Delete this lesson?")
    String confirmDeleteLesson();

    @Override
    @Message("Delete this question?")
    String confirmDeleteQuestion();

    @Override
    @Message("Rename chapter")
    String renameChapter();

    @Override
    @Message("Chapter title")
    String chapterTitle();

    @Override
    @Message("New chapter title")
    String newChapterTitle();

    @Override
    @Message("Add chapter")
    String addChapter();

    @Override
    @Message("Lesson title")
    String lessonTitle();

    @Override
    @Message("New lesson title")
    String newLessonTitle();

    @Override
    @Message("Lesson type")
    String lessonKindLabel();

    @Override
    @Message("Add lesson")
    String addLesson();

    @Override
    @Message("Edit lesson")
    String editLesson();

    @Override
    @Message("Chapter")
    String chapter();

    @Override
    @Message("Preview")
    String freePreview();

    @Override
    @Message("Free preview (anyone may watch this lesson once the course is published)")
    String freePreviewLabel();

    @Override
    @Message("Upload video")
    String uploadVideo();

    @Override
    @Message("Replace video")
    String replaceVideo();

    @Override
    @Message("Upload PDF")
    String uploadDocument();

    @Override
    @Message("Replace PDF")
    String replaceDocument();

    @Override
    @Message("Question bank ({count} questions)")
    String questionsHeading(int count);

    @Override
    @Message("Submitting for review needs at least {min} questions. Final test pass mark: {passMark}.")
    String questionsHint(int min, int passMark);

    @Override
    @Message("Edit")
    String editQuestion();

    @Override
    @Message("Add question")
    String addQuestion();

    @Override
    @Message("Question type")
    String questionKindLabel();

    @Override
    @Message("Question")
    String stemLabel();

    @Override
    @Message("Options (single and multiple choice; tick the correct ones)")
    String optionsLegend();

    @Override
    @Message("{cfmt:letter(index)} is correct")
    String optionCorrect(int index);

    @Override
    @Message("Option {cfmt:letter(index)}")
    String optionLabel(int index);

    @Override
    @Message("Answer of a true-or-false question")
    String truthLabel();

    @Override
    @Message("Explanation")
    String explanationLabel();

    @Override
    @Message("Correct answer: ")
    String answerIs();

    @Override
    @Message("Correct")
    String correctOption();

    @Override
    @Message("Explanation: {text}")
    String explanationIs(String text);

    @Override
    @Message("Submit for review")
    String submitHeading();

    @Override
    @Message("The course is complete and can be submitted for review.")
    String readyToSubmit();

    @Override
    @Message("Before it can be submitted:")
    String notReadyToSubmit();

    @Override
    @Message("Submit for review")
    String submitForReview();

    @Override
    @Message("Versions and review history")
    String versionsHeading();

    @Override
    @Message("Published {cfmt:time(at)}")
    String publishedAt(Instant at);

    @Override
    @Message("Submitted {cfmt:time(at)}")
    String submittedAt(Instant at);

    @Override
    @Message("History")
    String historyHeading();

    @Override
    @Message("Reason: {reason}")
    String reasonIs(String reason);

    @Override
    @Message("Preparing the upload…")
    String uploadStarting();

    @Override
    @Message("Uploading %p%")
    String uploadProgress();

    @Override
    @Message("The network dropped; retrying…")
    String uploadRetrying();

    @Override
    @Message("Uploaded; processing %p%")
    String uploadProcessing();

    @Override
    @Message("The video is ready to play")
    String uploadReady();

    @Override
    @Message("Upload failed: ")
    String uploadFailed();

    @Override
    @Message("An earlier upload did not finish: choose the same file again to continue where it stopped.")
    String uploadResumable();

    @Override
    @Message("Class-hours check")
    String hoursCheckHeading();

    @Override
    @Message("Declared: {cfmt:hours(hours)} class hours")
    String hoursDeclared(BigDecimal hours);

    @Override
    @Message("Videos: {cfmt:hours(hours)} class hours ({cfmt:duration(seconds)})")
    String hoursActual(BigDecimal hours, long seconds);

    @Override
    @Message("At {minutes} minutes per class hour, the declared hours need at least {cfmt:duration(seconds)} of video")
    String hoursRule(int minutes, long seconds);

    @Override
    @Message("✓ The videos cover the declared class hours")
    String hoursOk();

    @Override
    @Message("✗ The videos are shorter than the declared class hours")
    String hoursShortNote();

    @Override
    @Message("Course review")
    String reviewQueueTitle();

    @Override
    @Message("Waiting for review ({count})")
    String waitingForReview(int count);

    @Override
    @Message("No course is waiting for review.")
    String queueEmpty();

    @Override
    @Message("Published in your jurisdiction ({count})")
    String publishedInJurisdiction(int count);

    @Override
    @Message("Press “Preview” on a lesson to watch its video.")
    String reviewPreviewHint();

    @Override
    @Message("This version still has these problems and cannot be approved:")
    String reviewProblems();

    @Override
    @Message("Decision")
    String decisionHeading();

    @Override
    @Message("Approve and publish")
    String approve();

    @Override
    @Message("Reason for rejection")
    String rejectReason();

    @Override
    @Message("Reject")
    String reject();

    @Override
    @Message("Withdraw the course")
    String withdrawHeading();

    @Override
    @Message("Reason for withdrawal")
    String withdrawReason();

    @Override
    @Message("Withdraw")
    String withdraw();

    @Override
    @Message("Please correct the following:")
    String invalidInput();

    @Override
    @Message("The course is not ready for this step:")
    String notReady();

    @Override
    @Message("Back to the form")
    String goBack();

    @Override
    @Message("Please fill in the course details.")
    String courseRequired();

    @Override
    @Message("Please enter the course title.")
    String titleRequired();

    @Override
    @Message("A title can have at most {max} characters.")
    String titleTooLong(int max);

    @Override
    @Message("The summary can have at most {max} characters.")
    String summaryTooLong(int max);

    @Override
    @Message("Please choose the training type.")
    String trainingTypeRequired();

    @Override
    @Message("Training type “{value}” is not valid; choose initial training, refresher, certificate review, pre-job or routine training.")
    String unknownTrainingType(String value);

    @Override
    @Message("Please enter the declared class hours.")
    String hoursRequired();

    @Override
    @Message("Declared class hours “{value}” is not a number.")
    String hoursNotANumber(String value);

    @Override
    @Message("Declared class hours “{value}” is not valid: it must be above 0 and at most 999.9.")
    String hoursOutOfRange(String value);

    @Override
    @Message("Declared class hours “{value}” can have at most one decimal.")
    String hoursTooPrecise(String value);

    @Override
    @Message("Please enter the pass mark.")
    String passMarkRequired();

    @Override
    @Message("Pass mark “{value}” is not valid: it must be a whole number from 1 to 100.")
    String passMarkOutOfRange(String value);

    @Override
    @Message("Industry “{value}” is not valid.")
    String unknownIndustry(String value);

    @Override
    @Message("Post “{value}” is not valid.")
    String unknownPostKind(String value);

    @Override
    @Message("Please fill in the question.")
    String questionRequired();

    @Override
    @Message("Please choose the question type.")
    String questionKindRequired(String value);

    @Override
    @Message("Question type “{value}” is not valid; choose single choice, multiple choice or true or false.")
    String unknownQuestionKind(String value);

    @Override
    @Message("Please enter the question.")
    String stemRequired();

    @Override
    @Message("The question can have at most {max} characters.")
    String stemTooLong(int max);

    @Override
    @Message("A true-or-false question has no options; please clear them.")
    String trueFalseHasNoOptions();

    @Override
    @Message("Please choose the answer of the true-or-false question (true or false).")
    String trueFalseAnswerRequired();

    @Override
    @Message("This type of question needs {min} to {max} options.")
    String optionCount(int min, int max);

    @Override
    @Message("Option {letter} is empty.")
    String optionEmpty(String letter);

    @Override
    @Message("Option {letter} can have at most {max} characters.")
    String optionTooLong(String letter, int max);

    @Override
    @Message("The correct answer “{value}” is not one of the options.")
    String answerNotAnOption(String value);

    @Override
    @Message("Please mark the correct answer: this question has none yet.")
    String answerRequired();

    @Override
    @Message("A single-choice question has exactly one correct answer.")
    String singleNeedsOneAnswer();

    @Override
    @Message("A multiple-choice question needs at least two correct answers.")
    String multipleNeedsTwoAnswers();

    @Override
    @Message("Please enter the explanation of the answer.")
    String explanationRequired();

    @Override
    @Message("The explanation can have at most {max} characters.")
    String explanationTooLong(int max);

    @Override
    @Message("Please enter the chapter title.")
    String chapterTitleRequired();

    @Override
    @Message("Please enter the lesson title.")
    String lessonTitleRequired();

    @Override
    @Message("Please choose the chapter.")
    String chapterRequired();

    @Override
    @Message("Lesson type “{value}” is not valid; choose video or document.")
    String unknownLessonKind(String value);

    @Override
    @Message("The position is not valid.")
    String badPosition();

    @Override
    @Message("Please enter the reason.")
    String reasonRequired();

    @Override
    @Message("The reason can have at most {max} characters.")
    String reasonTooLong(int max);

    @Override
    @Message("The video id (mediaId) is missing.")
    String mediaIdRequired();

    @Override
    @Message("There is no video “{value}”.")
    String unknownMedia(String value);

    @Override
    @Message("Please choose a PDF file.")
    String documentRequired();

    @Override
    @Message("The file is not a PDF.")
    String notAPdf();

    @Override
    @Message("A PDF can be at most {megabytes} MB.")
    String documentTooLarge(long megabytes);

    @Override
    @Message("Please choose a cover picture.")
    String coverRequired();

    @Override
    @Message("The cover must be a JPG or PNG picture.")
    String coverNotAnImage();

    @Override
    @Message("A cover picture can be at most {megabytes} MB.")
    String coverTooLarge(long megabytes);

    @Override
    @Message("The cover picture is too large (at most 8000 pixels wide and high).")
    String coverTooManyPixels();


    @Override
    @Message("Institution “{value}” is not valid.")
    String badInstitutionFilter(String value);

    @Override
    @Message("Class hours “{value}” is not valid: use a number from 0 to 999.9.")
    String badHoursFilter(String value);

    @Override
    @Message("Sort order “{value}” is not valid; use newest or enrolled.")
    String unknownSort(String value);

    @Override
    @Message("Page “{value}” is not valid.")
    String badPage(String value);

    @Override
    @Message("Page size “{value}” is not valid: use 1 to 50.")
    String badPageSize(String value);

    @Override
    @Message("Keywords can have at most {max} characters.")
    String queryTooLong(int max);

    @Override
    @Message("The training institution has not been approved by the emergency management bureau yet, so it cannot submit courses.")
    String institutionNotApproved();

    @Override
    @Message("The outline has no lessons yet.")
    String outlineEmpty();

    @Override
    @Message("Chapter “{title}” has no lessons yet.")
    String chapterEmpty(String title);

    @Override
    @Message("Lesson “{title}” has no video yet.")
    String lessonWithoutVideo(String title);

    @Override
    @Message("Lesson “{title}” has no PDF yet.")
    String lessonWithoutDocument(String title);

    @Override
    @Message("The video of lesson “{title}” is still being processed; please wait.")
    String videoNotReady(String title);

    @Override
    @Message("The video of lesson “{title}” could not be processed{#if reason}: {reason}{/if}; please upload it again.")
    String videoFailed(String title, String reason);

    @Override
    @Message("Please choose the industries the course is for.")
    String industriesRequired();

    @Override
    @Message("Please choose the posts the course is for.")
    String postKindsRequired();

    @Override
    @Message("The question bank has {count} questions; it needs at least {min}.")
    String tooFewQuestions(int count, int min);

    @Override
    @Message("The videos are too short: {declared} declared class hours need at least {requiredMinutes} minutes of video ({minutesPerHour} minutes per class hour), but there are only {videoMinutes} minutes, or {actual} class hours. Add video or declare fewer class hours.")
    String hoursShort(String declared, String actual, long videoMinutes, long requiredMinutes, int minutesPerHour);

    @Override
    @Message("There is no such course, or it is not published.")
    String courseNotFound();

    @Override
    @Message("This course belongs to another training institution; you cannot change it.")
    String notYourCourse();

    @Override
    @Message("Only training institutions manage courses.")
    String notAnInstitution();

    @Override
    @Message("Only emergency management bureau officers review courses.")
    String notAReviewer();

    @Override
    @Message("The course’s training institution is not in your jurisdiction.")
    String outsideJurisdiction();

    @Override
    @Message("This version is under review or published and cannot be changed.")
    String notEditable();

    @Override
    @Message("This course has no version being edited: start a new version first.")
    String noDraft();

    @Override
    @Message("This course has no version waiting for review.")
    String nothingToReview();

    @Override
    @Message("This course is not published, so it cannot be withdrawn.")
    String notPublished();

    @Override
    @Message("This course already has a version being edited or reviewed.")
    String versionAlreadyOpen();

    @Override
    @Message("This course has never been published; edit its draft instead.")
    String nothingPublishedYet();

    @Override
    @Message("There is no such chapter.")
    String chapterNotFound();

    @Override
    @Message("There is no such lesson.")
    String lessonNotFound();

    @Override
    @Message("There is no such question.")
    String questionNotFound();

    @Override
    @Message("This lesson is not a video lesson.")
    String notAVideoLesson();

    @Override
    @Message("This lesson is not a document lesson.")
    String notADocumentLesson();

    @Override
    @Message("This video was not uploaded by your institution.")
    String notYourMedia();

    @Override
    @Message("The upload of this video was cancelled or has expired; please upload it again.")
    String mediaGone();

    @Override
    @Message("This video could not be processed: {reason}")
    String mediaFailed(String reason);

    @Override
    @Message("The same video cannot be used for two lessons.")
    String videoUsedTwice();

    @Override
    @Message("Sign in and enrol to watch this lesson.")
    String mayNotWatch();

    @Override
    @Message("This lesson’s video cannot be played yet.")
    String lessonNotPlayable();

    @Override
    @Message("File storage is unavailable for the moment; please try again shortly.")
    String storageUnavailable();

    @Override
    @Message("The uploaded content could not be read.")
    String unreadableBody();
}
