package org.anxue.security;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

@Localized("en")
public interface LoginMessagesEnglish extends LoginMessages {

    @Override
    @Message("Sign in")
    String heading();

    @Override
    @Message("Username or ID number")
    String username();

    @Override
    @Message("Password")
    String password();

    @Override
    @Message("Sign in")
    String submit();

    @Override
    @Message("Wrong username or password, or the page had expired. After {attempts} failures in a row the account is locked for {minutes} minutes.")
    String failed(int attempts, long minutes);

    @Override
    @Message("Workers' accounts are created by their company; if you forgot your password, ask your company's safety admin.")
    String help();
}
