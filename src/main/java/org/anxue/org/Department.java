package org.anxue.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A department of a company; departments nest (a workshop inside a plant). */
@Entity
@Table(name = "department")
public class Department extends Tracked {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "department_seq")
    @SequenceGenerator(name = "department_seq", sequenceName = "department_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id")
    public Company company;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Department parent;

    @Column(nullable = false, length = 100)
    public String name;

    protected Department() {
    }

    public static Department of(Company company, String name) {
        Department department = new Department();
        department.company = company;
        department.name = Bureau.requireText(name, "department name");
        return department;
    }

    /** A department inside this one, of the same company. */
    public Department child(String name) {
        Department department = of(company, name);
        department.parent = this;
        return department;
    }
}
