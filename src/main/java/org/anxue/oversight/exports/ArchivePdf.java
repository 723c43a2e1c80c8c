package org.anxue.oversight.exports;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.anxue.web.Pdfs;

/**
 * A person's 一人一档 as a PDF (A4, WenQuanYi Micro Hei, as the credit bank's statement PDF): employment,
 * courses and completions, study sessions summary, the credit bank's ledger entries (credited hours, exams,
 * certificates, recognitions, reversals) and issued statements. Read only from the tables the features
 * write; nothing here computes a rule of its own.
 */
@ApplicationScoped
public class ArchivePdf {


    private final DataSource ds;

    ArchivePdf(DataSource ds) {
        this.ds = ds;
    }

    /** The person's name and ID number, or null when there is no such person. */
    public String[] person(long personId) {
        List<List<String>> r = rows("select name, id_number from person where id = ?", personId);
        return r.isEmpty() ? null : new String[] {r.get(0).get(0), r.get(0).get(1)};
    }

    public byte[] render(long personId) {
        String[] who = person(personId);
        if (who == null) {
            throw new IllegalArgumentException("no person " + personId);
        }
        StringBuilder h = new StringBuilder();
        h.append("<html><head><style>@page { size: A4; margin: 16mm } body { font-family: 'cjk'; font-size: 10pt }")
                .append(" table { width: 100%; border-collapse: collapse; margin-bottom: 8pt } th, td { border: 0.5pt solid #999; padding: 2pt 4pt; text-align: left; white-space: nowrap } td.wide { white-space: normal; width: 100% }")
                .append(" h1 { font-size: 16pt } h2 { font-size: 12pt; margin-top: 10pt }</style></head><body>");
        h.append("<h1>一人一档 · ").append(Pdfs.escape(who[0])).append("</h1>");
        h.append("<p>身份证号 ").append(Pdfs.escape(who[1])).append("</p>");
        section(h, "任职经历", List.of("企业", "岗位类别", "岗位", "起始", "结束"), rows("""
                select c.name, e.post_kind, coalesce(p.name, ''), e.start_date::text, coalesce(e.end_date::text, '在职')
                from employment e join company c on c.id = e.company_id left join post p on p.id = e.post_id
                where e.person_id = ? order by e.start_date, e.id""", personId));
        section(h, "课程与结业", List.of("课程", "选课时间", "结业时间", "成绩", "学习时长（分钟）"), rows("""
                select coalesce(v.title, '课程 ' || en.course_id), to_char(en.enrolled_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD'),
                       coalesce(to_char(cc.completed_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD'), '未结业'),
                       coalesce(cc.score::text, ''), coalesce((cc.studied_seconds / 60)::text, '')
                from enrolment en join course co on co.id = en.course_id
                left join course_completion cc on cc.person_id = en.person_id and cc.course_id = en.course_id
                left join course_version v on v.id = coalesce(cc.course_version_id, co.published_version_id)
                where en.person_id = ? order by en.enrolled_at""", personId));
        section(h, "学习记录汇总", List.of("学习次数", "计入时长（分钟）", "首次", "最近"), rows("""
                select count(*)::text, coalesce((sum(credited_ms) / 60000)::text, '0'),
                       coalesce(to_char(min(opened_at) at time zone 'Asia/Shanghai', 'YYYY-MM-DD'), '—'),
                       coalesce(to_char(max(opened_at) at time zone 'Asia/Shanghai', 'YYYY-MM-DD'), '—')
                from playback_session where person_id = ?""", personId));
        section(h, "学分银行记录（学时、考试、证书）", List.of("序号", "类别", "日期", "内容", "计入学时"), rows("""
                select ce.sequence::text,
                       case ce.kind when 'ONLINE_COURSE_COMPLETED' then '线上课程' when 'OFFLINE_CLASS_ATTENDED' then '线下培训'
                            when 'EXAM_RESULT' then '考试' when 'CERTIFICATE' then '证书' when 'RECOGNITION' then '认定'
                            when 'WAIVER' then '免除' when 'REVERSAL' then '冲正' else ce.kind end,
                       ce.occurred_on::text,
                       concat_ws(' · ', ce.course_ref, ce.class_ref, ce.exam_ref,
                                 case when ce.exam_score is not null then '成绩 ' || ce.exam_score
                                      || case when ce.exam_passed then ' 合格' else ' 不合格' end end,
                                 ce.certificate_number, ce.operation_type,
                                 case when ce.valid_until is not null then '有效期至 ' || ce.valid_until end,
                                 (select '培训机构 ' || i.name from institution i where 'institution-' || i.id = ce.institution_ref),
                                 ce.reason, ce.source),
                       ce.credited_hours::text
                from credit_entry ce join person p on p.id_number = ce.id_number
                where p.id = ? order by ce.sequence""", personId));
        section(h, "学时证明", List.of("编号", "期间", "岗位类别", "出具时间", "状态"), rows("""
                select s.code, s.period_from || ' 至 ' || s.period_until, s.post_kind,
                       to_char(s.issued_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI'), s.status
                from credit_statement s join person p on p.id_number = s.id_number
                where p.id = ? order by s.issued_at""", personId));
        h.append("</body></html>");
        return Pdfs.render(h.toString());
    }

    /** A titled table; the cells of column {@code wide} wrap and take the room left, the others stay on one line. */
    private static void section(StringBuilder h, String title, List<String> heads, List<List<String>> rows) {
        int wide = heads.indexOf("内容") >= 0 ? heads.indexOf("内容") : 0;
        h.append("<h2>").append(Pdfs.escape(title)).append("</h2>");
        if (rows.isEmpty()) {
            h.append("<p>无记录</p>");
            return;
        }
        h.append("<table><tr>");
        for (String head : heads) {
            h.append("<th>").append(Pdfs.escape(head)).append("</th>");
        }
        h.append("</tr>");
        for (List<String> row : rows) {
            h.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                h.append(i == wide ? "<td class=\"wide\">" : "<td>").append(Pdfs.escape(row.get(i))).append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</table>");
    }

    private List<List<String>> rows(String sql, long id) {
        List<List<String>> out = new ArrayList<>();
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                int n = r.getMetaData().getColumnCount();
                while (r.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= n; i++) {
                        row.add(r.getString(i) == null ? "" : r.getString(i));
                    }
                    out.add(row);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the archive of person " + id, e);
        }
        return out;
    }

}
