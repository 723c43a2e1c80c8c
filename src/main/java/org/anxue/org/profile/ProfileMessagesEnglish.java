package org.anxue.org.profile;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;
import org.anxue.org.Gender;
import org.anxue.org.PostKind;
import org.anxue.security.activation.PasswordRule;

@Localized("en")
public interface ProfileMessagesEnglish extends ProfileMessages {

    @Override
    @Message("My profile")
    String profileTitle();

    @Override
    @Message("{#when what}{#is 'phone'}Your phone number was saved.{#is 'password'}Your password was changed; use the new one next time you sign in.{#else}Saved.{/when}")
    String saved(String what);

    @Override
    @Message("Name")
    String name();

    @Override
    @Message("ID number")
    String idNumber();

    @Override
    @Message("Phone")
    String phone();

    @Override
    @Message("Username")
    String username();

    @Override
    @Message("Role")
    String role();

    @Override
    @Message("Open my archive")
    String openArchive();

    @Override
    @Message("Employers")
    String employers();

    @Override
    @Message("Change your phone number")
    String changePhone();

    @Override
    @Message("An 11-digit mobile number or a landline with its area code (0576-88000001); leave it empty to remove it.")
    String phoneHelp();

    @Override
    @Message("Save")
    String save();

    @Override
    @Message("Change your password")
    String changePassword();

    @Override
    @Message("Current password")
    String currentPassword();

    @Override
    @Message("New password")
    String newPassword();

    @Override
    @Message("New password again")
    String newPassword2();

    @Override
    @Message("No employment on record.")
    String noEmployments();

    @Override
    @Message("Company")
    String company();

    @Override
    @Message("Post")
    String post();

    @Override
    @Message("Department")
    String department();

    @Override
    @Message("Period")
    String period();

    @Override
    @Message("now")
    String now();

    @Override
    @Message("{#when kind}{#is PRINCIPAL}Principal in charge{#is SAFETY_MANAGER}Safety manager{#is SPECIAL_OPERATION}Special-operation worker{#is GENERAL}General worker{/when}")
    String postKind(PostKind kind);

    @Override
    @Message("Personal archive (一人一档): {name}")
    String personArchiveTitle(String name);

    @Override
    @Message("Identity")
    String identity();

    @Override
    @Message("Sex")
    String genderLabel();

    @Override
    @Message("{#when gender}{#is MALE}Male{#is FEMALE}Female{/when}")
    String gender(Gender gender);

    @Override
    @Message("Year of birth")
    String birthYear();

    @Override
    @Message("Employment history")
    String employmentHistory();

    @Override
    @Message("Only employments within your reach are shown.")
    String partialHistory();

    @Override
    @Message("Training and study hours")
    String trainingRecord();

    @Override
    @Message("Courses studied")
    String sectionCourses();

    @Override
    @Message("Credited hours")
    String sectionHours();

    @Override
    @Message("Exams")
    String sectionExams();

    @Override
    @Message("Certificates")
    String sectionCertificates();

    @Override
    @Message("Not available yet: this section comes with a later version; there is nothing on record.")
    String notYetAvailable();

    @Override
    @Message("Company archive (一企一档): {name}")
    String companyArchiveTitle(String name);

    @Override
    @Message("Company facts")
    String companyFacts();

    @Override
    @Message("Current employees ({count})")
    String currentEmployees(long count);

    @Override
    @Message("{#when kind}{#is PRINCIPAL}principals{#is SAFETY_MANAGER}safety managers{#is SPECIAL_OPERATION}special-operation workers{#is GENERAL}general workers{/when}: {count}")
    String postKindCount(PostKind kind, long count);

    @Override
    @Message("No current employees.")
    String noEmployees();

    @Override
    @Message("Since")
    String since();

    @Override
    @Message("Previous")
    String previous();

    @Override
    @Message("Next")
    String next();

    @Override
    @Message("Training and oversight record")
    String companyRecord();

    @Override
    @Message("Training assignments and completion")
    String sectionAssignments();

    @Override
    @Message("Compliance with required hours")
    String sectionCompliance();

    @Override
    @Message("Exams and certificates")
    String sectionExamsCertificates();

    @Override
    @Message("Inspections")
    String sectionInspections();

    @Override
    @Message("Only workers' accounts have a phone number here.")
    String onlyWorkersHavePhones();

    @Override
    @Message("That is not a phone number: enter an 11-digit mobile number or a landline with its area code.")
    String badPhone();

    @Override
    @Message("Too many attempts: the account is locked; try again in {minutes} minutes.")
    String locked(long minutes);

    @Override
    @Message("The current password is wrong; nothing was changed.")
    String wrongCurrentPassword();

    @Override
    @Message("{#when problem}{#is EMPTY}Choose a new password.{#is TOO_SHORT}The new password is too short: at least 8 characters.{#is TOO_LONG}The new password is too long: at most 64 characters.{#is NO_LETTER}The new password needs a letter.{#is NO_DIGIT}The new password needs a digit.{#is CONTAINS_NAME}The new password must not contain your ID number or username.{#is MISMATCH}The two new passwords differ.{/when}")
    String weakPassword(PasswordRule.Problem problem);

    @Override
    @Message("The new password must differ from the current one.")
    String samePassword();

    @Override
    @Message("An API token acts for an organisation, not a person: it has no profile.")
    String tokensHaveNoProfile();

    @Override
    @Message("That is not a valid ID number.")
    String badIdNumber();
}
