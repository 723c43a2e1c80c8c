package org.anxue.creditbank.model;

import static org.anxue.creditbank.model.CreditBank.LOW_VOLTAGE;
import static org.anxue.creditbank.model.CreditBank.WANG;
import static org.anxue.creditbank.model.CreditBank.posted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The hash encoding, re-implemented here from its documentation alone (package-info and EntryHasher), the
 * way an auditor's verifier would be: if the code and the documentation drift apart, these tests fail.
 */
class LedgerEncodingTests {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final DateTimeFormatter MICROSECONDS_UTC =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private final CreditBank bank = new CreditBank(DAY);

    @Test
    void shouldHashAnOfflineEntryAsDocumented() throws Exception {
        LedgerEntry entry = posted(bank.offline(WANG, DAY, "6.5"));

        Document doc = new Document()
                .field("anxue.creditbank.entry/1").field("330102198001011234").field("1").field("OFFLINE_CLASS_ATTENDED")
                .field("2026-03-02").field("institution:institution-7").field(entry.evidenceReference())
                .field("6.50").field("6.50").field("city-policy@1").field("officer-zhao")
                .field(MICROSECONDS_UTC.format(entry.postedAt()))
                .field("REFRESHER").field("2026-01-01").field("2026-12-31").field("")
                .field("class").field(((OfflineClassAttended) entry.details()).classId())
                .field("course").field(((OfflineClassAttended) entry.details()).courseId())
                .field("institution").field("institution-7")
                .field("approved_by").field("officer-zhao")
                .field(documentedGenesis("330102198001011234"));

        assertThat(entry.hash()).isEqualTo(doc.sha256());
    }

    @Test
    void shouldHashACertificateWithItsPeriodAbsentAsDocumented() throws Exception {
        LedgerEntry entry = posted(bank.certificate(WANG, LOW_VOLTAGE, LocalDate.of(2023, 3, 1)));

        Document doc = new Document()
                .field("anxue.creditbank.entry/1").field("330102198001011234").field("1").field("CERTIFICATE")
                .field("2023-03-01").field(entry.source()).field(entry.evidenceReference())
                .field("0.00").field("0.00").field("city-policy@1").field("officer-zhao")
                .field(CanonicalEncoder.canonicalInstant(entry.postedAt()))
                .absent().absent().absent().absent()
                .field("certificate_number").field("T330102198001011234")
                .field("operation_type").field(LOW_VOLTAGE)
                .field("issued_on").field("2023-03-01")
                .field("valid_until").field("2029-02-28")
                .field("review_dates").field("2026-03-01")
                .field(documentedGenesis("330102198001011234"));

        assertThat(entry.hash()).isEqualTo(doc.sha256());
    }

    @Test
    void shouldHashAReversalWithNegativeHoursAsDocumented() throws Exception {
        LedgerEntry original = posted(bank.online(WANG, DAY, 90, true));
        LedgerEntry reversal = posted(bank.reverse(WANG, 1, "代学: studied by someone else"));

        Document doc = new Document()
                .field("anxue.creditbank.entry/1").field("330102198001011234").field("2").field("REVERSAL")
                .field("2026-03-02").field(reversal.source()).field(reversal.evidenceReference())
                .field("-2.00").field("-2.00").field("city-policy@1").field("officer-zhao")
                .field(CanonicalEncoder.canonicalInstant(reversal.postedAt()))
                .field("REFRESHER").field("2026-01-01").field("2026-12-31").field("")
                .field("reversed_sequence").field("1")
                .field("reversed_hash").field(original.hash())
                .field("reason").field("代学: studied by someone else")
                .field(original.hash());

        assertThat(reversal.hash()).isEqualTo(doc.sha256());
    }

    @Test
    void shouldWriteInstantsInUtcWithSixFractionDigits() {
        Instant someMoment = Instant.parse("2031-07-15T23:04:05.000042Z");
        assertThat(CanonicalEncoder.canonicalInstant(someMoment)).isEqualTo(MICROSECONDS_UTC.format(someMoment));
        assertThat(CanonicalEncoder.canonicalInstant(Instant.parse("2026-03-02T02:00:00Z"))).isEqualTo("2026-03-02T02:00:00.000000Z");
        assertThat(CanonicalEncoder.canonicalInstant(Instant.parse("2026-03-02T02:00:00.123456Z"))).isEqualTo("2026-03-02T02:00:00.123456Z");
        assertThat(CanonicalEncoder.canonicalInstant(Instant.parse("1999-12-31T23:59:59.5Z"))).isEqualTo("1999-12-31T23:59:59.500000Z");
        assertThatThrownBy(() -> CanonicalEncoder.canonicalInstant(Instant.parse("2026-03-02T02:00:00.123456789Z")))
                .hasMessageContaining("microsecond");
    }

    @Test
    void shouldKeepPostingTimesToTheMicrosecondAsTheDatabaseDoes() {
        LedgerEntry entry = posted(bank.offline(WANG, DAY, "1"));

        assertThat(entry.postedAt().getNano() % 1000).isZero();
        assertThat(entry.postedAt()).isEqualTo(bank.clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
    }

    @Test
    void shouldTellAnAbsentFieldFromAnEmptyOne() {
        assertThat(new CanonicalEncoder().absent().toByteArray()).containsExactly(0xFF, 0xFF, 0xFF, 0xFF);
        assertThat(new CanonicalEncoder().text("").toByteArray()).containsExactly(0, 0, 0, 0);
        assertThat(new CanonicalEncoder().text("学时").toByteArray()).containsExactly(0, 0, 0, 6, 0xE5, 0xAD, 0xA6, 0xE6, 0x97, 0xB6);
    }

    @Test
    void shouldNotLetTwoFieldsRunTogether() {
        byte[] ab = new CanonicalEncoder().text("ab").text("c").toByteArray();
        byte[] a = new CanonicalEncoder().text("a").text("bc").toByteArray();

        assertThat(ab).isNotEqualTo(a);
    }

    private static String documentedGenesis(String personKey) throws Exception {
        return new Document().field("anxue.creditbank.genesis/1").field(personKey).sha256();
    }

    /** Length-prefixed UTF-8 fields, written with the JDK alone. */
    private static final class Document {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final DataOutputStream out = new DataOutputStream(bytes);

        Document field(String text) throws IOException {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            out.writeInt(utf8.length);
            out.write(utf8);
            return this;
        }

        Document absent() throws IOException {
            out.writeInt(-1);
            return this;
        }

        String sha256() throws Exception {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));
        }
    }
}
