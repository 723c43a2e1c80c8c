/**
 * The credit bank (学分银行): every person's training hours, kept so that anyone can check them.
 *
 * <h2>The rules</h2>
 * <ol>
 * <li><b>One account per person.</b> An account is keyed by the person's 18-character ID number and follows
 *     the person across employers and years ({@link org.anxue.creditbank.model.CreditAccount}).</li>
 * <li><b>Entries are only ever added.</b> An entry records an online course completed, an offline class
 *     attended, an exam result, a special-operation certificate, a recognition or waiver by a bureau officer,
 *     or a reversal. No entry is changed or deleted. A mistaken entry is cancelled by a reversal: a new entry
 *     naming it, with a reason. An entry is reversed at most once; a reversal is never reversed (a wrongly
 *     reversed entry is posted again, so the history shows both decisions).</li>
 * <li><b>Every entry says where it came from.</b> Its source, its evidence (study sessions, attendance
 *     roster, exam record, document), the hours as reported ("raw") and as credited, the policy version that
 *     decided the credit, who posted it and when, and the requirement and period it counts toward.</li>
 * <li><b>Online study counts only with a passed course test.</b> Study time is recorded as raw hours either
 *     way; credited hours are zero when the test was not passed. One 学时 is the policy's minutes (45 by
 *     default); online hours are multiplied by the policy's conversion ratio (1 by default). Hours have two
 *     decimal places and every conversion rounds down.</li>
 * <li><b>Online hours are capped.</b> Toward one requirement, online hours count up to the policy's online
 *     share of the required hours (set by the bureau; defaults in
 *     {@link org.anxue.creditbank.model.DefaultRequirements}). Hours beyond the cap stay recorded and are shown
 *     as "not credited".</li>
 * <li><b>Policies are versioned.</b> A policy version has an effective date and never changes; a change is a
 *     new version that applies from its own date. A city's policy applies to its whole subtree unless a county
 *     (or district, or zone) has its own in force. An entry is credited under the version in force on the day
 *     of the training; a statement uses the version in force on the last day of its period (or today, while
 *     the period runs) and names it.</li>
 * <li><b>Special operations.</b> A certificate's number is "T" and the holder's ID number; it is valid six
 *     years and reviewed every three; a review needs 8 学时 in the cycle and a passed exam. Reminders fall due
 *     60 days before each review and before expiry.</li>
 * <li><b>Recognitions and waivers</b> need a reason and an approver other than the officer who posts them.
 *     A recognition credits hours; a waiver takes hours off the requirement and credits nothing.</li>
 * <li><b>Statements (学时证明)</b> show required, waived, online (recorded, credited, not credited), offline,
 *     recognised, total and missing hours, the exam where one is required, and the status 达标 (MET) or
 *     未达标 (NOT_MET), with the entries behind them. Reversed entries and reversals count in no statement.
 *     Each statement carries a SHA-256 digest of its content and the account head it was computed from, and
 *     is issued under a random verification code; the code shows whether it is CURRENT, SUPERSEDED by a newer
 *     statement for the same period, or REVOKED.</li>
 * </ol>
 *
 * <h2>How tampering is detected</h2>
 * <p>Each entry carries a hash: SHA-256 over its fields and the hash of the entry before it. The first entry
 * of an account uses the account's genesis hash instead. Changing, removing, inserting or reordering a stored
 * entry therefore leaves a hash that no longer matches, which
 * {@link org.anxue.creditbank.model.ChainVerification} reports with the first broken sequence number and the
 * reason. Two changes leave a chain that is consistent in itself: cutting off the newest entries, and
 * re-computing every hash from the altered entry on. Both are caught against a published head: periodically
 * the heads of all accounts (entry count and last hash) are combined into one Merkle root
 * ({@link org.anxue.creditbank.model.AccountHeadsTree}) to be published; a published root fixes every
 * account's history at that moment, and a single account's head can be proven against it with a short
 * inclusion proof. (A published root is only as strong as its publication: it belongs somewhere the database's
 * administrators cannot rewrite, e.g. a signed bulletin.)
 *
 * <h2>The hash encoding, in plain words</h2>
 * <p>To hash, write a sequence of fields into bytes and take SHA-256 of the bytes. Each field is text. Write a
 * field as the number of bytes of its UTF-8 text in 4 bytes (big-endian), then those bytes. Write a missing
 * field as the 4 bytes FF FF FF FF and nothing else. Texts are written as stored. Whole numbers are decimal
 * digits ("17"). Hours and scores are decimals with exactly two places ("6.50", "-2.00"). Yes/no is "true" or
 * "false". Days are "2026-03-02". Moments are in UTC with six decimals of seconds, "2026-03-02T02:00:00.123456Z".
 * Kinds and training types are written by their English names ("OFFLINE_CLASS_ATTENDED", "REFRESHER"). Hashes
 * are 64 lowercase hexadecimal digits.
 *
 * <p><b>Genesis hash of an account:</b> the fields "anxue.creditbank.genesis/1" and the ID number.
 *
 * <p><b>Entry hash:</b> the fields, in this order:
 * <ol>
 * <li>"anxue.creditbank.entry/1"</li>
 * <li>ID number; sequence number; kind; day it occurred; source; evidence reference</li>
 * <li>raw hours; credited hours; policy version as "policy-id@version"; posted by; posted at</li>
 * <li>the requirement it counts toward: training type; first day; last day; subject (for a certificate review,
 *     the operation type, else the empty text). For a certificate all four are missing.</li>
 * <li>the kind's own fields, each written as two fields, its name and then its value:
 *   <ul>
 *   <li>ONLINE_COURSE_COMPLETED: course, study_seconds, test_passed, test_attempt</li>
 *   <li>OFFLINE_CLASS_ATTENDED: class, course, institution, approved_by</li>
 *   <li>EXAM_RESULT: exam, passed, score, exam_site</li>
 *   <li>CERTIFICATE: certificate_number, operation_type, issued_on, valid_until (last valid day),
 *       review_dates (days joined by ",", earliest first), and then institution (the training institution
 *       that trained the holder, "institution-" and its id) <b>only when one was recorded</b>: a certificate
 *       without an institution writes neither the name nor a missing-field marker, so the entries recorded
 *       before this field existed keep their hashes, and an institution, once recorded, is covered by the
 *       hash like any other field. (This is the encoding's one optional field; should another ever be
 *       needed, it is added the same way, at the end of its kind's fields.)</li>
 *   <li>RECOGNITION and WAIVER: reason, approved_by</li>
 *   <li>REVERSAL: reversed_sequence, reversed_hash, reason</li>
 *   </ul></li>
 * <li>the previous entry's hash (or the genesis hash)</li>
 * </ol>
 *
 * <p><b>Root over all accounts:</b> sort the account heads by ID number. The leaf of a head is SHA-256 of the
 * byte 00 followed by the fields "anxue.creditbank.head/1", ID number, entry count, last hash. Two subtrees are
 * joined as SHA-256 of the byte 01, the left 32 bytes and the right 32 bytes. The root of n leaves: one leaf is
 * its own root; otherwise split after the largest power of two smaller than n and join the roots of both parts
 * (the construction of RFC 6962 and RFC 9162). An inclusion proof is checked as RFC 9162 section 2.1.3.2 says.
 *
 * <p><b>Statement digest:</b> see {@link org.anxue.creditbank.model.Statement}.
 *
 * <h2>Storing entries</h2>
 * <p>Every hashed field is a text, a whole number, a two-place decimal, a day or a moment, so an entry is a
 * plain table row; PostgreSQL keeps moments to the microsecond, which is why entries are posted at whole
 * microseconds. The adapter stores each appended entry with a unique (ID number, sequence number) and never
 * updates or deletes it; the model checks each account's chain when it is loaded and refuses to add to a
 * broken one.
 *
 * <p>This package depends on the JDK alone: no HTTP, database or framework (guarded by
 * {@code CreditBankModelArchitectureTests}).
 */
package org.anxue.creditbank.model;
