package org.anxue.org.roster;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Locale;
import org.anxue.web.LocalizedMessages;

/** Roster messages by key, for problems whose key is data (field problems, stored import reports). */
@Singleton
public class RosterText {

    @Inject
    LocalizedMessages messages;

    public String problem(Locale locale, Problem problem) {
        return messages.get(locale, "roster", problem.code().name(), problem.args().toArray());
    }

    /** A field's name in the reader's language (the Chinese column header, or its English name). */
    public String field(Locale locale, RosterField field) {
        return bundle(locale).field(field);
    }

    /** The roster bundle in {@code locale}: English, or else Chinese. */
    public RosterMessages bundle(Locale locale) {
        return "en".equals(locale.getLanguage())
                ? MessageBundles.get(RosterMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(RosterMessages.class);
    }

    public String get(Locale locale, String key, Object... args) {
        return messages.get(locale, "roster", key, args);
    }
}
