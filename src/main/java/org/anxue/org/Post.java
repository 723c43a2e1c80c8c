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

/** A post (岗位) a company defines, e.g. 总经理 (a principal) or 电工 (a special operation). */
@Entity
@Table(name = "post")
public class Post extends Tracked {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "post_seq")
    @SequenceGenerator(name = "post_seq", sequenceName = "post_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id")
    public Company company;

    @Column(nullable = false, length = 100)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    public PostKind kind;

    /** The special operation, for (and only for) a SPECIAL_OPERATION post. */
    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    public SpecialOperation operation;

    protected Post() {
    }

    public static Post of(Company company, String name, PostKind kind, SpecialOperation operation) {
        if ((kind == PostKind.SPECIAL_OPERATION) != (operation != null)) {
            throw new IllegalArgumentException(kind == PostKind.SPECIAL_OPERATION
                    ? "a special-operation post must name its operation"
                    : "only a special-operation post names an operation");
        }
        Post post = new Post();
        post.company = company;
        post.name = Bureau.requireText(name, "post name");
        post.kind = kind;
        post.operation = operation;
        return post;
    }
}
