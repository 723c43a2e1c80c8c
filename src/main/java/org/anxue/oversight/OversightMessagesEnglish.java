package org.anxue.oversight;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** English texts of oversight; the zh-CN originals are in {@link OversightMessages}. */
@Localized("en")
public interface OversightMessagesEnglish extends OversightMessages {

    @Override
    @Message("""
            {#when kind}\
            {#is 'PRINCIPAL'}Principal\
            {#is 'SAFETY_MANAGER'}Safety manager\
            {#is 'SPECIAL_OPERATION'}Special-operation worker\
            {#is 'GENERAL'}General worker\
            {#else}{kind}\
            {/when}""")
    String postKind(String kind);

    @Override
    @Message("""
            {#when status}\
            {#is 'WAITING'}Not started\
            {#is 'ANSWERING'}Answering\
            {#is 'FINISHED'}Handed in\
            {#is 'ABSENT'}Absent\
            {#else}{status}\
            {/when}""")
    String takerStatus(String status);

    @Override
    @Message("""
            {#when reason}\
            {#is 'SUBMITTED'}Handed in\
            {#is 'DEADLINE'}Time ran out\
            {#is 'CLOSED'}Closed by the officer\
            {#else}\
            {/when}""")
    String finishReason(String reason);

    @Override
    @Message("""
            {#when industry}\
            {#is 'CHEMICAL'}Chemicals and hazardous chemicals\
            {#is 'NON_COAL_MINE'}Non-coal mines\
            {#is 'METAL_SMELTING'}Metal smelting\
            {#is 'FIREWORKS'}Fireworks\
            {#is 'COAL_MINE'}Coal mines\
            {#is 'INDUSTRY_TRADE'}Industry and trade\
            {#is 'OTHER'}Other industries\
            {#else}{industry}\
            {/when}""")
    String industry(String industry);

    @Override
    @Message("Oversight")
    String landingTitle();

    @Override
    @Message("{bureau}: inspection of the companies in your jurisdiction.")
    String landingLead(String bureau);

    @Override
    @Message("Spot exams")
    String spotExamsTitle();

    @Override
    @Message("During an inspection, quiz the principal, the safety manager and key front-line workers on the spot; scores go into the inspection record and each person's archive.")
    String spotExamsLead();

    @Override
    @Message("Yearly plan targets")
    String targetsTitle();

    @Override
    @Message("The city bureau sets the year's training targets (key positions, high-risk skill upgrading, …); every change is kept.")
    String targetsLead();

    @Override
    @Message("Course review")
    String reviewsTitle();

    @Override
    @Message("Review the courses institutions of your jurisdiction submit.")
    String reviewsLead();

    @Override
    @Message("Start a spot exam")
    String newExam();

    @Override
    @Message("Inspection records")
    String examList();

    @Override
    @Message("No spot exams yet.")
    String noExams();

    @Override
    @Message("Company")
    String company();

    @Override
    @Message("Find a company")
    String findCompany();

    @Override
    @Message("Company name")
    String companyName();

    @Override
    @Message("Search")
    String search();

    @Override
    @Message("Choose")
    String choose();

    @Override
    @Message("No company of your jurisdiction has a matching name.")
    String noCompanies();

    @Override
    @Message("Place inspected")
    String place();

    @Override
    @Message("Date")
    String inspectedOn();

    @Override
    @Message("Officer")
    String officer();

    @Override
    @Message("Notes")
    String notes();

    @Override
    @Message("Time limit (minutes)")
    String timeLimit();

    @Override
    @Message("Questions per person")
    String questionCount();

    @Override
    @Message("People examined")
    String people();

    @Override
    @Message("Filter the current employees by post kind, department or name and tick the people to examine. Principals and safety managers are ticked already.")
    String peopleLead();

    @Override
    @Message("Post kind")
    String postKindLabel();

    @Override
    @Message("All")
    String all();

    @Override
    @Message("Department")
    String department();

    @Override
    @Message("Name")
    String name();

    @Override
    @Message("ID number")
    String idNumber();

    @Override
    @Message("Post")
    String post();

    @Override
    @Message("Filter")
    String filter();

    @Override
    @Message("No current employee matches.")
    String noCandidates();

    @Override
    @Message("Start the spot exam")
    String start();

    @Override
    @Message("{count} people")
    String peopleCount(int count);

    @Override
    @Message("Handed in {finished}/{total}")
    String finishedOf(int finished, int total);

    @Override
    @Message("Closed")
    String closed();

    @Override
    @Message("Open")
    String open();

    @Override
    @Message("Spot exam · {company}")
    String examTitle(String company);

    @Override
    @Message("Each person scans their QR code with their phone, or opens {url} and types their code. Results update below as they come in.")
    String examLead(String url);

    @Override
    @Message("Code")
    String code();

    @Override
    @Message("Status")
    String status();

    @Override
    @Message("Answered")
    String answered();

    @Override
    @Message("Score")
    String score();

    @Override
    @Message("Result")
    String result();

    @Override
    @Message("Time taken")
    String timeTaken();

    @Override
    @Message("Pass")
    String pass();

    @Override
    @Message("Fail")
    String fail();

    @Override
    @Message("Pass mark {mark}")
    String passMark(int mark);

    @Override
    @Message("{minutes} min")
    String minutes(int minutes);

    @Override
    @Message("{count} questions")
    String questions(int count);

    @Override
    @Message("Print the record")
    String printRecord();

    @Override
    @Message("Close the spot exam")
    String closeExam();

    @Override
    @Message("Once closed nobody can begin, and whoever is answering is graded on what they have answered. Close now?")
    String closeConfirm();

    @Override
    @Message("Back")
    String back();

    @Override
    @Message("QR code of {name}")
    String qrFor(String name);

    @Override
    @Message("{passed} passed, {finished} handed in, {total} in all")
    String tally(int passed, int finished, int total);

    @Override
    @Message("Spot exam record (逢查必考)")
    String recordTitle();

    @Override
    @Message("Industry")
    String industryLabel();

    @Override
    @Message("Began")
    String startedAt();

    @Override
    @Message("Handed in")
    String finishedAt();

    @Override
    @Message("How")
    String finishReasonLabel();

    @Override
    @Message("Print")
    String print();

    @Override
    @Message("Officer's signature:")
    String officerSignature();

    @Override
    @Message("Company representative's signature:")
    String companySignature();

    @Override
    @Message("Safety spot exam")
    String phoneTitle();

    @Override
    @Message("Type the 8-character code the officer gave you.")
    String enterCode();

    @Override
    @Message("Next")
    String next();

    @Override
    @Message("{company} · {place}")
    String phoneWhere(String company, String place);

    @Override
    @Message("Confirm who you are: your name and the last 4 characters of your ID number.")
    String confirmIdentity();

    @Override
    @Message("Last 4 of ID number")
    String idLast4();

    @Override
    @Message("I am {name}: begin")
    String startAsSignedIn(String name);

    @Override
    @Message("Begin ({minutes} minutes, {count} questions)")
    String startAnswering(int minutes, int count);

    @Override
    @Message("Time left")
    String timeLeft();

    @Override
    @Message("Question {n}")
    String questionNumber(int n);

    @Override
    @Message("""
            {#when kind}\
            {#is 'SINGLE'}Single choice\
            {#is 'MULTIPLE'}Multiple choice\
            {#is 'TRUE_FALSE'}True or false\
            {#else}{kind}\
            {/when}""")
    String questionKind(String kind);

    @Override
    @Message("True")
    String trueAnswer();

    @Override
    @Message("False")
    String falseAnswer();

    @Override
    @Message("Hand in")
    String submit();

    @Override
    @Message("Saved")
    String saved();

    @Override
    @Message("Time is up: your saved answers were handed in.")
    String timeUpNotice();

    @Override
    @Message("You have handed in")
    String finishedTitle();

    @Override
    @Message("{correct} of {total} right, score {score}")
    String yourScore(int correct, int total, int score);

    @Override
    @Message("Time taken {time}")
    String yourTime(String time);

    @Override
    @Message("{year} plan targets · {bureau}")
    String targetsHeading(int year, String bureau);

    @Override
    @Message("Year")
    String year();

    @Override
    @Message("Key positions trained (三项岗位人员, person-times)")
    String keyPositions();

    @Override
    @Message("High-risk skill upgrading (person-times)")
    String highRiskUpgrading();

    @Override
    @Message("Principals and managers of hazardous enterprises (person-times)")
    String majorHazardManagers();

    @Override
    @Message("Small and micro manufacturing enterprises (person-times)")
    String smallMicroManufacturing();

    @Override
    @Message("Reason for the change")
    String note();

    @Override
    @Message("Save as a new revision")
    String saveTargets();

    @Override
    @Message("The plan's defaults apply: nothing set yet.")
    String defaultsInForce();

    @Override
    @Message("Revision {revision}, set by {who} at {when}")
    String revisionBy(int revision, String who, String when);

    @Override
    @Message("History")
    String history();

    @Override
    @Message("Revision")
    String revision();

    @Override
    @Message("Set by")
    String setBy();

    @Override
    @Message("When")
    String setAt();

    @Override
    @Message("The city bureau sets the targets; read only here.")
    String readOnlyTargets();

    @Override
    @Message("Progress against the targets comes with the dashboard in the next stage.")
    String progressLater();

    @Override
    @Message("Choose a company.")
    String companyRequired();

    @Override
    @Message("Enter the place inspected.")
    String placeRequired();

    @Override
    @Message("Write the date like 2026-11-28.")
    String badDate();

    @Override
    @Message("The time limit must be 1 to 180 minutes.")
    String badTimeLimit();

    @Override
    @Message("Questions per person must be 1 to 100.")
    String badQuestionCount();

    @Override
    @Message("Pick at least one person.")
    String peopleRequired();

    @Override
    @Message("At most {max} people per spot exam.")
    String tooManyPeople(int max);

    @Override
    @Message("The person picked ({id}) is not a current employee of the company.")
    String notAnEmployee(Object id);

    @Override
    @Message("No published course has questions yet: nothing to draw from.")
    String noQuestions();

    @Override
    @Message("Too long (at most {max} characters).")
    String tooLong(int max);

    @Override
    @Message("This code does not exist or no longer works: check it and try again.")
    String unknownCode();

    @Override
    @Message("The name or the last 4 ID characters do not match the person examined.")
    String identityMismatch();

    @Override
    @Message("Too many wrong attempts: try again in {minutes} minutes.")
    String tooManyCodes(long minutes);

    @Override
    @Message("This spot exam is closed.")
    String examClosed();

    @Override
    @Message("This code has expired.")
    String codeExpired();

    @Override
    @Message("You have handed in: answers can no longer change.")
    String alreadyFinished();

    @Override
    @Message("Time is up: the answer was not accepted; you were graded on your answers at the deadline.")
    String timeIsUp();

    @Override
    @Message("There is no question {position}.")
    String noSuchQuestion(int position);

    @Override
    @Message("The answer to question {position} is not valid.")
    String badAnswer(int position);

    @Override
    @Message("The year must be between 2000 and 2100.")
    String badYear();

    @Override
    @Message("Targets must be whole numbers from 0 to 10,000,000.")
    String badTarget();

    @Override
    @Message("Only a city bureau sets the yearly plan targets.")
    String onlyCitySets();

    @Override
    @Message("No city bureau above yours was found.")
    String noCity();

    // --- credited-hours check, certificate check, compliance dashboard ----------------------------
    @Override
    @Message("No such person in your jurisdiction: the ID number or statement code is unknown, or the person's employer is outside your jurisdiction.")
    String personOutside();

    @Override
    @Message("Enter an 18-character ID number.")
    String badIdNumber();

    @Override
    @Message("There is no statement with this code.")
    String unknownStatementCode();

    @Override
    @Message("Unknown training type.")
    String badTrainingType();

    @Override
    @Message("Credited-hours check")
    String hoursTitle();

    @Override
    @Message("Enter an ID number, or a statement's verification code (or the address in its QR code), to see the person's hours for any year and the entries behind them.")
    String hoursLead();

    @Override
    @Message("Statement code or QR address")
    String statementCode();

    @Override
    @Message("Training type")
    String trainingType();

    @Override
    @Message("By post")
    String defaultType();

    @Override
    @Message("Check")
    String check();

    @Override
    @Message("Required")
    String required();

    @Override
    @Message("Online credited")
    String onlineCredited();

    @Override
    @Message("Online cap")
    String onlineCap();

    @Override
    @Message("Online recorded")
    String onlineRecorded();

    @Override
    @Message("Offline")
    String offline();

    @Override
    @Message("Recognised")
    String recognitions();

    @Override
    @Message("Exam")
    String exam();

    @Override
    @Message("Total")
    String total();

    @Override
    @Message("Missing")
    String missing();

    @Override
    @Message("Policy version")
    String policyVersion();

    @Override
    @Message("Period")
    String period();

    @Override
    @Message("Evidence (credit bank entries)")
    String entries();

    @Override
    @Message("No entries count toward this period.")
    String noEntries();

    @Override
    @Message("Study record")
    String studyRecord();

    @Override
    @Message("Credit account")
    String creditAccount();

    @Override
    @Message("passed")
    String examPassed();

    @Override
    @Message("not passed")
    String examNotPassed();

    @Override
    @Message("not required")
    String examNotRequired();

    @Override
    @Message("Met")
    String met();

    @Override
    @Message("Not met")
    String notMet();

    @Override
    @Message("Special-operation certificate check")
    String certTitle();

    @Override
    @Message("Enter the certificate number (T followed by the holder's ID number) and the holder's name. The answer says only whether the certificate is valid.")
    String certLead();

    @Override
    @Message("Certificate number")
    String certNumber();

    @Override
    @Message("Holder's name")
    String holderName();

    @Override
    @Message("Operation")
    String operationType();

    @Override
    @Message("Issued")
    String issuedOn();

    @Override
    @Message("Valid until")
    String validUntil();

    @Override
    @Message("Compliance")
    String complianceTitle();

    @Override
    @Message("{bureau}: training-hours compliance of current employees in {year} (computed by the credit bank's rules).")
    String complianceLead(String bureau, int year);

    @Override
    @Message("Share meeting their hours")
    String overallRate();

    @Override
    @Message("By post kind")
    String byPostKind();

    @Override
    @Message("By industry")
    String byIndustry();

    @Override
    @Message("Special-operation workers with a valid certificate")
    String certifiedRate();

    @Override
    @Message("Companies ranked by compliance")
    String companiesRanked();

    @Override
    @Message("People behind")
    String behindList();

    @Override
    @Message("Study-time anomalies per company")
    String anomaliesTitle();

    @Override
    @Message("Figures as of {at} (Beijing time). The jurisdiction is large, so they are computed in the background and kept; they are updated in the background once they are old.")
    String snapshotAt(String at);

    @Override
    @Message("Computing the latest figures ({employments} current employments); the page reloads when done:")
    String snapshotComputing(int employments);

    @Override
    @Message("Recompute now")
    String snapshotRecompute();

    @Override
    @Message("The last computation did not finish ({reason}). You may recompute later.")
    String snapshotFailed(String reason);

    @Override
    @Message("Study-time anomalies per institution (whose course was playing)")
    String anomaliesByInstitutionTitle();

    @Override
    @Message("Training institution")
    String institution();

    @Override
    @Message("The first {shown} of {total} companies are shown; the export has the whole ranking.")
    String companiesShown(int shown, int total);

    @Override
    @Message("Export to Excel (every company and everyone behind)")
    String complianceExport();

    @Override
    @Message("Anomalies")
    String anomalies();

    @Override
    @Message("People")
    String anomalyPeople();

    @Override
    @Message("Minutes affected")
    String affectedMinutes();

    @Override
    @Message("Met")
    String metCount();

    @Override
    @Message("People")
    String ofCount();

    @Override
    @Message("Share")
    String percent();

    @Override
    @Message("{count} more people could not be computed (no policy or no review period) and are not in the shares.")
    String skipped(int count);

    @Override
    @Message("None")
    String none();

    @Override
    @Message("Rank")
    String rank();

    @Override
    @Message("""
            {#when result}\
            {#is 'VALID'}Valid\
            {#is 'EXPIRED'}Expired\
            {#is 'REVOKED'}Revoked\
            {#else}No such certificate (number or name does not match)\
            {/when}""")
    String certResult(String result);

    @Override
    @Message("Progress")
    String progressTitle();

    @Override
    @Message("People currently employed with an online course completion or offline class in the credit bank this year. Small and micro manufacturers: people employed at production/processing companies whose recorded size is small or micro.")
    String progressLead();

    @Override
    @Message("Area")
    String area();

    @Override
    @Message("city direct")
    String cityDirect();

    @Override
    @Message("Total / target")
    String totalRow();
}
