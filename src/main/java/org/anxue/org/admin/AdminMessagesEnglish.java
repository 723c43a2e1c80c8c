package org.anxue.org.admin;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;
import org.anxue.org.ApprovalStatus;
import org.anxue.org.BureauLevel;
import org.anxue.org.Industry;
import org.anxue.org.RiskTier;
import org.anxue.security.AccountStatus;

@Localized("en")
public interface AdminMessagesEnglish extends AdminMessages {

    @Override
    @Message("Jurisdictions")
    String treeTitle();

    @Override
    @Message("The jurisdiction you manage: your bureau and the bureaus below it. Open a bureau to add bureaus below it, rename or move it and manage its accounts.")
    String treeHelp();

    @Override
    @Message("There are no bureaus yet.")
    String treeEmpty();

    @Override
    @Message("Add a top-level bureau (province or city)")
    String newTopBureau();

    @Override
    @Message("Code (administrative division code)")
    String code();

    @Override
    @Message("Name")
    String name();

    @Override
    @Message("Level")
    String levelLabel();

    @Override
    @Message("{#when level}{#is PROVINCE}Province{#is CITY}City{#is DISTRICT}District{#is COUNTY}County{#is COUNTY_CITY}County-level city{#is ZONE}Zone{/when}")
    String level(BureauLevel level);

    @Override
    @Message("Create")
    String create();

    @Override
    @Message("{#when what}{#is 'created'}Created.{#is 'renamed'}The name was changed.{#is 'moved'}The bureau was moved.{#else}Done.{/when}")
    String done(String what);

    @Override
    @Message("Parent bureau")
    String parent();

    @Override
    @Message("Bureaus below")
    String children();

    @Override
    @Message("No bureaus below this one.")
    String noChildren();

    @Override
    @Message("Add a bureau below this one")
    String newChild();

    @Override
    @Message("Rename")
    String rename();

    @Override
    @Message("Save")
    String save();

    @Override
    @Message("Move")
    String move();

    @Override
    @Message("Moves this bureau, with everything below it, under another bureau. It cannot go below itself.")
    String moveHelp();

    @Override
    @Message("New parent bureau")
    String newParent();

    @Override
    @Message("Officer accounts")
    String officers();

    @Override
    @Message("No officer accounts yet.")
    String noOfficers();

    @Override
    @Message("Username")
    String username();

    @Override
    @Message("Name")
    String displayName();

    @Override
    @Message("Status")
    String status();

    @Override
    @Message("{#when status}{#is PENDING_ACTIVATION}Waiting for activation{#is ACTIVE}Active{#is DISABLED}Disabled{/when}")
    String accountStatus(AccountStatus status);

    @Override
    @Message("New activation code")
    String newCode();

    @Override
    @Message("Add an officer account")
    String newOfficer();

    @Override
    @Message("The new account gets a one-time activation code, shown once. Give the username and code to the officer, who sets their own password on the activation page.")
    String newOfficerHelp();

    @Override
    @Message("Activation code")
    String officerCodeTitle();

    @Override
    @Message("Give this to {name} of {bureau}. They enter the username and code on the activation page and choose their own password.")
    String officerCodeLead(String name, String bureau);

    @Override
    @Message("Activation code")
    String activationCode();

    @Override
    @Message("Valid until")
    String expires();

    @Override
    @Message("Activation page")
    String activationUrl();

    @Override
    @Message("This code is shown only now; Anxue keeps only a hash of it. Once you leave this page it cannot be shown again: if it is lost, generate a new one (the old one then stops working).")
    String shownOnce();

    @Override
    @Message("Back to the bureau")
    String backToBureau();

    @Override
    @Message("Print")
    String print();

    @Override
    @Message("Approvals")
    String approvalsTitle();

    @Override
    @Message("Training institutions waiting for approval")
    String pendingInstitutions();

    @Override
    @Message("Companies waiting for approval")
    String pendingCompanies();

    @Override
    @Message("Nothing is waiting.")
    String nothingPending();

    @Override
    @Message("Licence number")
    String licenceNumber();

    @Override
    @Message("Bureau")
    String bureau();

    @Override
    @Message("Submitted")
    String submitted();

    @Override
    @Message("Unified social credit code")
    String creditCode();

    @Override
    @Message("Industry")
    String industryLabel();

    @Override
    @Message("{#when industry}{#is CHEMICAL}Chemicals and hazardous chemicals{#is NON_COAL_MINE}Non-coal mining{#is METAL_SMELTING}Metal smelting{#is FIREWORKS}Fireworks{#is COAL_MINE}Coal mining{#is INDUSTRY_TRADE}Industry and trade{#is OTHER}Other{/when}")
    String industry(Industry industry);

    @Override
    @Message("Risk tier")
    String riskTierLabel();

    @Override
    @Message("{#when tier}{#is HIGH_RISK}High-risk industry{#is MAJOR}Major hazard{#is GENERAL}General{/when}")
    String riskTier(RiskTier tier);

    @Override
    @Message("Address")
    String address();

    @Override
    @Message("Phone")
    String phone();

    @Override
    @Message("Open the company archive")
    String companyArchive();

    @Override
    @Message("Decision history")
    String history();

    @Override
    @Message("No decisions yet.")
    String noDecisions();

    @Override
    @Message("When")
    String decidedAt();

    @Override
    @Message("Decision")
    String decision();

    @Override
    @Message("Reason")
    String reason();

    @Override
    @Message("Decided by")
    String decidedBy();

    @Override
    @Message("{#when status}{#is PENDING}Waiting for approval{#is APPROVED}Approved{#is REJECTED}Rejected{#is SUSPENDED}Suspended{#is REVOKED}Revoked{/when}")
    String approvalStatus(ApprovalStatus status);

    @Override
    @Message("Decide")
    String decide();

    @Override
    @Message("Reason (required to reject)")
    String reasonLabel();

    @Override
    @Message("Approve")
    String approve();

    @Override
    @Message("Reject")
    String reject();

    @Override
    @Message("{#when what}{#is 'approved'}Approved; the decision is on record.{#is 'rejected'}Rejected; the decision is on record.{#else}Saved.{/when}")
    String decided(String what);

    @Override
    @Message("Only the platform admin can add a top-level bureau.")
    String onlyPlatformAddsTopBureaus();

    @Override
    @Message("There is no level “{level}”.")
    String unknownLevel(String level);

    @Override
    @Message("The code {code} is already taken.")
    String codeTaken(String code);

    @Override
    @Message("A top-level bureau is a province or city bureau.")
    String topLevelOnly();

    @Override
    @Message("This level cannot sit under “{parent}”: a bureau's level must be below its parent's.")
    String levelNotBelow(String parent);

    @Override
    @Message("Choose the new parent bureau.")
    String newParentRequired();

    @Override
    @Message("“{bureau}” cannot move under “{parent}”: “{parent}” is the bureau itself or below it, which would make a loop.")
    String moveIntoOwnSubtree(String bureau, String parent);

    @Override
    @Message("A username has 3 to 64 letters, digits or . _ @ - and starts with a letter or digit.")
    String badUsername();

    @Override
    @Message("The username {username} is already taken.")
    String usernameTaken(String username);

    @Override
    @Message("Enter a name (at most 100 characters).")
    String badDisplayName();

    @Override
    @Message("The account {username} is already active and needs no code.")
    String officerAlreadyActive(String username);

    @Override
    @Message("Your own bureau is managed from above (by the bureau above it or the platform admin); you manage the bureaus below yours.")
    String ownBureauManagedFromAbove();

    @Override
    @Message("“{name}” was changed by someone else meanwhile; reload and try again.")
    String changedMeanwhile(String name);

    @Override
    @Message("A code has 2 to 32 letters, digits or hyphens, e.g. 331002.")
    String badCode();

    @Override
    @Message("Enter a name (at most 100 characters).")
    String badName();

    @Override
    @Message("Creating accounts and their activation codes needs a person signed in, not an API token.")
    String signInForAccounts();

    @Override
    @Message("Choose approve or reject.")
    String unknownVerdict();

    @Override
    @Message("A reason has at most {max} characters.")
    String reasonTooLong(int max);

    @Override
    @Message("Say why when you reject.")
    String reasonRequired();

    @Override
    @Message("“{name}” has already been decided ({#when status}{#is APPROVED}approved{#is REJECTED}rejected{#is SUSPENDED}suspended{#is REVOKED}revoked{#else}{status}{/when}); it cannot be decided again.")
    String alreadyDecided(String name, ApprovalStatus status);

    @Override
    @Message("Company size")
    String scaleLabel();

    @Override
    @Message("{#when code}{#is 'LARGE'}Large{#is 'MEDIUM'}Medium{#is 'SMALL'}Small{#is 'MICRO'}Micro{#else}Not recorded{/when}")
    String scaleName(String code);

    @Override
    @Message("Not recorded")
    String scaleNotRecorded();

    @Override
    @Message("Production/processing enterprise")
    String productionLabel();

    @Override
    @Message("{#if production}Yes{#else}No{/if}")
    String production(boolean production);

    @Override
    @Message("Company size and type")
    String sizeTitle();

    @Override
    @Message("Recorded by the national categories for large, medium, small and micro enterprises. Small and micro production/processing enterprises count towards the plan's target for them; companies without a recorded size do not count.")
    String sizeHelp();

    @Override
    @Message("The company produces or processes goods (production/processing enterprise)")
    String productionCheckbox();

    @Override
    @Message("Save company size")
    String saveSize();

    @Override
    @Message("Company size and type saved.")
    String sizeSaved();

    @Override
    @Message("The company size must be large, medium, small or micro, or left empty for not recorded.")
    String badScale();

    @Override
    @Message("“Production/processing enterprise” must be yes or no.")
    String badProduction();
}
