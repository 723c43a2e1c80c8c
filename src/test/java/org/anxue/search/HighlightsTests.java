package org.anxue.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Highlight marks to safe HTML, the fallback's word splitting and marking, the synonym file format. */
class HighlightsTests {

    @Test
    void shouldEscapeTheTextAndTurnOnlyTheMarksIntoTags() {
        assertThat(Highlights.html("<b>\u0001危化品\u0002</b> & \"x\" 'y'"))
                .isEqualTo("&lt;b&gt;<mark>危化品</mark>&lt;/b&gt; &amp; &quot;x&quot; &#39;y&#39;");
        assertThat(Highlights.html("\u0001有限\u0002\u0001空间\u0002作业")).isEqualTo("<mark>有限空间</mark>作业");
        assertThat(Highlights.html("未闭合\u0001标记")).isEqualTo("未闭合<mark>标记</mark>");
        assertThat(Highlights.html("<mark>伪造</mark>")).isEqualTo("&lt;mark&gt;伪造&lt;/mark&gt;");
    }

    @Test
    void shouldShortenPlainText() {
        assertThat(Highlights.text("一二三四五", 3)).isEqualTo("一二三…");
        assertThat(Highlights.text("<i>", 10)).isEqualTo("&lt;i&gt;");
    }

    @Test
    void shouldCleanTheMarksOutOfIndexedText() {
        assertThat(CourseDocument.clean("a\u0001b\u0002c")).isEqualTo("a b c");
        assertThat(CourseDocument.clean(null)).isEmpty();
    }

    @Test
    void shouldSplitTheFallbackQueryIntoWordsAndMarkThem() {
        assertThat(PostgresSearch.words("  PLC\u3000安全  规程 ")).containsExactly("PLC", "安全", "规程");
        assertThat(PostgresSearch.words(null)).isEmpty();
        assertThat(PostgresSearch.words("1 2 3 4 5 6 7 8 9 10")).hasSize(PostgresSearch.MAX_WORDS);
        assertThat(PostgresSearch.mark("plc 控制柜 <安全>", List.of("PLC", "安全"), 100))
                .isEqualTo("<mark>plc</mark> 控制柜 &lt;<mark>安全</mark>&gt;");
        assertThat(PostgresSearch.likeEscape("100%_\\")).isEqualTo("100\\%\\_\\\\");
    }

    @Test
    void shouldReadSynonymRulesWithoutCommentsAndBlankLines() {
        assertThat(CourseIndex.parseSynonyms("# comment\n\n危化品, 危险化学品\r\n  动火 => 动火作业  \n"))
                .containsExactly("危化品, 危险化学品", "动火 => 动火作业");
    }
}
