package org.anxue.org.roster;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the roster (pages, field problems, import reports, errors), in zh-CN;
 * {@link RosterMessagesEnglish} has the English ones. Templates: {@code {roster:listTitle}}.
 * Problem and error messages take only text arguments, so that they can also be looked up by key
 * ({@link RosterText}, {@code AppException("roster:…")}).
 */
@MessageBundle(value = "roster", locale = "zh-CN")
public interface RosterMessages {

    @Message("：")
    String colon();

    @Message("""
            {#when field}\
            {#is NAME}姓名\
            {#is ID_NUMBER}身份证号\
            {#is PHONE}手机号\
            {#is DEPARTMENT}部门\
            {#is POST_KIND}岗位类别\
            {#is OPERATION}特种作业类别\
            {#is POST}岗位\
            {#is START_DATE}入职日期\
            {#is END_DATE}离职日期\
            {#is END_REASON}离职原因\
            {/when}""")
    String field(RosterField field);

    // --- Problems of one field (forms, API, import rows) ----------------------------------------

    @Message("必须填写。")
    String required();

    @Message("不能超过 {max} 个字。")
    String tooLong(String max);

    @Message("必须填写。")
    String idEmpty();

    @Message("身份证号应为 18 位。")
    String idWrongLength();

    @Message("身份证号应为 17 位数字加最后一位数字或 X。")
    String idNotDigits();

    @Message("前两位不是有效的省级行政区代码。")
    String idUnknownRegion();

    @Message("其中的出生日期不是 1900 年至今的真实日期。")
    String idImpossibleBirthDate();

    @Message("校验码不符，可能有一位输错了，请与身份证核对。")
    String idWrongCheckCharacter();

    @Message("身份证号被 Excel 存成了数字，末尾几位已经丢失。请把该列设为“文本”格式后重新输入。")
    String idStoredAsNumber();

    @Message("该身份证号已登记为另一个姓名，请核对姓名和身份证号。")
    String nameMismatch();

    @Message("此人在其他企业也有任职记录，姓名不能在这里修改。如登记有误，请联系属地应急管理部门更正。")
    String nameLocked();

    @Message("此人已在本企业在职，不能重复添加。")
    String alreadyEmployed();

    @Message("与第 {row} 行的身份证号重复。")
    String duplicateInFile(String row);

    @Message("本企业没有“{name}”这个部门。请先在“部门”中添加，或检查名称。")
    String unknownDepartment(String name);

    @Message("有多个部门叫“{name}”，请写出完整路径，如“生产部/一车间”。")
    String ambiguousDepartment(String name);

    @Message("“{text}”不是有效的岗位类别，应为：主要负责人、安全生产管理人员、特种作业人员、一般从业人员。")
    String unknownPostKind(String text);

    @Message("特种作业人员须填写特种作业类别。")
    String operationRequired();

    @Message("“{text}”不是有效的特种作业类别（见导入模板中的填写说明）。")
    String unknownOperation(String text);

    @Message("只有特种作业人员填写特种作业类别。")
    String operationNotAllowed();

    @Message("本企业没有“{name}”这个岗位。")
    String unknownPost(String name);

    @Message("岗位“{name}”属于“{kind}”，与所填岗位类别不一致。")
    String postKindMismatch(String name, String kind);

    @Message("“{text}”不是有效日期，请写成 2024-03-01 的形式。")
    String invalidDate(String text);

    @Message("入职日期早于此人年满 16 周岁的日期（{date}）。")
    String startBeforeSixteen(String date);

    @Message("入职日期不能晚于一年以后。")
    String startTooLate();

    @Message("离职日期不能早于入职日期（{start}）。")
    String endBeforeStart(String start);

    @Message("离职日期不能晚于今天。")
    String endTooLate();

    @Message("“{text}”不是有效的电话号码。")
    String invalidPhone(String text);

    // --- Errors (AppException "roster:…") -------------------------------------------------------

    @Message("应急管理部门只能查看企业名册，不能修改。")
    String readOnly();

    @Message("该任职已于 {date} 结束，不能再修改。")
    String employmentEnded(String date);

    @Message("请填写部门名称。")
    String departmentNameRequired();

    @Message("名称不能超过 {max} 个字。")
    String nameTooLong(String max);

    @Message("部门名称不能包含“/”（它用来分隔上下级部门）。")
    String departmentNameSlash();

    @Message("同一级下已有名为“{name}”的部门。")
    String departmentNameTaken(String name);

    @Message("上级部门不存在。")
    String unknownParentDepartment();

    @Message("部门“{name}”有 {count} 条任职记录（含已离职的），不能删除。可以改名，或先把员工调到其他部门。")
    String departmentInUse(String name, String count);

    @Message("部门“{name}”下还有下级部门，请先删除或移走下级部门。")
    String departmentHasChildren(String name);

    @Message("请填写岗位名称。")
    String postNameRequired();

    @Message("请选择岗位类别。")
    String postKindRequired();

    @Message("本企业已有名为“{name}”的岗位。")
    String postNameTaken(String name);

    @Message("岗位“{name}”有 {count} 条任职记录（含已离职的），不能删除。")
    String postInUse(String name, String count);

    @Message("“{text}”不是有效的在职状态，应为 current（在职）、former（离职）或 all（全部）。")
    String unknownStatus(String text);

    @Message("不支持导出为“{text}”，请选择 xlsx 或 csv。")
    String unknownExportFormat(String text);

    // --- Import files and imports ------------------------------------------------------------------

    @Message("文件超过 {max}，没有上传。请把名单拆成几个文件分别导入。")
    String fileTooLarge(String max);

    @Message("请选择要上传的文件。")
    String fileMissing();

    @Message("文件是空的。")
    String fileEmpty();

    @Message("这不是电子表格文件。请上传 .xlsx（Excel 工作簿）或 .csv 文件。")
    String fileNotSpreadsheet();

    @Message("这是旧版 Excel（.xls）文件。请在 Excel 中“另存为” .xlsx 后再上传。")
    String fileOldExcel();

    @Message("文件设置了打开密码，无法读取。请在 Excel 中取消密码（文件 → 信息 → 保护工作簿）后再上传。")
    String fileEncrypted();

    @Message("文件已损坏或格式不正确，无法读取。请在 Excel 中打开并重新保存后再试。")
    String fileMalformed();

    @Message("文件在第 {row} 行附近已损坏，无法继续读取。请在 Excel 中打开并重新保存后再试。")
    String fileMalformedAt(String row);

    @Message("无法识别文件的文字编码。请用 Excel 另存为“CSV UTF-8”或 .xlsx 后再上传。")
    String fileUnknownEncoding();

    @Message("第 {row} 行的引号没有闭合，文件格式不正确。")
    String csvUnclosedQuote(String row);

    @Message("第 {row} 行有一个单元格过长，可能是引号没有闭合。")
    String csvCellTooLong(String row);

    @Message("第 {row} 行的列数过多。")
    String fileTooManyColumns(String row);

    @Message("没有找到列名行（第 {row} 行不是）。第一行应为列名：{expected}。可下载导入模板对照。")
    String fileNoHeader(String row, String expected);

    @Message("缺少必需的列：{missing}。列名应为：{expected}。")
    String fileMissingColumns(String missing, String expected);

    @Message("“{column}”列出现了两次。")
    String fileDuplicateColumn(String column);

    @Message("文件中只有列名，没有员工数据。")
    String fileNoRows();

    @Message("文件超过 {max} 行，请拆分后分别导入。")
    String fileTooManyRows(String max);

    @Message("这次导入不在等待确认的状态（可能已经导入、已放弃或仍在检查中）。")
    String importNotWaiting();

    @Message("文件中有 {count} 行有问题。要导入其余无误的行，请明确选择“仅导入无误的行”。")
    String importHasErrors(String count);

    @Message("文件中没有可以导入的行。")
    String importNothingValid();

    @Message("只能放弃已检查完但尚未导入、或失败的导入。")
    String importNotDiscardable();

    @Message("检查之后名册发生了变化：第 {row} 行的人已经登记为另一个姓名。未导入任何数据，请重新上传。")
    String importNameChanged(String row);

    @Message("检查之后名册发生了变化：第 {row} 行的人已在本企业在职。未导入任何数据，请重新上传。")
    String importAlreadyEmployed(String row);

    @Message("检查之后部门“{name}”（第 {row} 行）已被删除。未导入任何数据，请重新上传。")
    String importDepartmentGone(String row, String name);

    @Message("检查之后岗位“{name}”（第 {row} 行）已被删除。未导入任何数据，请重新上传。")
    String importPostGone(String row, String name);

    @Message("导入被中断（服务重启）。未导入任何数据，请重新上传。")
    String importInterrupted();

    @Message("导入时出现意外错误，已记录下来。未导入任何数据，请稍后重试。")
    String importFailedUnexpectedly();

    // --- Pages -------------------------------------------------------------------------------------

    @Message("员工名册")
    String rosterTitle();

    @Message("员工")
    String tabEmployees();

    @Message("部门")
    String tabDepartments();

    @Message("岗位")
    String tabPosts();

    @Message("批量导入")
    String tabImport();

    @Message("添加员工")
    String addEmployee();

    @Message("导出 Excel")
    String exportXlsx();

    @Message("导出 CSV")
    String exportCsv();

    @Message("搜索")
    String search();

    @Message("姓名、身份证号或手机号")
    String searchPlaceholder();

    @Message("全部部门")
    String allDepartments();

    @Message("全部类别")
    String allKinds();

    @Message("状态")
    String status();

    @Message("""
            {#when status}\
            {#is CURRENT}在职\
            {#is FORMER}已离职\
            {#is ALL}全部\
            {/when}""")
    String employeeStatus(Employees.Status status);

    @Message("筛选")
    String applyFilter();

    @Message("共 {total} 条记录")
    String count(long total);

    @Message("学员账号")
    String account();

    @Message("""
            {#when status}\
            {#is PENDING_ACTIVATION}待激活\
            {#is ACTIVE}已激活\
            {#is DISABLED}已停用\
            {/when}""")
    String accountStatus(org.anxue.security.AccountStatus status);

    @Message("无")
    String noAccount();

    @Message("""
            {#when kind}\
            {#is PRINCIPAL}主要负责人\
            {#is SAFETY_MANAGER}安全生产管理人员\
            {#is SPECIAL_OPERATION}特种作业人员\
            {#is GENERAL}一般从业人员\
            {/when}""")
    String postKind(org.anxue.org.PostKind kind);

    @Message("修改")
    String edit();

    @Message("还没有员工。可以逐个添加，或用 Excel 批量导入。")
    String noEmployees();

    @Message("没有符合条件的员工。")
    String noMatch();

    @Message("上一页")
    String previousPage();

    @Message("下一页")
    String nextPage();

    @Message("第 {page} / {pages} 页")
    String pageOf(int page, int pages);

    @Message("已添加 {name}。")
    String added(String name);

    @Message("已为其创建学员账号，等待激活。")
    String accountCreated();

    @Message("已保存。")
    String saved();

    @Message("{name} 的任职已结束，记录保留在“已离职”中。")
    String ended(String name);

    @Message("添加员工")
    String newTitle();

    @Message("员工：{name}")
    String editTitle(String name);

    @Message("18 位居民身份证号，末位可以是 X。")
    String hintIdNumber();

    @Message("仅特种作业人员填写。")
    String hintOperation();

    @Message("可不选：不选时归入与岗位类别同名的标准岗位。")
    String hintPost();

    @Message("例如 2024-03-01。")
    String hintDate();

    @Message("不属于任何部门")
    String noDepartment();

    @Message("请选择")
    String choose();

    @Message("按岗位类别的标准岗位")
    String standardPost();

    @Message("保存")
    String save();

    @Message("返回名册")
    String backToRoster();

    @Message("请更正下面标出的问题。")
    String formHasErrors();

    @Message("身份证号不能修改。如果登记错了，请结束这条任职，再用正确的身份证号添加。")
    String idNumberFixed();

    @Message("结束任职")
    String endTitle();

    @Message("结束后，这条记录仍保留在名册的“已离职”中，不会删除。")
    String endHint();

    @Message("结束任职")
    String endSubmit();

    @Message("在本企业的其他任职记录")
    String historyTitle();

    @Message("{start} 至 {end}")
    String period(java.time.LocalDate start, java.time.LocalDate end);

    @Message("{start} 至今")
    String periodOpen(java.time.LocalDate start);

    @Message("部门名称")
    String departmentName();

    @Message("上级部门")
    String parentDepartment();

    @Message("无（顶级部门）")
    String topLevel();

    @Message("添加部门")
    String createDepartment();

    @Message("新名称")
    String newName();

    @Message("改名")
    String rename();

    @Message("删除")
    String delete();

    @Message("在职 {current} 人，含离职共 {all} 条记录")
    String usage(long current, long all);

    @Message("还没有部门。")
    String noDepartments();

    @Message("已删除。")
    String deleted();

    @Message("岗位名称")
    String postName();

    @Message("添加岗位")
    String createPost();

    @Message("还没有岗位。添加员工时，会自动建立与岗位类别同名的标准岗位。")
    String noPosts();

    @Message("批量导入员工")
    String importTitle();

    @Message("上传 Excel（.xlsx）或 CSV 文件，每行一名员工。上传后系统先逐行检查并列出问题，你确认后才会导入；有问题的文件默认不导入任何一行。")
    String importLead();

    @Message("下载导入模板（.xlsx）")
    String downloadTemplate();

    @Message("选择文件")
    String chooseFile();

    @Message("上传并检查")
    String uploadAndCheck();

    @Message("文件不超过 {max}，最多 {rows} 行。CSV 可以是 UTF-8 或 Excel 在中文 Windows 上保存的 GBK 编码。")
    String fileLimits(String max, int rows);

    @Message("文件格式")
    String columnsTitle();

    @Message("第一行是列名，顺序不限，其他列会被忽略：")
    String columnsLead();

    @Message("必填")
    String requiredColumn();

    @Message("选填")
    String optionalColumn();

    @Message("特种作业人员必填")
    String operationColumn();

    @Message("必填（已填岗位时可不填）")
    String postKindColumn();

    @Message("最近的导入")
    String recentImports();

    @Message("还没有导入过。")
    String noImports();

    @Message("""
            {#when status}\
            {#is VALIDATING}正在检查\
            {#is VALIDATED}待确认\
            {#is IMPORTING}正在导入\
            {#is IMPORTED}已导入\
            {#is FAILED}失败\
            {#is DISCARDED}已放弃\
            {/when}""")
    String importStatus(ImportStatus status);

    @Message("导入：{file}")
    String importReportTitle(String file);

    @Message("正在读取并检查每一行…")
    String progressReading();

    @Message("正在导入…")
    String progressImporting();

    @Message("共 {total} 行：{valid} 行无误，{errors} 行有问题。")
    String summary(int total, int valid, int errors);

    @Message("导入全部 {count} 行")
    String importAll(int count);

    @Message("仅导入无误的 {count} 行")
    String importValidOnly(int count);

    @Message("有问题的行不会被导入。除非你选择“仅导入无误的行”，否则不导入任何一行；也可以改好文件后重新上传。")
    String hasErrorsNote();

    @Message("放弃")
    String discard();

    @Message("已导入 {imported} 人，其中 {people} 人是首次登记；新建学员账号 {accounts} 个。")
    String importDone(Integer imported, Integer people, Integer accounts);

    @Message("有问题的行")
    String problemRows();

    @Message("全部行")
    String allRows();

    @Message("只看有问题的行")
    String onlyProblemRows();

    @Message("查看全部行")
    String showAllRows();

    @Message("行号")
    String rowNumber();

    @Message("问题")
    String problems();

    @Message("无误")
    String rowValid();

    @Message("所有行都没有问题。")
    String noProblems();

    @Message("返回批量导入")
    String backToImport();

    @Message("查看名册")
    String viewRoster();

    @Message("刷新")
    String refresh();

    @Message("上传于 {time}")
    String uploadedAt(String time);

    @Message("在职")
    String statusCurrent();

    @Message("已离职")
    String statusFormer();

    @Message("更多筛选条件")
    String moreFilters();

    @Message("生成激活码")
    String handOutCodes();
}
