package org.anxue.security.activation;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

@Localized("en")
public interface ActivationMessagesEnglish extends ActivationMessages {

    @Override
    @Message("Activate your account")
    String activateTitle();

    @Override
    @Message("Using Anxue for the first time? Enter your ID number and the activation code your company gave you, then choose your password.")
    String activateLead();

    @Override
    @Message("ID number (officers: username)")
    String login();

    @Override
    @Message("Activation code")
    String code();

    @Override
    @Message("New password")
    String password();

    @Override
    @Message("At least {min} characters with both letters and digits, not containing your ID number or username.")
    String passwordRule(int min);

    @Override
    @Message("New password again")
    String password2();

    @Override
    @Message("Activate and sign in")
    String submit();

    @Override
    @Message("No code, or it has expired? Ask your company's safety admin for a new one.")
    String help();

    @Override
    @Message("Enter your ID number, the activation code and a new password.")
    String incomplete();

    @Override
    @Message("The ID number or the activation code is wrong. Check them and try again; after several wrong tries activation is blocked for a while.")
    String wrongCode();

    @Override
    @Message("The activation code has expired; ask your company's safety admin for a new one.")
    String expired();

    @Override
    @Message("Too many wrong codes: try again in {minutes} minutes.")
    String locked(long minutes);

    @Override
    @Message("This account is already active: sign in. If you forgot your password, ask your company's safety admin.")
    String alreadyActive();

    @Override
    @Message("{#when problem}{#is EMPTY}Choose a new password.{#is TOO_SHORT}The password is too short: at least 8 characters.{#is TOO_LONG}The password is too long: at most 64 characters.{#is NO_LETTER}The password needs a letter.{#is NO_DIGIT}The password needs a digit.{#is CONTAINS_NAME}The password must not contain your ID number or username.{#is MISMATCH}The two new passwords differ.{/when}")
    String weakPassword(PasswordRule.Problem problem);

    @Override
    @Message("Account activation")
    String codesTitle();

    @Override
    @Message("Generate one-time activation codes for employees who have not activated their account yet. A code works for {days} days and is shown only once; print the sheet and hand it out. Employees open the activation page on their phone, enter their ID number and code and choose a password.")
    String codesLead(long days);

    @Override
    @Message("For a whole department (one printable sheet)")
    String byDepartment();

    @Override
    @Message("Department")
    String department();

    @Override
    @Message("Generate for everyone waiting in this department")
    String generateDepartment();

    @Override
    @Message("Employees waiting for activation")
    String pendingWorkers();

    @Override
    @Message("No employee is waiting for activation.")
    String noPendingWorkers();

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
    @Message("Activation code")
    String codeState();

    @Override
    @Message("Issued, valid until {until}")
    String codeUntil(String until);

    @Override
    @Message("Expired")
    String codeExpired();

    @Override
    @Message("None yet")
    String noCode();

    @Override
    @Message("Generating again makes any code handed out before stop working at once.")
    String regenerateWarning();

    @Override
    @Message("Generate codes for the selected employees")
    String generateSelected();

    @Override
    @Message("Anxue activation codes")
    String sheetTitle();

    @Override
    @Message("Generated {at}")
    String issuedAt(String at);

    @Override
    @Message("Open {url} on your phone, enter your ID number and your code below, and choose your password. Each code works once: keep it to yourself.")
    String sheetLead(String url);

    @Override
    @Message("Valid until")
    String validUntil();

    @Override
    @Message("These codes are shown only now; Anxue keeps only a hash of each. Print or hand them out now: after leaving this page they can only be generated anew.")
    String shownOnce();

    @Override
    @Message("Print")
    String print();

    @Override
    @Message("Back")
    String back();

    @Override
    @Message("Choose at least one employee waiting for activation, or a department that has some.")
    String noWorkersChosen();

    @Override
    @Message("An employee you chose is not one of this company's employees waiting for activation; no code was generated.")
    String notYourPendingWorker();
}
