package org.anxue.oversight.exports;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** English texts of the oversight exports; the zh-CN originals are in {@link ExportMessages}. */
@Localized("en")
public interface ExportMessagesEnglish extends ExportMessages {

    @Override
    @Message("""
            {#when category}\
            {#is 'PRINCIPAL_MANAGER'}Principal / safety manager certificate\
            {#is 'NEW_SPECIAL_OPERATION'}New special-operation certificate\
            {#is 'REVIEW'}Review\
            {#else}{category}\
            {/when}""")
    String category(String category);

    @Override
    @Message("Subsidies")
    String subsidiesTitle();

    @Override
    @Message("Skills-training subsidies by certificate issued, jurisdiction of {bureau}.")
    String subsidiesLead(String bureau);

    @Override
    @Message("{from} to {until}")
    String period(String from, String until);

    @Override
    @Message("From")
    String from();

    @Override
    @Message("Until")
    String until();

    @Override
    @Message("Show")
    String show();

    @Override
    @Message("Export to Excel")
    String exportXlsx();

    @Override
    @Message("Rates (yuan per person)")
    String ratesTitle();

    @Override
    @Message("Defaults are the lower bound of the plan's ranges: principal / safety manager 450 (450–500), new special-operation certificate 300 (300–450), review 100. A change applies to this bureau only.")
    String ratesLead();

    @Override
    @Message("Save rates")
    String saveRates();

    @Override
    @Message("Total")
    String total();

    @Override
    @Message("People")
    String count();

    @Override
    @Message("Amount (yuan)")
    String amount();

    @Override
    @Message("Certificates")
    String rowsTitle();

    @Override
    @Message("By company")
    String byCompany();

    @Override
    @Message("By training institution")
    String byInstitution();

    @Override
    @Message("(not recorded)")
    String noInstitution();

    @Override
    @Message("Name")
    String name();

    @Override
    @Message("Company")
    String company();

    @Override
    @Message("Institution")
    String institution();

    @Override
    @Message("Operation")
    String operationType();

    @Override
    @Message("Certificate number")
    String certificateNumber();

    @Override
    @Message("Issued on")
    String issuedOn();

    @Override
    @Message("Category")
    String categoryHeading();

    @Override
    @Message("No certificates were issued in this period.")
    String noRows();

    @Override
    @Message("The period is not valid: enter dates (e.g. 2026-01-01), the start not after the end, at most 10 years apart.")
    String badPeriod();

    @Override
    @Message("The rates are not valid: each must be a whole number of yuan from 0 to 100000.")
    String badRate();

    // --- background exports ----------------------------------------------------------------------------

    @Override
    @Message("""
            {#when status}\
            {#is 'QUEUED'}Queued\
            {#is 'RUNNING'}Running\
            {#is 'DONE'}Done\
            {#is 'FAILED'}Failed\
            {#is 'EXPIRED'}Expired (file removed)\
            {#else}{status}\
            {/when}""")
    String jobStatus(String status);

    @Override
    @Message("""
            {#when why}\
            {#is 'NO_EMPLOYEES'}The company has no current employees: there is no archive to export.\
            {#is 'SUBJECT_GONE'}The person no longer exists.\
            {#else}The export failed: {why}\
            {/when}""")
    String failure(String why);

    @Override
    @Message("""
            {#when kind}\
            {#is 'PERSON'}Person archive\
            {#is 'COMPANY'}Company archive\
            {#else}{kind}\
            {/when}""")
    String jobKind(String kind);

    @Override
    @Message("Person and company archive exports")
    String exportsTitle();

    @Override
    @Message("Export a person's archive (PDF)")
    String exportPerson();

    @Override
    @Message("Export a company's archive (ZIP: one PDF per current employee and a summary)")
    String exportCompany();

    @Override
    @Message("ID number")
    String idNumber();

    @Override
    @Message("Start export")
    String start();

    @Override
    @Message("Exports of this bureau")
    String jobsTitle();

    @Override
    @Message("No exports yet.")
    String noJobs();

    @Override
    @Message("Subject")
    String subject();

    @Override
    @Message("Status")
    String statusHeading();

    @Override
    @Message("Progress")
    String progress();

    @Override
    @Message("Requested by")
    String requestedBy();

    @Override
    @Message("Requested at")
    String requestedAt();

    @Override
    @Message("Download")
    String download();

    @Override
    @Message("Export: {name}")
    String jobTitle(String name);

    @Override
    @Message("The export request is not valid: choose a person's archive (with an ID number) or a company's archive (with a company).")
    String badExport();

    @Override
    @Message("The file is not ready yet; download it when the export is done.")
    String notReady();

    // --- retention of export files ---------------------------------------------------------------------

    @Override
    @Message("Finished files are kept for{#if days > 0} {days} day{#if days != 1}s{/if}{/if}{#if hours > 0} {hours} hour{#if hours != 1}s{/if}{/if}{#if minutes > 0} {minutes} minute{#if minutes != 1}s{/if}{/if}, then removed automatically; export again when you need one.")
    String retention(long days, long hours, long minutes);

    @Override
    @Message("kept until {when}")
    String keptUntil(String when);

    @Override
    @Message("The file was removed on {when}, after the retention period. Export again if you still need it.")
    String expiredNote(String when);

    @Override
    @Message("Export again")
    String exportAgain();

    @Override
    @Message("This export's file was removed on {when}, after the retention period, and cannot be downloaded. Export it again from the exports page.")
    String expired(String when);

    @Override
    @Message("This export is still running; export again once it has finished.")
    String stillRunning();

    @Override
    @Message("The export file cannot be read right now (the storage service is unavailable); try again later.")
    String fileUnavailable();
}
