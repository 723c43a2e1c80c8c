package org.anxue.org.roster;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** English texts of the roster; the Chinese originals are in {@link RosterMessages}. */
@Localized("en")
public interface RosterMessagesEnglish extends RosterMessages {

    @Override
    @Message(": ")
    String colon();

    @Override
    @Message("""
            {#when field}\
            {#is NAME}Name\
            {#is ID_NUMBER}ID number\
            {#is PHONE}Phone\
            {#is DEPARTMENT}Department\
            {#is POST_KIND}Post kind\
            {#is OPERATION}Special operation\
            {#is POST}Post\
            {#is START_DATE}Start date\
            {#is END_DATE}End date\
            {#is END_REASON}Reason for leaving\
            {/when}""")
    String field(RosterField field);

    @Override
    @Message("Required.")
    String required();

    @Override
    @Message("At most {max} characters.")
    String tooLong(String max);

    @Override
    @Message("Required.")
    String idEmpty();

    @Override
    @Message("An ID number has 18 characters.")
    String idWrongLength();

    @Override
    @Message("An ID number is 17 digits followed by a digit or X.")
    String idNotDigits();

    @Override
    @Message("The first two digits are not a province code.")
    String idUnknownRegion();

    @Override
    @Message("The birth date in it is not a real date between 1900 and today.")
    String idImpossibleBirthDate();

    @Override
    @Message("The check character does not match: one character is probably mistyped. Compare it with the ID card.")
    String idWrongCheckCharacter();

    @Override
    @Message("Excel stored the ID number as a number and lost its last digits. Format the column as Text and type the numbers again.")
    String idStoredAsNumber();

    @Override
    @Message("This ID number is registered under another name: check the name and the ID number.")
    String nameMismatch();

    @Override
    @Message("This person has also worked for another company, so their name cannot be changed here. If it is wrong, ask the local emergency management bureau to correct it.")
    String nameLocked();

    @Override
    @Message("This person is already employed here and cannot be added twice.")
    String alreadyEmployed();

    @Override
    @Message("Same ID number as row {row}.")
    String duplicateInFile(String row);

    @Override
    @Message("The company has no department \"{name}\". Add it under Departments first, or check the name.")
    String unknownDepartment(String name);

    @Override
    @Message("Several departments are called \"{name}\": write the full path, such as 生产部/一车间.")
    String ambiguousDepartment(String name);

    @Override
    @Message("\"{text}\" is not a post kind. Use 主要负责人, 安全生产管理人员, 特种作业人员 or 一般从业人员.")
    String unknownPostKind(String text);

    @Override
    @Message("A special-operation worker needs a special operation.")
    String operationRequired();

    @Override
    @Message("\"{text}\" is not a special operation (see the instructions in the import template).")
    String unknownOperation(String text);

    @Override
    @Message("Only special-operation workers have a special operation.")
    String operationNotAllowed();

    @Override
    @Message("The company has no post \"{name}\".")
    String unknownPost(String name);

    @Override
    @Message("The post \"{name}\" is of the kind \"{kind}\", which does not match the post kind given.")
    String postKindMismatch(String name, String kind);

    @Override
    @Message("\"{text}\" is not a date: write it like 2024-03-01.")
    String invalidDate(String text);

    @Override
    @Message("The start date is before the person turned 16 ({date}).")
    String startBeforeSixteen(String date);

    @Override
    @Message("The start date cannot be more than a year ahead.")
    String startTooLate();

    @Override
    @Message("The end date cannot be before the start date ({start}).")
    String endBeforeStart(String start);

    @Override
    @Message("The end date cannot be after today.")
    String endTooLate();

    @Override
    @Message("\"{text}\" is not a phone number.")
    String invalidPhone(String text);

    @Override
    @Message("Emergency management bureaus can read company rosters but not change them.")
    String readOnly();

    @Override
    @Message("This employment ended on {date} and can no longer be changed.")
    String employmentEnded(String date);

    @Override
    @Message("Enter the department's name.")
    String departmentNameRequired();

    @Override
    @Message("A name has at most {max} characters.")
    String nameTooLong(String max);

    @Override
    @Message("A department name cannot contain \"/\" (it separates a department from the one above).")
    String departmentNameSlash();

    @Override
    @Message("There is already a department \"{name}\" at that level.")
    String departmentNameTaken(String name);

    @Override
    @Message("The parent department does not exist.")
    String unknownParentDepartment();

    @Override
    @Message("The department \"{name}\" has {count} employment records (former ones included) and cannot be deleted. Rename it, or move the employees first.")
    String departmentInUse(String name, String count);

    @Override
    @Message("The department \"{name}\" has departments under it: delete or move them first.")
    String departmentHasChildren(String name);

    @Override
    @Message("Enter the post's name.")
    String postNameRequired();

    @Override
    @Message("Choose a post kind.")
    String postKindRequired();

    @Override
    @Message("The company already has a post \"{name}\".")
    String postNameTaken(String name);

    @Override
    @Message("The post \"{name}\" has {count} employment records (former ones included) and cannot be deleted.")
    String postInUse(String name, String count);

    @Override
    @Message("\"{text}\" is not a status: use current, former or all.")
    String unknownStatus(String text);

    @Override
    @Message("Cannot export as \"{text}\": choose xlsx or csv.")
    String unknownExportFormat(String text);

    @Override
    @Message("The file is larger than {max} and was not uploaded. Split the list into several files and import them one by one.")
    String fileTooLarge(String max);

    @Override
    @Message("Choose a file to upload.")
    String fileMissing();

    @Override
    @Message("The file is empty.")
    String fileEmpty();

    @Override
    @Message("This is not a spreadsheet. Upload an .xlsx (Excel workbook) or .csv file.")
    String fileNotSpreadsheet();

    @Override
    @Message("This is an old Excel (.xls) file. Save it as .xlsx in Excel and upload that.")
    String fileOldExcel();

    @Override
    @Message("The file is protected with a password and cannot be read. Remove the password in Excel (File → Info → Protect Workbook) and upload it again.")
    String fileEncrypted();

    @Override
    @Message("The file is damaged or not in a format that can be read. Open it in Excel, save it again and retry.")
    String fileMalformed();

    @Override
    @Message("The file is damaged around row {row} and cannot be read further. Open it in Excel, save it again and retry.")
    String fileMalformedAt(String row);

    @Override
    @Message("The file's text encoding is not recognised. Save it from Excel as \"CSV UTF-8\" or as .xlsx and upload that.")
    String fileUnknownEncoding();

    @Override
    @Message("A quote in row {row} is never closed: the file is not valid CSV.")
    String csvUnclosedQuote(String row);

    @Override
    @Message("A cell in row {row} is far too long; perhaps a quote is never closed.")
    String csvCellTooLong(String row);

    @Override
    @Message("Row {row} has too many columns.")
    String fileTooManyColumns(String row);

    @Override
    @Message("No header row was found (row {row} is not one). The first row names the columns: {expected}. The import template shows how.")
    String fileNoHeader(String row, String expected);

    @Override
    @Message("Required columns are missing: {missing}. The columns are: {expected}.")
    String fileMissingColumns(String missing, String expected);

    @Override
    @Message("The column \"{column}\" appears twice.")
    String fileDuplicateColumn(String column);

    @Override
    @Message("The file has a header row but no employees.")
    String fileNoRows();

    @Override
    @Message("The file has more than {max} rows: split it and import the parts one by one.")
    String fileTooManyRows(String max);

    @Override
    @Message("This import is not waiting for confirmation (it was imported or discarded, or is still being checked).")
    String importNotWaiting();

    @Override
    @Message("{count} rows of the file have problems. To import the other rows, choose \"import the valid rows only\".")
    String importHasErrors(String count);

    @Override
    @Message("The file has no row that can be imported.")
    String importNothingValid();

    @Override
    @Message("Only an import that was checked but not imported, or that failed, can be discarded.")
    String importNotDiscardable();

    @Override
    @Message("The roster changed after the check: the person in row {row} is now registered under another name. Nothing was imported; upload the file again.")
    String importNameChanged(String row);

    @Override
    @Message("The roster changed after the check: the person in row {row} is now employed here. Nothing was imported; upload the file again.")
    String importAlreadyEmployed(String row);

    @Override
    @Message("The department \"{name}\" (row {row}) was deleted after the check. Nothing was imported; upload the file again.")
    String importDepartmentGone(String row, String name);

    @Override
    @Message("The post \"{name}\" (row {row}) was deleted after the check. Nothing was imported; upload the file again.")
    String importPostGone(String row, String name);

    @Override
    @Message("The import was interrupted (the service restarted). Nothing was imported; upload the file again.")
    String importInterrupted();

    @Override
    @Message("An unexpected error occurred during the import and has been logged. Nothing was imported; please try again later.")
    String importFailedUnexpectedly();

    @Override
    @Message("Employee roster")
    String rosterTitle();

    @Override
    @Message("Employees")
    String tabEmployees();

    @Override
    @Message("Departments")
    String tabDepartments();

    @Override
    @Message("Posts")
    String tabPosts();

    @Override
    @Message("Bulk import")
    String tabImport();

    @Override
    @Message("Add employee")
    String addEmployee();

    @Override
    @Message("Export to Excel")
    String exportXlsx();

    @Override
    @Message("Export as CSV")
    String exportCsv();

    @Override
    @Message("Search")
    String search();

    @Override
    @Message("Name, ID number or phone")
    String searchPlaceholder();

    @Override
    @Message("All departments")
    String allDepartments();

    @Override
    @Message("All kinds")
    String allKinds();

    @Override
    @Message("Status")
    String status();

    @Override
    @Message("""
            {#when status}\
            {#is CURRENT}Current\
            {#is FORMER}Former\
            {#is ALL}All\
            {/when}""")
    String employeeStatus(Employees.Status status);

    @Override
    @Message("Filter")
    String applyFilter();

    @Override
    @Message("{total} records")
    String count(long total);

    @Override
    @Message("Worker account")
    String account();

    @Override
    @Message("""
            {#when status}\
            {#is PENDING_ACTIVATION}Awaiting activation\
            {#is ACTIVE}Active\
            {#is DISABLED}Disabled\
            {/when}""")
    String accountStatus(org.anxue.security.AccountStatus status);

    @Override
    @Message("None")
    String noAccount();

    @Override
    @Message("""
            {#when kind}\
            {#is PRINCIPAL}Principal person in charge\
            {#is SAFETY_MANAGER}Safety manager\
            {#is SPECIAL_OPERATION}Special-operation worker\
            {#is GENERAL}General employee\
            {/when}""")
    String postKind(org.anxue.org.PostKind kind);

    @Override
    @Message("Edit")
    String edit();

    @Override
    @Message("No employees yet. Add them one by one, or import them from Excel.")
    String noEmployees();

    @Override
    @Message("No employees match.")
    String noMatch();

    @Override
    @Message("Previous")
    String previousPage();

    @Override
    @Message("Next")
    String nextPage();

    @Override
    @Message("Page {page} of {pages}")
    String pageOf(int page, int pages);

    @Override
    @Message("{name} was added.")
    String added(String name);

    @Override
    @Message("A worker account was created for them, awaiting activation.")
    String accountCreated();

    @Override
    @Message("Saved.")
    String saved();

    @Override
    @Message("{name}'s employment has ended; the record stays under Former.")
    String ended(String name);

    @Override
    @Message("Add an employee")
    String newTitle();

    @Override
    @Message("Employee: {name}")
    String editTitle(String name);

    @Override
    @Message("The 18-character resident ID number; the last one may be X.")
    String hintIdNumber();

    @Override
    @Message("For special-operation workers only.")
    String hintOperation();

    @Override
    @Message("Optional: without one, the employee goes to the standard post named after the post kind.")
    String hintPost();

    @Override
    @Message("For example 2024-03-01.")
    String hintDate();

    @Override
    @Message("No department")
    String noDepartment();

    @Override
    @Message("Choose")
    String choose();

    @Override
    @Message("Standard post of the kind")
    String standardPost();

    @Override
    @Message("Save")
    String save();

    @Override
    @Message("Back to the roster")
    String backToRoster();

    @Override
    @Message("Please correct the problems marked below.")
    String formHasErrors();

    @Override
    @Message("The ID number cannot be changed. If it is wrong, end this employment and add the person again with the right one.")
    String idNumberFixed();

    @Override
    @Message("End employment")
    String endTitle();

    @Override
    @Message("The record then stays in the roster under Former; it is never deleted.")
    String endHint();

    @Override
    @Message("End employment")
    String endSubmit();

    @Override
    @Message("Other employment records here")
    String historyTitle();

    @Override
    @Message("{start} to {end}")
    String period(java.time.LocalDate start, java.time.LocalDate end);

    @Override
    @Message("{start} to now")
    String periodOpen(java.time.LocalDate start);

    @Override
    @Message("Department name")
    String departmentName();

    @Override
    @Message("Parent department")
    String parentDepartment();

    @Override
    @Message("None (top level)")
    String topLevel();

    @Override
    @Message("Add department")
    String createDepartment();

    @Override
    @Message("New name")
    String newName();

    @Override
    @Message("Rename")
    String rename();

    @Override
    @Message("Delete")
    String delete();

    @Override
    @Message("{current} current, {all} records including former")
    String usage(long current, long all);

    @Override
    @Message("No departments yet.")
    String noDepartments();

    @Override
    @Message("Deleted.")
    String deleted();

    @Override
    @Message("Post name")
    String postName();

    @Override
    @Message("Add post")
    String createPost();

    @Override
    @Message("No posts yet. Adding an employee creates the standard post named after their post kind.")
    String noPosts();

    @Override
    @Message("Import employees")
    String importTitle();

    @Override
    @Message("Upload an Excel (.xlsx) or CSV file with one employee per row. Every row is checked first and the problems are listed; nothing is imported until you confirm, and a file with problems imports nothing unless you say so.")
    String importLead();

    @Override
    @Message("Download the import template (.xlsx)")
    String downloadTemplate();

    @Override
    @Message("Choose a file")
    String chooseFile();

    @Override
    @Message("Upload and check")
    String uploadAndCheck();

    @Override
    @Message("At most {max} and {rows} rows. A CSV file may be UTF-8 or the GBK that Excel writes on Chinese Windows.")
    String fileLimits(String max, int rows);

    @Override
    @Message("File format")
    String columnsTitle();

    @Override
    @Message("The first row names the columns, in any order; other columns are ignored:")
    String columnsLead();

    @Override
    @Message("required")
    String requiredColumn();

    @Override
    @Message("optional")
    String optionalColumn();

    @Override
    @Message("required for special-operation workers")
    String operationColumn();

    @Override
    @Message("required (unless a post is given)")
    String postKindColumn();

    @Override
    @Message("Recent imports")
    String recentImports();

    @Override
    @Message("Nothing imported yet.")
    String noImports();

    @Override
    @Message("""
            {#when status}\
            {#is VALIDATING}Checking\
            {#is VALIDATED}Awaiting confirmation\
            {#is IMPORTING}Importing\
            {#is IMPORTED}Imported\
            {#is FAILED}Failed\
            {#is DISCARDED}Discarded\
            {/when}""")
    String importStatus(ImportStatus status);

    @Override
    @Message("Import: {file}")
    String importReportTitle(String file);

    @Override
    @Message("Reading and checking every row…")
    String progressReading();

    @Override
    @Message("Importing…")
    String progressImporting();

    @Override
    @Message("{total} rows: {valid} valid, {errors} with problems.")
    String summary(int total, int valid, int errors);

    @Override
    @Message("Import all {count} rows")
    String importAll(int count);

    @Override
    @Message("Import the {count} valid rows only")
    String importValidOnly(int count);

    @Override
    @Message("Rows with problems are never imported. Unless you choose to import the valid rows only, nothing is imported; you can also fix the file and upload it again.")
    String hasErrorsNote();

    @Override
    @Message("Discard")
    String discard();

    @Override
    @Message("{imported} employees imported, {people} of them new to Anxue; {accounts} worker accounts created.")
    String importDone(Integer imported, Integer people, Integer accounts);

    @Override
    @Message("Rows with problems")
    String problemRows();

    @Override
    @Message("All rows")
    String allRows();

    @Override
    @Message("Only rows with problems")
    String onlyProblemRows();

    @Override
    @Message("Show all rows")
    String showAllRows();

    @Override
    @Message("Row")
    String rowNumber();

    @Override
    @Message("Problems")
    String problems();

    @Override
    @Message("valid")
    String rowValid();

    @Override
    @Message("No row has a problem.")
    String noProblems();

    @Override
    @Message("Back to bulk import")
    String backToImport();

    @Override
    @Message("View the roster")
    String viewRoster();

    @Override
    @Message("Refresh")
    String refresh();

    @Override
    @Message("Uploaded {time}")
    String uploadedAt(String time);

    @Override
    @Message("Current")
    String statusCurrent();

    @Override
    @Message("Former")
    String statusFormer();

    @Override
    @Message("More filters")
    String moreFilters();

    @Override
    @Message("Hand out activation codes")
    String handOutCodes();
}
