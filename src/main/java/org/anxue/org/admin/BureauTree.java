package org.anxue.org.admin;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.anxue.org.Bureau;
import org.anxue.org.BureauLevel;
import org.anxue.org.Labelled;
import org.anxue.security.Account;
import org.anxue.security.AccountStatus;
import org.anxue.security.Role;
import org.anxue.security.activation.Activations;
import org.anxue.web.AppException;

/**
 * The jurisdiction tree as the platform admin and bureau officers manage it: list, add a bureau
 * below one, rename, move, and the officer accounts of a bureau. Every method checks the caller's
 * {@link Jurisdiction}: a bureau outside it does not exist for the caller (404); a bureau inside
 * it but not managed from there (an officer's own) is refused (403).
 */
@ApplicationScoped
public class BureauTree {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{1,31}");
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{2,63}");

    @Inject
    Activations activations;

    /** The bureaus of a jurisdiction, top-down (each bureau right after its parent). */
    public List<Bureau> visible(Jurisdiction jurisdiction) {
        return Bureau.list("path like ?1 order by path", jurisdiction.pathPrefix() + "%");
    }

    /** A bureau of the jurisdiction; 404 for any other. */
    public Bureau find(Jurisdiction jurisdiction, long id) {
        Bureau bureau = Bureau.findById(id);
        if (bureau == null || !jurisdiction.covers(bureau)) {
            throw AppException.notFound();
        }
        return bureau;
    }

    /** The bureaus directly below {@code bureau}. */
    public List<Bureau> children(Bureau bureau) {
        return Bureau.list("parent = ?1 order by code", bureau);
    }

    /**
     * Adds a bureau below {@code parentId} (any bureau of the jurisdiction, the officer's own
     * included), or a new top-level city or province bureau (platform admin only) when it is null.
     */
    @Transactional
    public Bureau create(Jurisdiction jurisdiction, Long parentId, String code, String name, String levelText) {
        Bureau parent = parentId == null ? null : find(jurisdiction, parentId);
        if (parent == null && !jurisdiction.isEverything()) {
            throw new AppException(Status.FORBIDDEN, "adm:onlyPlatformAddsTopBureaus");
        }
        String cleanCode = requireCode(code);
        String cleanName = requireName(name);
        BureauLevel level = Labelled.find(BureauLevel.class, levelText)
                .orElseThrow(() -> new AppException(Status.BAD_REQUEST, "adm:unknownLevel", text(levelText)));
        if (Bureau.findByCode(cleanCode).isPresent()) {
            throw new AppException(Status.CONFLICT, "adm:codeTaken", cleanCode);
        }
        Bureau bureau;
        if (parent == null) {
            if (level != BureauLevel.PROVINCE && level != BureauLevel.CITY) {
                throw new AppException(Status.BAD_REQUEST, "adm:topLevelOnly");
            }
            bureau = Bureau.root(cleanCode, cleanName, level);
        } else {
            if (!level.mayBeUnder(parent.level)) {
                throw new AppException(Status.BAD_REQUEST, "adm:levelNotBelow", parent.name);
            }
            bureau = parent.child(cleanCode, cleanName, level);
        }
        bureau.persist();
        // the path is the database's (a trigger): write now so that it is read back
        Panache.getEntityManager().flush();
        return bureau;
    }

    /** Renames a bureau managed from the jurisdiction; {@code version}, if given, must be the current one. */
    @Transactional
    public Bureau rename(Jurisdiction jurisdiction, long id, String name, Integer version) {
        Bureau bureau = managed(jurisdiction, id, version);
        bureau.name = requireName(name);
        return bureau;
    }

    /**
     * Moves a bureau managed from the jurisdiction, with everything below it, under another bureau
     * of the jurisdiction. Refused into its own subtree (the database refuses it too) and under a
     * bureau whose level is not above its own.
     */
    @Transactional
    public Bureau move(Jurisdiction jurisdiction, long id, Long newParentId, Integer version) {
        if (newParentId == null) {
            throw new AppException(Status.BAD_REQUEST, "adm:newParentRequired");
        }
        Bureau bureau = managed(jurisdiction, id, version);
        Bureau parent = find(jurisdiction, newParentId);
        if (parent.path.startsWith(bureau.path)) {
            throw new AppException(Status.CONFLICT, "adm:moveIntoOwnSubtree", bureau.name, parent.name);
        }
        if (!bureau.level.mayBeUnder(parent.level)) {
            throw new AppException(Status.BAD_REQUEST, "adm:levelNotBelow", parent.name);
        }
        bureau.parent = parent;
        try {
            Panache.getEntityManager().flush();
        } catch (PersistenceException e) {
            // Another request moved the new parent below this bureau meanwhile: the trigger said no.
            if (String.valueOf(rootMessage(e)).contains("cannot be moved under its own subtree")) {
                throw new AppException(Status.CONFLICT, "adm:moveIntoOwnSubtree", bureau.name, parent.name);
            }
            throw e;
        }
        Panache.getEntityManager().refresh(bureau);
        return bureau;
    }

    /** The officer accounts of a bureau of the jurisdiction. */
    public List<Account> officers(Jurisdiction jurisdiction, long bureauId) {
        Bureau bureau = find(jurisdiction, bureauId);
        return Account.list("role = ?1 and bureau = ?2 order by username", Role.BUREAU_OFFICER, bureau);
    }

    /**
     * A new officer account for a bureau managed from the jurisdiction. It waits for activation:
     * the returned one-time code is the only way to set its password, by the officer, at /activate.
     */
    @Transactional
    public Activations.Issued createOfficer(Jurisdiction jurisdiction, long bureauId, String username, String displayName) {
        Bureau bureau = managed(jurisdiction, bureauId, null);
        String cleanUsername = username == null ? "" : username.strip();
        if (!USERNAME.matcher(cleanUsername).matches()) {
            throw new AppException(Status.BAD_REQUEST, "adm:badUsername");
        }
        if (Account.count("lower(username) = ?1", cleanUsername.toLowerCase(Locale.ROOT)) > 0) {
            throw new AppException(Status.CONFLICT, "adm:usernameTaken", cleanUsername);
        }
        String cleanName = displayName == null ? "" : displayName.strip();
        if (cleanName.isEmpty() || cleanName.length() > 100) {
            throw new AppException(Status.BAD_REQUEST, "adm:badDisplayName");
        }
        Account officer = Account.bureauOfficer(cleanUsername, cleanName, bureau);
        officer.persist();
        Panache.getEntityManager().flush();
        return activations.issue(officer, Instant.now());
    }

    /** A new activation code for an officer of a bureau managed from the jurisdiction who has not activated yet. */
    @Transactional
    public Activations.Issued reissueOfficerCode(Jurisdiction jurisdiction, long bureauId, long accountId) {
        Bureau bureau = managed(jurisdiction, bureauId, null);
        Account officer = Account.findById(accountId, LockModeType.PESSIMISTIC_WRITE);
        if (officer == null || officer.role != Role.BUREAU_OFFICER || officer.bureau == null
                || !officer.bureau.id.equals(bureau.id)) {
            throw AppException.notFound();
        }
        if (officer.status != AccountStatus.PENDING_ACTIVATION) {
            throw new AppException(Status.CONFLICT, "adm:officerAlreadyActive", officer.username);
        }
        return activations.issue(officer, Instant.now());
    }

    private Bureau managed(Jurisdiction jurisdiction, long id, Integer version) {
        Bureau bureau = find(jurisdiction, id);
        if (!jurisdiction.manages(bureau)) {
            throw new AppException(Status.FORBIDDEN, "adm:ownBureauManagedFromAbove");
        }
        if (version != null && version != bureau.version) {
            throw new AppException(Status.CONFLICT, "adm:changedMeanwhile", bureau.name);
        }
        return bureau;
    }

    private static String requireCode(String code) {
        String clean = code == null ? "" : code.strip();
        if (!CODE.matcher(clean).matches()) {
            throw new AppException(Status.BAD_REQUEST, "adm:badCode");
        }
        return clean;
    }

    private static String requireName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 100) {
            throw new AppException(Status.BAD_REQUEST, "adm:badName");
        }
        return clean;
    }

    private static String text(String value) {
        return value == null ? "" : value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
