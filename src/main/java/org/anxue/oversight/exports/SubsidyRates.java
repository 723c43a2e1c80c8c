package org.anxue.oversight.exports;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.anxue.oversight.Officer;
import org.anxue.web.AppException;

/**
 * A bureau's subsidy rates (补贴标准), whole yuan per person and certificate. The defaults are the plan's
 * (seed §四(二)): principal/safety manager 450–500, new special-operation certificate 300–450, review 100;
 * Anxue picks the lower bound of each range (450, 300, 100), the amount the plan promises in any case. An
 * officer sets their own bureau's rates.
 */
@ApplicationScoped
public class SubsidyRates {

    public enum Category {
        PRINCIPAL_MANAGER(450), NEW_SPECIAL_OPERATION(300), REVIEW(100);

        final int defaultYuan;

        Category(int defaultYuan) {
            this.defaultYuan = defaultYuan;
        }
    }

    public static final int MAX_YUAN = 100_000;

    private final DataSource ds;

    SubsidyRates(DataSource ds) {
        this.ds = ds;
    }

    /** The bureau's rates, defaults where it set none. */
    public Map<Category, Integer> of(long bureauId) {
        Map<Category, Integer> rates = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            rates.put(c, c.defaultYuan);
        }
        try (Connection c = ds.getConnection();
             PreparedStatement s = c.prepareStatement("select category, amount_yuan from oversight_subsidy_rate where bureau_id = ?")) {
            s.setLong(1, bureauId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rates.put(Category.valueOf(r.getString(1)), r.getInt(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rates;
    }

    /**
     * Sets some of the officer's bureau's rates (category name → yuan as text or number). Everything is checked
     * before anything is written: an unknown category or an amount that is not a whole number of 0–100,000 is a
     * 400 and changes nothing.
     */
    public Map<Category, Integer> set(Officer officer, Map<String, ?> input) {
        if (input == null || input.isEmpty()) {
            throw new AppException(400, "ovx:badRate");
        }
        Map<Category, Integer> parsed = new EnumMap<>(Category.class);
        for (var e : input.entrySet()) {
            Category category;
            try {
                category = Category.valueOf(String.valueOf(e.getKey()).strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException bad) {
                throw new AppException(400, "ovx:badRate");
            }
            parsed.put(category, yuan(e.getValue()));
        }
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("""
                insert into oversight_subsidy_rate (bureau_id, category, amount_yuan, set_by) values (?, ?, ?, ?)
                on conflict (bureau_id, category) do update set amount_yuan = excluded.amount_yuan,
                    set_by = excluded.set_by, set_at = now()""")) {
            for (var e : parsed.entrySet()) {
                s.setLong(1, officer.bureauId());
                s.setString(2, e.getKey().name());
                s.setInt(3, e.getValue());
                s.setString(4, officer.name());
                s.addBatch();
            }
            s.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return of(officer.bureauId());
    }

    static int yuan(Object value) {
        if (value == null) {
            throw new AppException(400, "ovx:badRate");
        }
        String text = String.valueOf(value).strip().replace(",", "");
        try {
            int n = Integer.parseInt(text);
            if (n < 0 || n > MAX_YUAN) {
                throw new AppException(400, "ovx:badRate");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new AppException(400, "ovx:badRate");
        }
    }
}
