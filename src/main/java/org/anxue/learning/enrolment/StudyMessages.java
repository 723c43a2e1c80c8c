package org.anxue.learning.enrolment;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.anxue.learning.tasks.TrainingTasks;
import org.anxue.org.PostKind;

/**
 * Texts of enrolment, my courses, training tasks and the final test (zh-CN); English in
 * {@link StudyMessagesEnglish}. Templates: {@code {study:myCourses}}; errors: {@code study:notEnrolled}.
 */
@MessageBundle(value = "study", locale = "zh-CN")
public interface StudyMessages {

    @Message("只有学员账号可以学习课程。")
    String workersOnly();

    @Message("没有找到这门课程，或它尚未发布。")
    String courseNotFound();

    @Message("请指明要加入的课程。")
    String courseIdRequired();

    @Message("你还没有加入这门课程。")
    String notEnrolled();

    @Message("你还没有加入这门课程。")
    String notEnrolledHere();

    @Message("这门课程没有这个文档课时。")
    String lessonNotFound();

    @Message("完成全部课时后才能参加结业考试。")
    String lessonsNotComplete();

    @Message("结业考试最多可以参加 {max} 次，已用完。")
    String noAttemptsLeft(int max);

    @Message("你已经完成了这门课程。")
    String alreadyCompleted();

    @Message("这门课程没有考试题目。")
    String noQuestions();

    @Message("没有找到这次考试。")
    String attemptNotFound();

    @Message("这次考试已经交卷，不能再次提交。")
    String alreadySubmitted();

    @Message("考试时间已到，不能再交卷。")
    String timeUp();

    @Message("题目 {id} 不在这次考试中。")
    String unknownQuestion(String id);

    @Message("答案“{answer}”的格式不对。")
    String badAnswer(String answer);

    @Message("你还没有完成这门课程。")
    String notCompleted();

    @Message("没有找到这条通知。")
    String noticeNotFound();

    @Message("没有找到这个培训任务。")
    String taskNotFound();

    @Message("请填写任务名称（不超过 200 字）。")
    String taskTitleRequired();

    @Message("请填写开始日期。")
    String taskStartRequired();

    @Message("请填写截止日期。")
    String taskDueRequired();

    @Message("“{text}”不是有效日期（格式 2026-12-31）。")
    String badDate(String text);

    @Message("截止日期不能早于开始日期。")
    String taskDueBeforeStart();

    @Message("请至少选择一门课程。")
    String taskCoursesRequired();

    @Message("课程 {id} 没有发布，不能布置。")
    String courseNotPublished(long id);

    @Message("没有“{kind}”这种岗位类别。")
    String unknownPostKind(String kind);

    @Message("本企业没有部门 {id}。")
    String unknownDepartment(long id);

    @Message("请按岗位类别、部门或姓名选择学员。")
    String taskAssigneesRequired();

    @Message("没有在职员工符合所选条件。")
    String noOneMatches();

    @Message("人员 {id} 不是本企业的在职员工。")
    String notAnEmployee(long id);

    @Message("本企业没有名叫“{name}”的在职员工。")
    String noEmployeeNamed(String name);

    @Message("本企业有 {count} 名在职员工叫“{name}”，请改用部门或岗位选择。")
    String employeeNameAmbiguous(String name, int count);

    @Message("人员 {id} 不是这个任务的学员。")
    String notAnAssignee(long id);

    @Message("请选择要提醒的学员。")
    String remindWhom();

    @Message("提醒内容不能超过 1000 字。")
    String messageTooLong();

    @Message("培训任务已创建，{count} 名学员已加入课程。")
    String taskCreated(int count);

    @Message("已发送 {count} 条提醒。")
    String remindersSent(int count);

    @Message("已添加 {count} 名新符合条件的学员。")
    String newcomersAdded(int count);

    @Message("你已加入这门课程。")
    String alreadyEnrolled();

    @Message("去学习")
    String goStudy();

    @Message("加入学习")
    String enrol();

    @Message("加入后可在“我的课程”中学习。")
    String enrolHint();

    @Message("登录后加入学习")
    String signInToEnrol();

    @Message("学员账号可以加入学习。")
    String enrolWorkersOnly();

    @Message("加入这门课程，开始学习？")
    String confirmEnrol();

    @Message("已加入学习。")
    String enrolledNow();

    @Message("我的课程")
    String myCourses();

    @Message("通知")
    String noticesHeading();

    @Message("{count} 条未读")
    String unreadCount(int count);

    @Message("标为已读")
    String markRead();

    @Message("你还没有课程。")
    String noCourses();

    @Message("去课程超市选课")
    String toSupermarket();

    @Message("必修")
    String required();

    @Message("自选")
    String selfSelected();

    @Message("{due} 前完成")
    String dueBy(java.time.LocalDate due);

    @Message("已逾期（截止 {due}）")
    String overdueSince(java.time.LocalDate due);

    @Message("已完成")
    String completed();

    @Message("已下架")
    String withdrawn();

    @Message("培训任务：{title}")
    String fromTask(String title);

    @Message("查看结业")
    String seeCompletion();

    @Message("参加结业考试")
    String takeTest();

    @Message("继续学习")
    String continueStudy();

    @Message("课时")
    String lessons();

    @Message("已完成 {done}/{total} 课时")
    String lessonsDone(int done, int total);

    @Message("视频已看 {percent}%")
    String videoPercent(int percent);

    @Message("课程介绍")
    String coursePage();

    @Message("播放")
    String play();

    @Message("阅读")
    String read();

    @Message("已打开")
    String documentOpened();

    @Message("未打开")
    String documentNotOpened();

    @Message("视频课时看满 95% 即完成；文档课时在此打开即完成。")
    String lessonRule();

    @Message("结业考试")
    String finalTest();

    @Message("完成全部课时后可参加结业考试。")
    String testAfterLessons();

    @Message("共 {questions} 题，{passMark} 分及格；已考 {used}/{max} 次。")
    String testFacts(int questions, int passMark, int used, int max);

    @Message("你已通过考试（{score} 分）并完成课程。")
    String completedScore(int score);

    @Message("请在 {time} 前交卷。")
    String submitBefore(String time);

    @Message("{#if kind == 'SINGLE'}单选{#else if kind == 'MULTIPLE'}多选{#else}判断{/if}")
    String questionKind(String kind);

    @Message("正确")
    String trueAnswer();

    @Message("错误")
    String falseAnswer();

    @Message("交卷")
    String submitTest();

    @Message("已完成 {done}/{total} 课时，完成全部课时后才能考试。")
    String lessonsFirst(int done, int total);

    @Message("开始后题目随机抽取，交卷后由系统评分。")
    String startHint();

    @Message("开始考试")
    String startTest();

    @Message("考试记录")
    String attemptsHeading();

    @Message("{score} 分")
    String scoreOf(Integer score);

    @Message("通过")
    String passed();

    @Message("未通过")
    String failed();

    @Message("未交卷")
    String notSubmitted();

    @Message("考试结果")
    String resultHeading();

    @Message("答对 {correct}/{total} 题，及格线 {passMark} 分。")
    String resultFacts(int correct, int total, int passMark);

    @Message("还可以考 {left} 次。")
    String attemptsLeft(int left);

    @Message("再考一次")
    String tryAgain();

    @Message("答对")
    String answerRight();

    @Message("答错")
    String answerWrong();

    @Message("课程结业")
    String completionHeading();

    @Message("考试成绩")
    String testScore();

    @Message("认定学习时长")
    String creditedTime();

    @Message("课程学时")
    String declaredHours();

    @Message("结业时间")
    String completedAt();

    @Message("学习时长在考试通过后计入学时。")
    String completionNote();

    @Message("培训任务")
    String tasksHeading();

    @Message("完成情况")
    String chartHeading();

    @Message("任务名称")
    String taskTitle();

    @Message("起止日期")
    String period();

    @Message("学员")
    String assignees();

    @Message("还没有培训任务。")
    String noTasks();

    @Message("新建培训任务")
    String newTask();

    @Message("课程（已发布）")
    String taskCourses();

    @Message("按岗位类别")
    String byPostKind();

    @Message("按部门（含下级部门）")
    String byDepartment();

    @Message("按姓名")
    String byName();

    @Message("每行一个在职员工的姓名，或用逗号分隔。")
    String byNameHint();

    @Message("开始日期")
    String startsOn();

    @Message("截止日期")
    String dueOn();

    @Message("同时选择岗位类别和部门时，取两者都符合的在职员工；按姓名选择的人员另行加入。以后入职的员工不会自动加入，可在任务页添加。")
    String selectionRule();

    @Message("创建任务")
    String createTask();

    @Message("有 {count} 名在职员工现在符合本任务的条件，但不在任务中（例如新入职）。")
    String newlyMatching(int count);

    @Message("添加他们")
    String addNewlyMatching();

    @Message("以后入职的员工不会自动加入本任务。")
    String notAddedSilently();

    @Message("逾期名单")
    String overdueHeading();

    @Message("没有逾期的学员。")
    String noneOverdue();

    @Message("提醒全部 {count} 名逾期学员")
    String remindAllOverdue(int count);

    @Message("姓名")
    String person();

    @Message("部门 · 岗位")
    String departmentPost();

    @Message("状态")
    String status();

    @Message("进度")
    String progressHeading();

    @Message("选择 {name}")
    String remindPerson(String name);

    @Message("提醒内容（可不填）")
    String reminderMessage();

    @Message("提醒所选学员")
    String remindSelected();

    @Message("{#when status}{#is COMPLETED}已完成{#is IN_PROGRESS}学习中{#is NOT_STARTED}未开始{#is OVERDUE}已逾期{/when}")
    String statusName(TrainingTasks.Status status);

    @Message("{#when kind}{#is PRINCIPAL}主要负责人{#is SAFETY_MANAGER}安全生产管理人员{#is SPECIAL_OPERATION}特种作业人员{#is GENERAL}一般从业人员{/when}")
    String postKind(PostKind kind);

}
