package org.anxue.creditbank;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Base64;
import org.anxue.creditbank.model.IndustryTier;
import org.anxue.creditbank.model.PostKind;
import org.anxue.creditbank.model.TrainingType;
import org.anxue.web.Pdfs;
import org.anxue.web.QrCodes;

/**
 * Renders a statement (学时证明) as an A4 PDF (openhtmltopdf) in Chinese with the bundled WenQuanYi Micro
 * Hei font, with a QR code of its public verification address and the code in words.
 */
@ApplicationScoped
public class StatementPdf {


    private final CreditBankConfig config;

    StatementPdf(CreditBankConfig config) {
        this.config = config;
    }

    /** The public address of a code's check: {@code anxue.creditbank.public-url} or the request's base. */
    public String verifyUrl(URI requestBase, String code) {
        String base = "none".equals(config.publicUrl()) ? requestBase.toString() : config.publicUrl();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/verify/" + code;
    }

    public byte[] render(StatementView s, String verifyUrl) {
        String qr = Base64.getEncoder().encodeToString(QrCodes.png(verifyUrl, 240));
        StringBuilder html = new StringBuilder(8192);
        html.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><head>")
                .append("<meta charset=\"UTF-8\"/><title>学时证明</title><style>")
                .append("@page { size: A4; margin: 18mm 16mm; }")
                .append("body { font-family: 'cjk'; font-size: 10.5pt; color: #111; }")
                .append("h1 { font-size: 20pt; text-align: center; margin: 0 0 4mm 0; letter-spacing: 4pt; }")
                .append("table { width: 100%; border-collapse: collapse; margin-top: 3mm; }")
                .append("td, th { border: 0.5pt solid #777; padding: 1.5mm 2mm; text-align: left; vertical-align: top; }")
                .append("th { background: #eee; font-weight: normal; }")
                .append(".status { font-size: 14pt; }")
                .append(".qr { float: right; width: 34mm; height: 34mm; }")
                .append(".small { font-size: 8pt; color: #444; word-wrap: break-word; }")
                .append("</style></head><body>");
        html.append("<img class=\"qr\" src=\"data:image/png;base64,").append(qr).append("\"/>");
        html.append("<h1>学时证明</h1>");
        html.append("<p>验证码 Verification code：<b>").append(Pdfs.escape(s.codeDisplay())).append("</b><br/>")
                .append("验证地址：").append(Pdfs.escape(verifyUrl)).append("</p>");
        html.append("<table>");
        row(html, "姓名", s.personName());
        row(html, "身份证号", s.idNumber());
        row(html, "岗位类别", PostKind.valueOf(s.post()).label());
        row(html, "行业类别", IndustryTier.valueOf(s.tier()).label());
        row(html, "培训类型", TrainingType.valueOf(s.trainingType()).label()
                + (s.subject() == null || s.subject().isEmpty() ? "" : "（" + s.subject() + "）"));
        row(html, "统计周期", s.periodFrom() + " 至 " + s.periodUntil());
        row(html, "适用政策版本", s.policyVersion());
        html.append("</table><table>");
        html.append("<tr><th>应修学时</th><th>减免</th><th>线上记录</th><th>线上计入（上限 ")
                .append(Pdfs.escape(s.onlineCap())).append("）</th><th>线下</th><th>认定</th><th>合计</th><th>尚缺</th></tr>");
        html.append("<tr>");
        for (String v : new String[] {s.required(), s.waived(), s.onlineRecorded(), s.onlineCredited(), s.offline(),
                s.recognitions(), s.total(), s.missing()}) {
            html.append("<td>").append(Pdfs.escape(v)).append("</td>");
        }
        html.append("</tr></table>");
        if (s.examRequired()) {
            html.append("<p>考试：").append(s.examPassed() ? "已通过" : "未通过").append("</p>");
        }
        html.append("<p class=\"status\">结论：<b>").append("MET".equals(s.status()) ? "达标" : "未达标").append("</b></p>");
        html.append("<table><tr><th>序号</th><th>日期</th><th>类别</th><th>内容</th><th>记录学时</th><th>计入学时</th></tr>");
        for (StatementView.EntryView e : s.entries()) {
            html.append("<tr><td>").append(e.sequence()).append("</td><td>").append(e.occurredOn()).append("</td><td>")
                    .append(Pdfs.escape(kindLabel(e.kind()))).append("</td><td>").append(Pdfs.escape(e.description())).append("</td><td>")
                    .append(e.rawHours()).append("</td><td>").append(e.creditedHours()).append("</td></tr>");
        }
        html.append("</table>");
        if (s.entriesHidden() > 0) {
            html.append("<p>另有 ").append(s.entriesHidden()).append(" 条在其他单位期间的记录，仅计入合计。</p>");
        }
        html.append("<p class=\"small\">出具时间 ").append(s.issuedAt()).append("；摘要 SHA-256 ").append(Pdfs.escape(s.digest()))
                .append("；账户链头 #").append(s.accountHeadSequence()).append(" ").append(Pdfs.escape(s.accountHeadHash()))
                .append("。扫描二维码或访问验证地址，核验本证明的真伪与是否为最新版本。</p>");
        html.append("</body></html>");
        return Pdfs.render(html.toString());
    }

    static String kindLabel(String kind) {
        return switch (kind) {
            case "ONLINE_COURSE_COMPLETED" -> "线上课程";
            case "OFFLINE_CLASS_ATTENDED" -> "线下培训";
            case "EXAM_RESULT" -> "考试";
            case "CERTIFICATE" -> "证书";
            case "RECOGNITION" -> "认定";
            case "WAIVER" -> "减免";
            default -> "冲正";
        };
    }

    private static void row(StringBuilder html, String label, String value) {
        html.append("<tr><th style=\"width: 30%\">").append(Pdfs.escape(label)).append("</th><td>").append(Pdfs.escape(value)).append("</td></tr>");
    }

}
