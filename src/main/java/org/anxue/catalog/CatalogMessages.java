package org.anxue.catalog;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.math.BigDecimal;
import java.time.Instant;
import org.anxue.creditbank.model.PostKind;
import org.anxue.creditbank.model.TrainingType;
import org.anxue.org.Industry;

/**
 * Texts of the catalog (pages, problems, errors), zh-CN; {@link CatalogMessagesEnglish} has the
 * English ones. Templates: {@code {catalog:supermarketTitle}}; errors: {@code catalog:courseNotFound}.
 */
@MessageBundle(value = "catalog", locale = "zh-CN")
public interface CatalogMessages {

    // --- names of values ---------------------------------------------------------------------------

    @Message("""
            {#when industry}\
            {#is CHEMICAL}化工危险化学品\
            {#is NON_COAL_MINE}非煤矿山\
            {#is METAL_SMELTING}金属冶炼\
            {#is FIREWORKS}烟花爆竹\
            {#is COAL_MINE}煤矿\
            {#is INDUSTRY_TRADE}工贸\
            {#is OTHER}其他行业\
            {/when}""")
    String industry(Industry industry);

    @Message("""
            {#when kind}\
            {#is PRINCIPAL}主要负责人\
            {#is SAFETY_MANAGER}安全生产管理人员\
            {#is SPECIAL_OPERATION_WORKER}特种作业人员\
            {#is GENERAL_WORKER}一般从业人员\
            {/when}""")
    String postKind(PostKind kind);

    @Message("""
            {#when type}\
            {#is INITIAL}初训\
            {#is REFRESHER}再培训\
            {#is REVIEW}复审\
            {#is PRE_JOB}岗前培训\
            {#is ROUTINE}日常培训\
            {/when}""")
    String trainingType(TrainingType type);

    @Message("""
            {#when status}\
            {#is DRAFT}草稿\
            {#is SUBMITTED}审核中\
            {#is REJECTED}已退回\
            {#is PUBLISHED}已发布\
            {#is SUPERSEDED}已被新版本取代\
            {#is WITHDRAWN}已下架\
            {/when}""")
    String status(VersionStatus status);

    @Message("""
            {#when kind}\
            {#is VIDEO}视频\
            {#is DOCUMENT}文档\
            {/when}""")
    String lessonKind(LessonKind kind);

    @Message("""
            {#when kind}\
            {#is SINGLE}单选题\
            {#is MULTIPLE}多选题\
            {#is TRUE_FALSE}判断题\
            {/when}""")
    String questionKind(QuestionKind kind);

    @Message("""
            {#when kind}\
            {#is CREATED}创建课程\
            {#is SUBMITTED}提交审核\
            {#is APPROVED}审核通过并发布\
            {#is REJECTED}审核退回\
            {#is WITHDRAWN}下架\
            {#is VERSION_STARTED}开始新版本\
            {#is SUPERSEDED}被新版本取代\
            {/when}""")
    String eventKind(CourseEventKind kind);

    @Message("""
            {#when state}\
            {#is 'UPLOADING'}上传中\
            {#is 'QUEUED'}排队等待处理\
            {#is 'PROBING'}检测中\
            {#is 'PACKAGING'}转码中\
            {#is 'READY'}可播放\
            {#is 'FAILED'}处理失败\
            {#is 'ABORTED'}上传已取消\
            {#is 'EXPIRED'}上传已过期\
            {#else}{state}\
            {/when}""")
    String mediaState(String state);

    @Message("{#if answer == 'TRUE'}正确{#else}错误{/if}")
    String truth(String answer);

    @Message("{cfmt:hours(hours)} 学时")
    String hoursValue(BigDecimal hours);

    @Message("第 {number} 版")
    String versionNumber(int number);

    // --- supermarket and course page -----------------------------------------------------------------

    @Message("课程超市")
    String supermarketTitle();

    @Message("经应急管理部门审核通过的安全生产培训课程，无需登录即可浏览，标注“试看”的课时可直接观看。")
    String supermarketLead();

    @Message("关键词")
    String filterQuery();

    @Message("课程名称或简介")
    String filterQueryHint();

    @Message("行业")
    String filterIndustry();

    @Message("岗位类别")
    String filterPostKind();

    @Message("培训类型")
    String filterTrainingType();

    @Message("培训机构")
    String filterInstitution();

    @Message("学时")
    String filterHours();

    @Message("最少学时")
    String filterMinHours();

    @Message("最多学时")
    String filterMaxHours();

    @Message("不限")
    String filterAny();

    @Message("筛选")
    String filterApply();

    @Message("清除")
    String filterReset();

    @Message("排序")
    String sortLabel();

    @Message("最新发布")
    String sortNewest();

    @Message("报名最多")
    String sortEnrolled();

    @Message("共 {total} 门课程")
    String resultCount(long total);

    @Message("没有符合条件的课程，请放宽筛选条件。")
    String noCourses();

    @Message("分页")
    String pagerLabel();

    @Message("上一页")
    String pagePrevious();

    @Message("下一页")
    String pageNext();

    @Message("第 {page} / {pages} 页")
    String pageOf(int page, int pages);

    @Message("培训机构：{name}")
    String providedBy(String name);

    @Message("视频 {cfmt:duration(seconds)}")
    String videoTotal(long seconds);

    @Message("管理本课程")
    String manageCourse();

    @Message("审核本课程")
    String reviewCourse();

    @Message("课程简介")
    String summaryHeading();

    @Message("适用行业")
    String targetIndustries();

    @Message("适用岗位")
    String targetPostKinds();

    @Message("学时")
    String classHours();

    @Message("{cfmt:hours(hours)} 学时（视频共 {cfmt:duration(seconds)}，每学时 {minutes} 分钟）")
    String classHoursFact(BigDecimal hours, long seconds, int minutes);

    @Message("结业考试")
    String finalTest();

    @Message("题库 {count} 题，{passMark} 分及格（百分制）")
    String finalTestFact(int count, int passMark);

    @Message("试看")
    String previewHeading();

    @Message("选择下方标有“试看”的课时开始播放。")
    String previewHint();

    @Message("课程大纲")
    String outlineHeading();

    @Message("{chapters} 章，{lessons} 课时")
    String outlineFact(int chapters, int lessons);

    @Message("试看")
    String playPreview();

    @Message("阅读")
    String readPreview();

    // --- institution pages -------------------------------------------------------------------------------

    @Message("我的课程")
    String myCoursesTitle();

    @Message("还没有课程。在下方新建第一门课程。")
    String myCoursesEmpty();

    @Message("已上架")
    String listed();

    @Message("已上架：第 {number} 版")
    String listedVersion(Integer number);

    @Message("更新于 {cfmt:time(at)}")
    String updatedAt(Instant at);

    @Message("新建课程")
    String newCourse();

    @Message("创建草稿")
    String createCourse();

    @Message("课程名称")
    String fieldTitle();

    @Message("课程简介")
    String fieldSummary();

    @Message("培训类型")
    String fieldTrainingType();

    @Message("申报学时")
    String fieldDeclaredHours();

    @Message("结业考试及格分（1–100）")
    String fieldPassMark();

    @Message("保存")
    String save();

    @Message("删除")
    String delete();

    @Message("上移")
    String moveUp();

    @Message("下移")
    String moveDown();

    @Message("上传")
    String upload();

    @Message("审核未通过，原因：{reason}。修改后可再次提交。")
    String rejectedBecause(String reason);

    @Message("已于 {cfmt:time(at)} 提交审核，审核期间不能修改。")
    String underReview(Instant at);

    @Message("课程已被下架，原因：{reason}。可开始新版本修改后重新提交审核。")
    String withdrawnBecause(String reason);

    @Message("已发布的版本不能修改。开始新版本会复制当前内容作为草稿，学员在审核通过前继续学习已发布版本，未更换视频的课时学习进度保留。")
    String newVersionHint();

    @Message("开始新版本")
    String startNewVersion();

    @Message("基本信息")
    String detailsHeading();

    @Message("课程封面")
    String coverAlt();

    @Message("暂无封面")
    String noCover();

    @Message("上传封面（JPG 或 PNG，建议 16:9）")
    String coverUpload();

    @Message("保存封面")
    String coverSave();

    @Message("删除本章及其全部课时？")
    String confirmDeleteChapter();

    @Message("删除这个课时？")
    String confirmDeleteLesson();

    @Message("删除这道题？")
    String confirmDeleteQuestion();

    @Message("修改章名称")
    String renameChapter();

    @Message("章名称")
    String chapterTitle();

    @Message("新章节名称")
    String newChapterTitle();

    @Message("添加章")
    String addChapter();

    @Message("课时名称")
    String lessonTitle();

    @Message("新课时名称")
    String newLessonTitle();

    @Message("课时类型")
    String lessonKindLabel();

    @Message("添加课时")
    String addLesson();

    @Message("修改课时")
    String editLesson();

    @Message("所属章")
    String chapter();

    @Message("试看")
    String freePreview();

    @Message("允许试看（课程发布后任何人可观看本课时）")
    String freePreviewLabel();

    @Message("上传视频")
    String uploadVideo();

    @Message("更换视频")
    String replaceVideo();

    @Message("上传 PDF")
    String uploadDocument();

    @Message("更换 PDF")
    String replaceDocument();

    @Message("题库（{count} 题）")
    String questionsHeading(int count);

    @Message("提交审核至少需要 {min} 道题。结业考试及格分：{passMark} 分。")
    String questionsHint(int min, int passMark);

    @Message("修改")
    String editQuestion();

    @Message("添加题目")
    String addQuestion();

    @Message("题型")
    String questionKindLabel();

    @Message("题干")
    String stemLabel();

    @Message("选项（单选、多选题填写；勾选正确答案）")
    String optionsLegend();

    @Message("{cfmt:letter(index)} 正确")
    String optionCorrect(int index);

    @Message("选项 {cfmt:letter(index)}")
    String optionLabel(int index);

    @Message("判断题答案")
    String truthLabel();

    @Message("答案解析")
    String explanationLabel();

    @Message("正确答案：")
    String answerIs();

    @Message("正确答案")
    String correctOption();

    @Message("解析：{text}")
    String explanationIs(String text);

    @Message("提交审核")
    String submitHeading();

    @Message("课程已完整，可以提交审核。")
    String readyToSubmit();

    @Message("提交审核前还需要：")
    String notReadyToSubmit();

    @Message("提交审核")
    String submitForReview();

    @Message("版本与审核记录")
    String versionsHeading();

    @Message("发布于 {cfmt:time(at)}")
    String publishedAt(Instant at);

    @Message("提交于 {cfmt:time(at)}")
    String submittedAt(Instant at);

    @Message("操作记录")
    String historyHeading();

    @Message("原因：{reason}")
    String reasonIs(String reason);

    // --- upload (texts for the upload script; %p is the percentage) --------------------------------------

    @Message("正在准备上传…")
    String uploadStarting();

    @Message("上传中 %p%")
    String uploadProgress();

    @Message("网络中断，正在重试…")
    String uploadRetrying();

    @Message("上传完成，正在处理 %p%")
    String uploadProcessing();

    @Message("视频已可播放")
    String uploadReady();

    @Message("上传失败：")
    String uploadFailed();

    @Message("上次的上传未完成：请重新选择同一个文件，将从中断处继续。")
    String uploadResumable();

    // --- hours check -------------------------------------------------------------------------------------

    @Message("学时核对")
    String hoursCheckHeading();

    @Message("申报 {cfmt:hours(hours)} 学时")
    String hoursDeclared(BigDecimal hours);

    @Message("视频合计 {cfmt:hours(hours)} 学时（{cfmt:duration(seconds)}）")
    String hoursActual(BigDecimal hours, long seconds);

    @Message("按每学时 {minutes} 分钟，申报学时需要视频至少 {cfmt:duration(seconds)}")
    String hoursRule(int minutes, long seconds);

    @Message("✓ 视频时长满足申报学时")
    String hoursOk();

    @Message("✗ 视频时长不足申报学时")
    String hoursShortNote();

    // --- bureau pages ------------------------------------------------------------------------------------

    @Message("课程审核")
    String reviewQueueTitle();

    @Message("待审核（{count}）")
    String waitingForReview(int count);

    @Message("没有待审核的课程。")
    String queueEmpty();

    @Message("辖区内已发布课程（{count}）")
    String publishedInJurisdiction(int count);

    @Message("点击课时的“试看”按钮预览视频。")
    String reviewPreviewHint();

    @Message("这个版本还有以下问题，不能通过：")
    String reviewProblems();

    @Message("审核意见")
    String decisionHeading();

    @Message("审核通过并发布")
    String approve();

    @Message("退回原因")
    String rejectReason();

    @Message("退回修改")
    String reject();

    @Message("下架课程")
    String withdrawHeading();

    @Message("下架原因")
    String withdrawReason();

    @Message("下架")
    String withdraw();

    // --- problems (400 / 409) ----------------------------------------------------------------------------

    @Message("提交的内容有误：")
    String invalidInput();

    @Message("课程还不能进行这一步：")
    String notReady();

    @Message("返回修改")
    String goBack();

    @Message("请填写课程信息。")
    String courseRequired();

    @Message("请填写课程名称。")
    String titleRequired();

    @Message("名称不能超过 {max} 个字。")
    String titleTooLong(int max);

    @Message("课程简介不能超过 {max} 个字。")
    String summaryTooLong(int max);

    @Message("请选择培训类型。")
    String trainingTypeRequired();

    @Message("培训类型“{value}”无效，应为初训、再培训、复审、岗前培训或日常培训。")
    String unknownTrainingType(String value);

    @Message("请填写申报学时。")
    String hoursRequired();

    @Message("申报学时“{value}”不是数字。")
    String hoursNotANumber(String value);

    @Message("申报学时“{value}”无效：须大于 0 且不超过 999.9。")
    String hoursOutOfRange(String value);

    @Message("申报学时“{value}”最多保留一位小数。")
    String hoursTooPrecise(String value);

    @Message("请填写及格分。")
    String passMarkRequired();

    @Message("及格分“{value}”无效：须为 1 到 100 的整数。")
    String passMarkOutOfRange(String value);

    @Message("行业“{value}”无效。")
    String unknownIndustry(String value);

    @Message("岗位类别“{value}”无效。")
    String unknownPostKind(String value);

    @Message("请填写题目。")
    String questionRequired();

    @Message("请选择题型。")
    String questionKindRequired(String value);

    @Message("题型“{value}”无效，应为单选题、多选题或判断题。")
    String unknownQuestionKind(String value);

    @Message("请填写题干。")
    String stemRequired();

    @Message("题干不能超过 {max} 个字。")
    String stemTooLong(int max);

    @Message("判断题没有选项，请清空选项。")
    String trueFalseHasNoOptions();

    @Message("请选择判断题的正确答案（正确或错误）。")
    String trueFalseAnswerRequired();

    @Message("这种题型需要 {min} 到 {max} 个选项。")
    String optionCount(int min, int max);

    @Message("选项 {letter} 是空的。")
    String optionEmpty(String letter);

    @Message("选项 {letter} 不能超过 {max} 个字。")
    String optionTooLong(String letter, int max);

    @Message("正确答案“{value}”不在选项之中。")
    String answerNotAnOption(String value);

    @Message("请标出正确答案：这道题还没有正确答案。")
    String answerRequired();

    @Message("单选题只能有一个正确答案。")
    String singleNeedsOneAnswer();

    @Message("多选题至少要有两个正确答案。")
    String multipleNeedsTwoAnswers();

    @Message("请填写答案解析。")
    String explanationRequired();

    @Message("答案解析不能超过 {max} 个字。")
    String explanationTooLong(int max);

    @Message("请填写章名称。")
    String chapterTitleRequired();

    @Message("请填写课时名称。")
    String lessonTitleRequired();

    @Message("请选择章。")
    String chapterRequired();

    @Message("课时类型“{value}”无效，应为视频或文档。")
    String unknownLessonKind(String value);

    @Message("位置无效。")
    String badPosition();

    @Message("请填写原因。")
    String reasonRequired();

    @Message("原因不能超过 {max} 个字。")
    String reasonTooLong(int max);

    @Message("缺少视频编号（mediaId）。")
    String mediaIdRequired();

    @Message("找不到视频“{value}”。")
    String unknownMedia(String value);

    @Message("请选择 PDF 文件。")
    String documentRequired();

    @Message("文件不是 PDF。")
    String notAPdf();

    @Message("PDF 不能超过 {megabytes} MB。")
    String documentTooLarge(long megabytes);

    @Message("请选择封面图片。")
    String coverRequired();

    @Message("封面须为 JPG 或 PNG 图片。")
    String coverNotAnImage();

    @Message("封面图片不能超过 {megabytes} MB。")
    String coverTooLarge(long megabytes);

    @Message("封面图片尺寸过大（长、宽均不能超过 8000 像素）。")
    String coverTooManyPixels();


    @Message("培训机构“{value}”无效。")
    String badInstitutionFilter(String value);

    @Message("学时“{value}”无效：须为 0 到 999.9 的数字。")
    String badHoursFilter(String value);

    @Message("排序方式“{value}”无效，应为 newest 或 enrolled。")
    String unknownSort(String value);

    @Message("页码“{value}”无效。")
    String badPage(String value);

    @Message("每页数量“{value}”无效：须为 1 到 50。")
    String badPageSize(String value);

    @Message("关键词不能超过 {max} 个字。")
    String queryTooLong(int max);

    // --- readiness for review (409) ------------------------------------------------------------------------

    @Message("培训机构尚未通过应急管理部门审核，暂不能提交课程。")
    String institutionNotApproved();

    @Message("课程大纲还没有课时。")
    String outlineEmpty();

    @Message("第“{title}”章还没有课时。")
    String chapterEmpty(String title);

    @Message("课时“{title}”还没有上传视频。")
    String lessonWithoutVideo(String title);

    @Message("课时“{title}”还没有上传 PDF。")
    String lessonWithoutDocument(String title);

    @Message("课时“{title}”的视频还在处理中，请稍候。")
    String videoNotReady(String title);

    @Message("课时“{title}”的视频处理失败{#if reason}：{reason}{/if}，请重新上传。")
    String videoFailed(String title, String reason);

    @Message("请选择适用行业。")
    String industriesRequired();

    @Message("请选择适用岗位。")
    String postKindsRequired();

    @Message("题库只有 {count} 道题，至少需要 {min} 道。")
    String tooFewQuestions(int count, int min);

    @Message("视频时长不足：申报 {declared} 学时需要至少 {requiredMinutes} 分钟视频（每学时 {minutesPerHour} 分钟），目前只有 {videoMinutes} 分钟，合 {actual} 学时。请补充视频或降低申报学时。")
    String hoursShort(String declared, String actual, long videoMinutes, long requiredMinutes, int minutesPerHour);

    // --- errors (AppException) -----------------------------------------------------------------------------

    @Message("找不到这门课程，或它尚未发布。")
    String courseNotFound();

    @Message("这门课程属于其他培训机构，您不能修改。")
    String notYourCourse();

    @Message("只有培训机构的账号可以管理课程。")
    String notAnInstitution();

    @Message("只有应急管理部门的工作人员可以审核课程。")
    String notAReviewer();

    @Message("这门课程的培训机构不在您的辖区内。")
    String outsideJurisdiction();

    @Message("这个版本正在审核或已发布，不能修改。")
    String notEditable();

    @Message("这门课程没有正在编辑的版本：请先开始新版本。")
    String noDraft();

    @Message("这门课程没有待审核的版本。")
    String nothingToReview();

    @Message("这门课程当前没有发布，不能下架。")
    String notPublished();

    @Message("这门课程已有一个正在编辑或审核的版本。")
    String versionAlreadyOpen();

    @Message("这门课程还没有发布过，请直接修改草稿。")
    String nothingPublishedYet();

    @Message("找不到这一章。")
    String chapterNotFound();

    @Message("找不到这个课时。")
    String lessonNotFound();

    @Message("找不到这道题。")
    String questionNotFound();

    @Message("这个课时不是视频课时。")
    String notAVideoLesson();

    @Message("这个课时不是文档课时。")
    String notADocumentLesson();

    @Message("这个视频不是本机构上传的。")
    String notYourMedia();

    @Message("这个视频的上传已取消或过期，请重新上传。")
    String mediaGone();

    @Message("这个视频处理失败：{reason}")
    String mediaFailed(String reason);

    @Message("同一个视频不能用于两个课时。")
    String videoUsedTwice();

    @Message("登录并报名后才能观看这个课时。")
    String mayNotWatch();

    @Message("这个课时的视频还不能播放。")
    String lessonNotPlayable();

    @Message("文件存储暂时不可用，请稍后重试。")
    String storageUnavailable();

    @Message("无法读取上传的内容。")
    String unreadableBody();
}
