package org.anxue.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.Generated;
import org.hibernate.generator.EventType;

/**
 * An emergency management bureau (应急管理局) in the jurisdiction tree. A bureau sees its own
 * subtree, never a sibling's: {@link #path} (ids from the root, '/1/51/') is maintained by the
 * database, so the subtree is one prefix query.
 */
@Entity
@Table(name = "bureau")
public class Bureau extends Tracked {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bureau_seq")
    @SequenceGenerator(name = "bureau_seq", sequenceName = "bureau_seq", allocationSize = 50)
    public Long id;

    /** Administrative division code (331002) or another stable code for zones. */
    @Column(nullable = false, unique = true, length = 32)
    public String code;

    @Column(nullable = false, length = 100)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public BureauLevel level;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Bureau parent;

    /** Set by a database trigger from the parent's path and this id. */
    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    @Column(insertable = false, updatable = false, length = 500)
    public String path;

    protected Bureau() {
    }

    private Bureau(String code, String name, BureauLevel level, Bureau parent) {
        this.code = requireText(code, "code");
        this.name = requireText(name, "name");
        this.level = level;
        this.parent = parent;
    }

    /** A bureau at the top of a tree (a city or a province). */
    public static Bureau root(String code, String name, BureauLevel level) {
        return new Bureau(code, name, level, null);
    }

    /** A bureau directly under this one; its level must be below this one's. */
    public Bureau child(String code, String name, BureauLevel level) {
        if (!level.mayBeUnder(this.level)) {
            throw new IllegalArgumentException("a " + level + " bureau cannot sit under a " + this.level + " bureau");
        }
        return new Bureau(code, name, level, this);
    }

    /** Whether {@code other} is this bureau or lies below it. Both must have been persisted. */
    public boolean covers(Bureau other) {
        return other.path != null && path != null && other.path.startsWith(path);
    }

    /** This bureau and every bureau below it, top-down. */
    public List<Bureau> subtree() {
        return list("path like ?1 order by path", path + "%");
    }

    public static Optional<Bureau> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value.strip();
    }
}
