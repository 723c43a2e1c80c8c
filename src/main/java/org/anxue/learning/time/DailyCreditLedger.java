package org.anxue.learning.time;

import java.time.Duration;
import java.time.LocalDate;

/**
 * Port: how much study time a person has already been credited on a study day, over all their
 * lessons. The day is a calendar day in {@link StudyTimePolicy#studyDayZone()}. Implemented by the
 * persistence layer (a sum over durable heartbeat rows), and by an in-memory ledger in tests.
 */
@FunctionalInterface
public interface DailyCreditLedger {

    Duration creditedOn(PersonId person, LocalDate day);
}
