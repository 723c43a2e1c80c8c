package org.anxue.creditbank;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the credit bank ({@code anxue.creditbank.*}). */
@ConfigMapping(prefix = "anxue.creditbank")
public interface CreditBankConfig {

    /** The time zone whose calendar days entries and periods are counted in (the bureau's). */
    @WithDefault("Asia/Shanghai")
    String zone();

    /** How often the root over all account heads is computed and stored (a Quarkus duration or cron-less period). */
    @WithDefault("1h")
    String rootEvery();

    /** Days before a certificate review or expiry from which the worker's page shows a reminder. */
    @WithDefault("60")
    int reminderLeadDays();

    /** The address printed in statement QR codes before /verify/{code}; empty: the address of the request. */
    @WithDefault("none")
    String publicUrl();
}
