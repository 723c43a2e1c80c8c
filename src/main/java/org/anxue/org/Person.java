package org.anxue.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Optional;

/** A person, keyed by the 居民身份证号; their credit account and archive follow them across employers. */
@Entity
@Table(name = "person")
public class Person extends Tracked {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
    @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
    public Long id;

    @Column(name = "id_number", nullable = false, unique = true, length = 18)
    public String idNumber;

    @Column(nullable = false, length = 50)
    public String name;

    /** Read from the identity number. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public Gender gender;

    /** Read from the identity number. */
    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;

    @Column(length = 20)
    public String phone;

    protected Person() {
    }

    public static Person of(IdentityNumber idNumber, String name, String phone) {
        Person person = new Person();
        person.idNumber = idNumber.value();
        person.gender = idNumber.gender();
        person.birthDate = idNumber.birthDate();
        person.name = Bureau.requireText(name, "name");
        person.phone = phone == null || phone.isBlank() ? null : phone.strip();
        return person;
    }

    public IdentityNumber identityNumber() {
        return new IdentityNumber(idNumber);
    }

    public static Optional<Person> findByIdNumber(IdentityNumber idNumber) {
        return find("idNumber", idNumber.value()).firstResultOptional();
    }
}
