package org.anxue.creditbank.model;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A clock in Beijing time that stands still until a test moves it. */
final class TestClock extends Clock {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private Instant now;

    TestClock(LocalDate day) {
        this.now = day.atTime(10, 0).atZone(BEIJING).toInstant().plusNanos(123_456_789);
    }

    void moveTo(LocalDate day) {
        now = day.atTime(10, 0).atZone(BEIJING).toInstant();
    }

    void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return BEIJING;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("tests keep Beijing time");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
