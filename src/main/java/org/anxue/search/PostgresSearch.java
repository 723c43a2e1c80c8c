package org.anxue.search;

import javax.sql.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.anxue.catalog.CourseView;
import org.anxue.catalog.Supermarket;
import org.anxue.creditbank.model.PostKind;
import org.anxue.creditbank.model.TrainingType;
import org.anxue.org.Industry;

/**
 * Search straight from PostgreSQL, for when Elasticsearch is down or absent: every word of the
 * query (split on spaces) must occur, case-insensitively, in the title, the summary, the
 * institution's name or a chapter or lesson title (ILIKE). No word segmentation, synonyms or
 * facet counts; a title match ranks first. Also the benchmark's comparison.
 */
@ApplicationScoped
public class PostgresSearch {

    static final int MAX_WORDS = 8;

    private final DataSource dataSource;
    private final CourseDocuments documents;

    PostgresSearch(DataSource dataSource, CourseDocuments documents) {
        this.dataSource = dataSource;
        this.documents = documents;
    }

    public SearchResult search(Supermarket.Filter filter, CourseSearch.Order order) {
        StringBuilder where = new StringBuilder(" where c.published_version_id is not null");
        List<Object> params = new ArrayList<>();
        if (filter.industry() != null) {
            where.append(" and exists (select 1 from course_version_industry x where x.version_id = v.id and x.industry = ?)");
            params.add(filter.industry().name());
        }
        if (filter.postKind() != null) {
            where.append(" and exists (select 1 from course_version_post_kind x where x.version_id = v.id and x.post_kind = ?)");
            params.add(filter.postKind().name());
        }
        if (filter.trainingType() != null) {
            where.append(" and v.training_type = ?");
            params.add(filter.trainingType().name());
        }
        if (filter.institution() != null) {
            where.append(" and c.institution_id = ?");
            params.add(filter.institution());
        }
        if (filter.minHours() != null) {
            where.append(" and v.declared_hours >= ?");
            params.add(filter.minHours());
        }
        if (filter.maxHours() != null) {
            where.append(" and v.declared_hours <= ?");
            params.add(filter.maxHours());
        }
        List<String> words = words(filter.q());
        for (String word : words) {
            where.append(" ").append("""
                     and (v.title ilike ? or v.summary ilike ? or i.name ilike ?
                          or exists (select 1 from course_chapter ch where ch.version_id = v.id and ch.title ilike ?)
                          or exists (select 1 from course_lesson l where l.version_id = v.id and l.title ilike ?))""");
            String like = "%" + likeEscape(word) + "%";
            for (int k = 0; k < 5; k++) {
                params.add(like);
            }
        }
        String from = " " + """
                 from course c join course_version v on v.id = c.published_version_id
                 join institution i on i.id = c.institution_id""";
        StringBuilder orderBy = new StringBuilder(" order by ");
        List<Object> orderParams = new ArrayList<>();
        if (order == CourseSearch.Order.RELEVANCE && !words.isEmpty()) {
            orderBy.append("(v.title ilike ?) desc, ");
            orderParams.add("%" + likeEscape(words.get(0)) + "%");
        }
        if (order == CourseSearch.Order.ENROLLED) {
            orderBy.append("c.enrolment_count desc, ");
        }
        orderBy.append("v.published_at desc, c.id desc limit ? offset ?");
        try (Connection connection = dataSource.getConnection()) {
            connection.setReadOnly(true);
            long total;
            try (PreparedStatement count = connection.prepareStatement("select count(*)" + from + " " + where)) {
                bind(count, params);
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("select c.id" + from + " " + where + orderBy)) {
                List<Object> all = new ArrayList<>(params);
                all.addAll(orderParams);
                all.add(filter.size());
                all.add((long) (filter.page() - 1) * filter.size());
                bind(select, all);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            Map<Long, CourseDocument> docs = documents.load(connection, ids);
            List<SearchResult.Hit> hits = new ArrayList<>();
            for (Long id : ids) {
                CourseDocument d = docs.get(id);
                if (d != null) {
                    hits.add(new SearchResult.Hit(card(d), mark(d.title(), words, 200), mark(d.summary(), words, 80)));
                }
            }
            return new SearchResult(filter.q(), SearchResult.Engine.POSTGRES, hits, total, filter.page(), filter.size(),
                    SearchResult.Facets.none(), List.of(), false);
        } catch (SQLException e) {
            throw new IllegalStateException("course search in PostgreSQL failed", e);
        }
    }

    /** Titles that start with, then contain, the typed text. */
    public List<CourseSearch.Suggestion> suggest(String prefix, int limit) {
        List<CourseSearch.Suggestion> list = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     select c.id, v.title from course c join course_version v on v.id = c.published_version_id
                     where v.title ilike ? order by (v.title ilike ?) desc, c.enrolment_count desc, c.id desc limit ?""")) {
            String escaped = likeEscape(prefix.strip());
            select.setString(1, "%" + escaped + "%");
            select.setString(2, escaped + "%");
            select.setInt(3, limit);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    list.add(new CourseSearch.Suggestion(rs.getLong(1), rs.getString(2)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("course suggestions in PostgreSQL failed", e);
        }
        return list;
    }

    static CourseView.Card card(CourseDocument d) {
        return new CourseView.Card(d.courseId(), d.title(), d.summary(), d.coverUrl(), d.institutionId(),
                d.institutionName(), TrainingType.valueOf(d.trainingType()), d.declaredHours(),
                d.industries().stream().map(Industry::valueOf).toList(),
                d.postKinds().stream().map(PostKind::valueOf).toList(), d.enrolmentCount(), d.publishedAt());
    }

    static List<String> words(String q) {
        if (q == null) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        for (String w : q.strip().split("[\\s\\u3000]+")) {
            if (!w.isEmpty() && words.size() < MAX_WORDS) {
                words.add(w);
            }
        }
        return words;
    }

    /** The text with each occurrence of a word marked (case-insensitive), as safe HTML. */
    static String mark(String text, List<String> words, int max) {
        String shown = text.length() > max ? text.substring(0, max) + "…" : text;
        String lower = shown.toLowerCase(Locale.ROOT);
        boolean[] marked = new boolean[shown.length()];
        for (String word : words) {
            String w = word.toLowerCase(Locale.ROOT);
            for (int at = lower.indexOf(w); at >= 0 && !w.isEmpty(); at = lower.indexOf(w, at + 1)) {
                for (int k = at; k < at + w.length() && k < marked.length; k++) {
                    marked[k] = true;
                }
            }
        }
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < shown.length(); k++) {
            if (marked[k] && (k == 0 || !marked[k - 1])) {
                out.append(Highlights.START);
            }
            out.append(shown.charAt(k));
            if (marked[k] && (k == shown.length() - 1 || !marked[k + 1])) {
                out.append(Highlights.END);
            }
        }
        return Highlights.html(out.toString());
    }

    static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static void bind(PreparedStatement statement, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            statement.setObject(i + 1, params.get(i));
        }
    }
}
