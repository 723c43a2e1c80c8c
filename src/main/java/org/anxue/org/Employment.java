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
import java.time.LocalDate;
import java.util.List;

/**
 * A person working in a post of a company from a start date, until an end date once it ends.
 * Employments are never deleted, so a person's history across employers stays. The post's kind
 * and operation are kept as they were when the employment started.
 */
@Entity
@Table(name = "employment")
public class Employment extends Tracked {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "employment_seq")
    @SequenceGenerator(name = "employment_seq", sequenceName = "employment_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    public Person person;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id")
    public Company company;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "post_id")
    public Post post;

    @Enumerated(EnumType.STRING)
    @Column(name = "post_kind", nullable = false, length = 24)
    public PostKind postKind;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    public SpecialOperation operation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    public Department department;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Column(name = "end_reason", length = 200)
    public String endReason;

    protected Employment() {
    }

    /** {@code person} starts in {@code post} (and {@code department}, if any) of the post's company. */
    public static Employment start(Person person, Post post, Department department, LocalDate startDate) {
        if (department != null && !sameCompany(department.company, post.company)) {
            throw new IllegalArgumentException("department " + department.name + " is not of the post's company");
        }
        Employment employment = new Employment();
        employment.person = person;
        employment.company = post.company;
        employment.post = post;
        employment.postKind = post.kind;
        employment.operation = post.operation;
        employment.department = department;
        employment.startDate = startDate;
        return employment;
    }

    private static boolean sameCompany(Company a, Company b) {
        return a == b || (a.id != null && a.id.equals(b.id));
    }

    /** Ends the employment; the row stays as history. */
    public void end(LocalDate on, String reason) {
        if (endDate != null) {
            throw new IllegalStateException("the employment has already ended on " + endDate);
        }
        if (on.isBefore(startDate)) {
            throw new IllegalArgumentException("an employment cannot end (" + on + ") before it starts (" + startDate + ")");
        }
        endDate = on;
        endReason = reason;
    }

    public boolean isOpen() {
        return endDate == null;
    }

    /** Every employment of {@code person}, the most recent first. */
    public static List<Employment> historyOf(Person person) {
        return list("person = ?1 order by startDate desc, id desc", person);
    }
}
