package org.anxue.content;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.anxue.org.ApprovalStatus;
import org.anxue.org.Bureau;
import org.anxue.org.BureauLevel;
import org.anxue.org.Company;
import org.anxue.org.CompanyScale;
import org.anxue.org.CreditCode;
import org.anxue.org.Department;
import org.anxue.org.Employment;
import org.anxue.org.IdentityNumber;
import org.anxue.org.Industry;
import org.anxue.org.Institution;
import org.anxue.org.InvalidCreditCodeException;
import org.anxue.org.InvalidIdentityNumberException;
import org.anxue.org.Labelled;
import org.anxue.org.Person;
import org.anxue.org.Post;
import org.anxue.org.PostKind;
import org.anxue.org.RiskTier;
import org.anxue.org.SpecialOperation;
import org.anxue.security.Account;
import org.anxue.security.Role;

/**
 * Reads a pack's YAML files and checks every row, building the entities in memory. Nothing touches
 * the database here: a pack with any problem is refused as a whole, with every problem listed by
 * file and line.
 */
public final class ContentPackReader {

    static final String MANIFEST = "pack.yaml";
    static final String BUREAUS = "bureaus.yaml";
    static final String COMPANIES = "companies.yaml";
    static final String INSTITUTIONS = "institutions.yaml";
    static final String PEOPLE = "people.yaml";
    static final String ACCOUNTS = "accounts.yaml";
    /** A pack's files, in the order they are read. */
    static final List<String> FILES = List.of(MANIFEST, BUREAUS, COMPANIES, INSTITUTIONS, PEOPLE, ACCOUNTS);

    private final YAMLMapper yaml = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private final UnaryOperator<String> passwordHasher;

    private final List<ContentPackException.Problem> problems = new ArrayList<>();
    private final Map<String, Bureau> bureaus = new HashMap<>();
    private final Map<String, Company> companies = new HashMap<>();
    private final Map<Company, Map<String, Department>> departments = new HashMap<>();
    private final Map<Company, Map<String, Post>> posts = new HashMap<>();
    private final Map<String, Institution> institutions = new HashMap<>();
    private final Map<String, Person> people = new HashMap<>();

    /** {@code passwordHasher} turns a pack's clear-text password into the stored hash (and may refuse it). */
    public ContentPackReader(UnaryOperator<String> passwordHasher) {
        this.passwordHasher = passwordHasher;
    }

    /** One row and the line it starts on. */
    private record Located<T>(int line, T row) {
    }

    /** Where a problem is: a file and a line. */
    private record At(String file, int line) {
    }

    /** Reads and checks the pack; throws {@link ContentPackException} listing every problem. */
    public ContentPack read(PackSource source) {
        PackRows.Manifest manifest = manifest(source);
        ContentPack pack = new ContentPack(manifest == null ? source.describe() : manifest.name(), source.describe());
        readBureaus(source, pack);
        readCompanies(source, pack);
        readInstitutions(source, pack);
        readPeople(source, pack);
        readAccounts(source, pack);
        if (!problems.isEmpty()) {
            // in the order of the files, then of the lines, as an author reads them
            problems.sort(Comparator.comparingInt((ContentPackException.Problem p) -> FILES.indexOf(p.file()))
                    .thenComparingInt(ContentPackException.Problem::line));
            throw new ContentPackException(source.describe(), problems);
        }
        return pack;
    }

    private PackRows.Manifest manifest(PackSource source) {
        try {
            Optional<InputStream> in = source.open(MANIFEST);
            if (in.isEmpty()) {
                problems.add(new ContentPackException.Problem(MANIFEST, 0, "missing: a pack starts with pack.yaml (name, description)"));
                return null;
            }
            try (InputStream stream = in.get()) {
                PackRows.Manifest manifest = yaml.readValue(stream, PackRows.Manifest.class);
                if (manifest == null || blank(manifest.name())) {
                    problems.add(new ContentPackException.Problem(MANIFEST, 0, "name is required"));
                    return null;
                }
                return manifest;
            }
        } catch (JsonProcessingException e) {
            problems.add(new ContentPackException.Problem(MANIFEST, lineOf(e), describe(e)));
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + MANIFEST + " of " + source.describe(), e);
        }
    }

    private void readBureaus(PackSource source, ContentPack pack) {
        for (Located<PackRows.BureauRow> located : rows(source, BUREAUS, PackRows.BureauRow.class)) {
            At at = new At(BUREAUS, located.line());
            PackRows.BureauRow row = located.row();
            if (!required(at, "code", row.code()) | !required(at, "name", row.name())) {
                continue;
            }
            BureauLevel level = labelled(at, "level", BureauLevel.class, row.level());
            if (level == null) {
                continue;
            }
            if (bureaus.containsKey(row.code())) {
                problem(at, "bureau code " + row.code() + " is listed twice");
                continue;
            }
            Bureau bureau;
            try {
                if (blank(row.parent())) {
                    bureau = Bureau.root(row.code(), row.name(), level);
                } else {
                    Bureau parent = bureaus.get(row.parent());
                    if (parent == null) {
                        problem(at, "parent " + row.parent() + " is not a bureau listed above this one");
                        continue;
                    }
                    bureau = parent.child(row.code(), row.name(), level);
                }
            } catch (IllegalArgumentException e) {
                problem(at, e.getMessage());
                continue;
            }
            bureaus.put(row.code(), bureau);
            pack.bureaus.add(bureau);
        }
    }

    private void readCompanies(PackSource source, ContentPack pack) {
        for (Located<PackRows.CompanyRow> located : rows(source, COMPANIES, PackRows.CompanyRow.class)) {
            At at = new At(COMPANIES, located.line());
            PackRows.CompanyRow row = located.row();
            CreditCode creditCode = creditCode(at, row.creditCode(), true);
            Industry industry = labelled(at, "industry", Industry.class, row.industry());
            Bureau bureau = reference(at, "bureau", row.bureau(), bureaus);
            boolean named = required(at, "name", row.name());
            if (creditCode == null || industry == null || bureau == null || !named) {
                continue;
            }
            RiskTier tier = blank(row.riskTier()) ? RiskTier.defaultFor(industry) : labelled(at, "riskTier", RiskTier.class, row.riskTier());
            ApprovalStatus status = blank(row.status()) ? ApprovalStatus.APPROVED : labelled(at, "status", ApprovalStatus.class, row.status());
            CompanyScale scale = blank(row.scale()) ? null : labelled(at, "scale", CompanyScale.class, row.scale());
            Boolean production = flag(at, "productionProcessing", row.productionProcessing());
            if (tier == null || status == null || (scale == null && !blank(row.scale())) || production == null) {
                continue;
            }
            if (companies.containsKey(creditCode.value())) {
                problem(at, "credit code " + creditCode.value() + " is listed twice");
                continue;
            }
            Company company;
            try {
                company = Company.register(creditCode, row.name(), industry, tier, bureau, row.address());
            } catch (IllegalArgumentException e) {
                problem(at, e.getMessage());
                continue;
            }
            company.contactPhone = row.contactPhone();
            company.approvalStatus = status;
            company.describeSize(scale, production);
            companies.put(creditCode.value(), company);
            pack.companies.add(company);
            readDepartments(at, company, row.departments(), pack);
            readPosts(at, company, row.posts(), pack);
        }
    }

    private void readDepartments(At at, Company company, List<PackRows.DepartmentRow> rows, ContentPack pack) {
        Map<String, Department> byName = new HashMap<>();
        departments.put(company, byName);
        int index = 0;
        for (PackRows.DepartmentRow row : orEmpty(rows)) {
            index++;
            String where = "department " + index + ": ";
            if (row == null || blank(row.name())) {
                problem(at, where + "name is required");
                continue;
            }
            if (byName.containsKey(row.name())) {
                problem(at, where + "department " + row.name() + " is listed twice");
                continue;
            }
            Department department;
            if (blank(row.parent())) {
                department = Department.of(company, row.name());
            } else {
                Department parent = byName.get(row.parent());
                if (parent == null) {
                    problem(at, where + "parent " + row.parent() + " is not a department listed above this one");
                    continue;
                }
                department = parent.child(row.name());
            }
            byName.put(row.name(), department);
            pack.departments.add(department);
        }
    }

    private void readPosts(At at, Company company, List<PackRows.PostRow> rows, ContentPack pack) {
        Map<String, Post> byName = new HashMap<>();
        posts.put(company, byName);
        int index = 0;
        for (PackRows.PostRow row : orEmpty(rows)) {
            index++;
            String where = "post " + index + ": ";
            if (row == null || blank(row.name())) {
                problem(at, where + "name is required");
                continue;
            }
            PostKind kind = labelled(at, where + "kind", PostKind.class, row.kind());
            SpecialOperation operation = blank(row.operation()) ? null
                    : labelled(at, where + "operation", SpecialOperation.class, row.operation());
            if (kind == null || (!blank(row.operation()) && operation == null)) {
                continue;
            }
            if (byName.containsKey(row.name())) {
                problem(at, where + "post " + row.name() + " is listed twice");
                continue;
            }
            try {
                Post created = Post.of(company, row.name(), kind, operation);
                byName.put(row.name(), created);
                pack.posts.add(created);
            } catch (IllegalArgumentException e) {
                problem(at, where + e.getMessage());
            }
        }
    }

    private void readInstitutions(PackSource source, ContentPack pack) {
        Set<String> creditCodes = new HashSet<>(companies.keySet());
        for (Located<PackRows.InstitutionRow> located : rows(source, INSTITUTIONS, PackRows.InstitutionRow.class)) {
            At at = new At(INSTITUTIONS, located.line());
            PackRows.InstitutionRow row = located.row();
            boolean complete = required(at, "name", row.name()) & required(at, "licenceNumber", row.licenceNumber());
            CreditCode creditCode = blank(row.creditCode()) ? null : creditCode(at, row.creditCode(), false);
            Bureau bureau = reference(at, "bureau", row.bureau(), bureaus);
            ApprovalStatus status = blank(row.status()) ? ApprovalStatus.APPROVED : labelled(at, "status", ApprovalStatus.class, row.status());
            if (!complete || bureau == null || status == null || (!blank(row.creditCode()) && creditCode == null)) {
                continue;
            }
            if (institutions.containsKey(row.licenceNumber())) {
                problem(at, "licence number " + row.licenceNumber() + " is listed twice");
                continue;
            }
            if (creditCode != null && !creditCodes.add(creditCode.value())) {
                problem(at, "credit code " + creditCode.value() + " is already used above");
                continue;
            }
            Institution institution = Institution.apply(row.name(), row.licenceNumber(), creditCode, bureau);
            institution.status = status;
            institution.address = row.address();
            institution.contactPhone = row.contactPhone();
            institutions.put(row.licenceNumber(), institution);
            pack.institutions.add(institution);
        }
    }

    private void readPeople(PackSource source, ContentPack pack) {
        for (Located<PackRows.PersonRow> located : rows(source, PEOPLE, PackRows.PersonRow.class)) {
            At at = new At(PEOPLE, located.line());
            PackRows.PersonRow row = located.row();
            IdentityNumber idNumber = identityNumber(at, row.idNumber());
            boolean named = required(at, "name", row.name());
            if (idNumber == null || !named) {
                continue;
            }
            if (people.containsKey(idNumber.value())) {
                problem(at, "ID number " + idNumber.masked() + " is listed twice");
                continue;
            }
            Person person = Person.of(idNumber, row.name(), row.phone());
            people.put(idNumber.value(), person);
            pack.people.add(person);
            readEmployments(at, person, row.employments(), pack);
        }
    }

    private void readEmployments(At at, Person person, List<PackRows.EmploymentRow> rows, ContentPack pack) {
        Set<Company> openAt = new HashSet<>();
        int index = 0;
        for (PackRows.EmploymentRow row : orEmpty(rows)) {
            index++;
            String where = "employment " + index + ": ";
            if (row == null) {
                problem(at, where + "is empty");
                continue;
            }
            Company company = reference(at, where + "company", row.company(), companies);
            if (company == null) {
                continue;
            }
            Post post = reference(at, where + "post", row.post(), posts.get(company));
            Department department = blank(row.department()) ? null
                    : reference(at, where + "department", row.department(), departments.get(company));
            LocalDate start = date(at, where + "start", row.start(), true);
            LocalDate end = date(at, where + "end", row.end(), false);
            if (post == null || start == null || (!blank(row.department()) && department == null)
                    || (!blank(row.end()) && end == null)) {
                continue;
            }
            try {
                Employment employment = Employment.start(person, post, department, start);
                if (end != null) {
                    employment.end(end, row.endReason());
                } else if (!openAt.add(company)) {
                    problem(at, where + "the person already has an open employment with " + company.name);
                    continue;
                }
                pack.employments.add(employment);
            } catch (IllegalArgumentException | IllegalStateException e) {
                problem(at, where + e.getMessage());
            }
        }
    }

    private void readAccounts(PackSource source, ContentPack pack) {
        Set<String> usernames = new HashSet<>();
        Set<Person> workers = new HashSet<>();
        List<Map.Entry<Account, String>> passwords = new ArrayList<>();
        for (Located<PackRows.AccountRow> located : rows(source, ACCOUNTS, PackRows.AccountRow.class)) {
            At at = new At(ACCOUNTS, located.line());
            PackRows.AccountRow row = located.row();
            if (!required(at, "username", row.username()) | !required(at, "role", row.role())) {
                continue;
            }
            Role role = Arrays.stream(Role.values()).filter(r -> r.name().equalsIgnoreCase(row.role().strip()))
                    .findFirst().orElse(null);
            if (role == null) {
                problem(at, "role '" + row.role() + "' is not one of " + Arrays.toString(Role.values()));
                continue;
            }
            if (!tenantFieldsFit(at, role, row)) {
                continue;
            }
            if (!usernames.add(row.username().toLowerCase(Locale.ROOT))) {
                problem(at, "username " + row.username() + " is listed twice");
                continue;
            }
            if (blank(row.password()) && role != Role.WORKER) {
                problem(at, "password is required (only a worker's account may wait for activation)");
                continue;
            }
            Account account;
            try {
                account = switch (role) {
                    case WORKER -> {
                        Person person = person(at, row.person());
                        if (person != null && !workers.add(person)) {
                            problem(at, "person " + person.idNumber + " already has a worker account above");
                            yield null;
                        }
                        yield person == null ? null : Account.worker(row.username(), person);
                    }
                    case COMPANY_ADMIN -> Optional.ofNullable(creditCode(at, row.company(), true))
                            .map(code -> reference(at, "company", code.value(), companies))
                            .map(company -> Account.companyAdmin(row.username(), row.displayName(), company)).orElse(null);
                    case INSTITUTION_ADMIN -> Optional.ofNullable(reference(at, "institution", row.institution(), institutions))
                            .map(institution -> Account.institutionAdmin(row.username(), row.displayName(), institution)).orElse(null);
                    case BUREAU_OFFICER -> Optional.ofNullable(reference(at, "bureau", row.bureau(), bureaus))
                            .map(bureau -> Account.bureauOfficer(row.username(), row.displayName(), bureau)).orElse(null);
                    case PLATFORM_ADMIN -> Account.platformAdmin(row.username(), row.displayName());
                };
            } catch (IllegalArgumentException e) {
                problem(at, e.getMessage());
                continue;
            }
            if (account == null) {
                continue;
            }
            if (!blank(row.password())) {
                if (row.password().length() < 8) {
                    problem(at, "password must have at least 8 characters");
                    continue;
                }
                passwords.add(Map.entry(account, row.password()));
            }
            pack.accounts.add(account);
        }
        if (problems.isEmpty()) {
            // bcrypt is slow by design: hash only once the pack is known to be good, each distinct password
            // once (the pack holds them in clear, so a shared hash tells nothing more), on every core.
            Map<String, String> hashes = passwords.stream().map(Map.Entry::getValue).distinct().parallel()
                    .collect(Collectors.toConcurrentMap(p -> p, passwordHasher));
            passwords.forEach(e -> e.getKey().setPasswordHash(hashes.get(e.getValue())));
        }
    }

    /** An account names exactly the tenant its role needs, and no other. */
    private boolean tenantFieldsFit(At at, Role role, PackRows.AccountRow row) {
        Map<String, String> given = new HashMap<>();
        given.put("bureau", row.bureau());
        given.put("company", row.company());
        given.put("institution", row.institution());
        given.put("person", row.person());
        String needed = switch (role) {
            case WORKER -> "person";
            case COMPANY_ADMIN -> "company";
            case INSTITUTION_ADMIN -> "institution";
            case BUREAU_OFFICER -> "bureau";
            case PLATFORM_ADMIN -> null;
        };
        boolean fits = true;
        for (Map.Entry<String, String> field : given.entrySet()) {
            boolean present = !blank(field.getValue());
            if (field.getKey().equals(needed) && !present) {
                problem(at, "a " + role + " account needs " + needed);
                fits = false;
            } else if (!field.getKey().equals(needed) && present) {
                problem(at, "a " + role + " account has no " + field.getKey());
                fits = false;
            }
        }
        return fits;
    }

    private Person person(At at, String idNumber) {
        IdentityNumber parsed = identityNumber(at, idNumber);
        return parsed == null ? null : reference(at, "person", parsed.value(), people);
    }

    // --- reading files ---------------------------------------------------------------------------

    private <T> List<Located<T>> rows(PackSource source, String file, Class<T> type) {
        List<Located<T>> rows = new ArrayList<>();
        Optional<InputStream> opened;
        try {
            opened = source.open(file);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file + " of " + source.describe(), e);
        }
        if (opened.isEmpty()) {
            return rows;
        }
        try (InputStream in = opened.get(); JsonParser parser = yaml.createParser(in)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return rows;
            }
            if (token != JsonToken.START_ARRAY) {
                problems.add(new ContentPackException.Problem(file, parser.currentTokenLocation().getLineNr(),
                        "expected a list of rows, each starting with '- '"));
                return rows;
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                int line = parser.currentTokenLocation().getLineNr();
                JsonNode node = yaml.readTree(parser);
                try {
                    rows.add(new Located<>(line, yaml.treeToValue(node, type)));
                } catch (JsonProcessingException e) {
                    problems.add(new ContentPackException.Problem(file, line, describe(e)));
                }
            }
            if (parser.currentToken() != JsonToken.END_ARRAY) {
                problems.add(new ContentPackException.Problem(file, parser.currentTokenLocation().getLineNr(),
                        "each row must be a map of fields (name: value)"));
            }
        } catch (JsonProcessingException e) {
            problems.add(new ContentPackException.Problem(file, lineOf(e), "not valid YAML: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file + " of " + source.describe(), e);
        }
        return rows;
    }

    private static String describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + unknown.getPropertyName() + "' (known: "
                    + unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")) + ")";
        }
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String path = mismatch.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + (ref.getIndex() + 1) + "]")
                    .collect(Collectors.joining("."));
            return "field '" + path + "' has the wrong shape (a text, a list or a map was expected)";
        }
        return e.getOriginalMessage();
    }

    private static int lineOf(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    }

    // --- checking values -------------------------------------------------------------------------

    private void problem(At at, String message) {
        problems.add(new ContentPackException.Problem(at.file(), at.line(), message));
    }

    private boolean required(At at, String field, String value) {
        if (blank(value)) {
            problem(at, field + " is required");
            return false;
        }
        return true;
    }

    private <E extends Enum<E> & Labelled> E labelled(At at, String field, Class<E> type, String value) {
        if (!required(at, field, value)) {
            return null;
        }
        Optional<E> found = Labelled.find(type, value);
        if (found.isEmpty()) {
            problem(at, field + " '" + value + "' is not one of: " + Arrays.stream(type.getEnumConstants())
                    .map(e -> e.label() + " (" + e.name() + ")").collect(Collectors.joining(", ")));
        }
        return found.orElse(null);
    }

    /** A yes/no field: blank = false; true/false/是/否; null (a problem reported) for anything else. */
    private Boolean flag(At at, String field, String value) {
        if (blank(value)) {
            return false;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "是" -> true;
            case "false", "no", "否" -> false;
            default -> {
                problem(at, field + " '" + value + "' is not one of: true (是), false (否)");
                yield null;
            }
        };
    }

    private <T> T reference(At at, String field, String key, Map<String, T> known) {
        if (!required(at, field, key)) {
            return null;
        }
        T found = known == null ? null : known.get(key.strip());
        if (found == null) {
            problem(at, field + " " + key + " is not in this pack");
        }
        return found;
    }

    private CreditCode creditCode(At at, String value, boolean required) {
        if (!required && blank(value)) {
            return null;
        }
        if (!required(at, "creditCode", value)) {
            return null;
        }
        try {
            return CreditCode.parse(value);
        } catch (InvalidCreditCodeException e) {
            problem(at, e.getMessage());
            return null;
        }
    }

    private IdentityNumber identityNumber(At at, String value) {
        if (!required(at, "idNumber", value)) {
            return null;
        }
        try {
            return IdentityNumber.parse(value);
        } catch (InvalidIdentityNumberException e) {
            problem(at, e.getMessage());
            return null;
        }
    }

    private LocalDate date(At at, String field, String value, boolean required) {
        if (blank(value)) {
            if (required) {
                problem(at, field + " is required");
            }
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problem(at, field + " '" + value + "' is not a date like 2020-03-01");
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
