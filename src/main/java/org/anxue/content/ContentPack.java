package org.anxue.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anxue.org.Bureau;
import org.anxue.org.Company;
import org.anxue.org.Department;
import org.anxue.org.Employment;
import org.anxue.org.Institution;
import org.anxue.org.Person;
import org.anxue.org.Post;
import org.anxue.security.Account;

/**
 * A pack read and checked in full, as new (not yet persisted) entities in the order they must be
 * stored: parents before children, referenced rows before the rows that point at them.
 */
public final class ContentPack {

    final String name;
    final String source;
    final List<Bureau> bureaus = new ArrayList<>();
    final List<Company> companies = new ArrayList<>();
    final List<Department> departments = new ArrayList<>();
    final List<Post> posts = new ArrayList<>();
    final List<Institution> institutions = new ArrayList<>();
    final List<Person> people = new ArrayList<>();
    final List<Employment> employments = new ArrayList<>();
    final List<Account> accounts = new ArrayList<>();
    /** How long reading and checking took (password hashing included). */
    long readMillis;

    ContentPack(String name, String source) {
        this.name = name;
        this.source = source;
    }

    public String name() {
        return name;
    }

    /** How many rows of each kind the pack holds. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("bureaus", bureaus.size());
        counts.put("companies", companies.size());
        counts.put("departments", departments.size());
        counts.put("posts", posts.size());
        counts.put("institutions", institutions.size());
        counts.put("people", people.size());
        counts.put("employments", employments.size());
        counts.put("accounts", accounts.size());
        return counts;
    }

    /** Every entity, in storing order. */
    List<Object> entities() {
        List<Object> all = new ArrayList<>();
        all.addAll(bureaus);
        all.addAll(companies);
        all.addAll(departments);
        all.addAll(posts);
        all.addAll(institutions);
        all.addAll(people);
        all.addAll(employments);
        all.addAll(accounts);
        return all;
    }
}
