package org.anxue.search;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.math.BigDecimal;

/**
 * Texts of course search, zh-CN; {@link SearchMessagesEnglish} has the English ones. Templates:
 * {@code {search:fallbackNotice}}; errors: {@code search:rebuildRunning}.
 */
@MessageBundle(value = "search", locale = "zh-CN")
public interface SearchMessages {

    @Message("搜索：{q}")
    String resultsTitle(String q);

    @Message("找到 {total} 门与“{q}”相关的课程")
    String resultCount(long total, String q);

    @Message("全文搜索暂不可用，以下结果来自简单匹配（标题、简介、目录和机构名称中包含所有关键词），不含同义词和筛选计数。")
    String fallbackNotice();

    @Message("没有找到与“{q}”完全匹配的课程。")
    String noMatch(String q);

    @Message("最接近的课程：")
    String alternatives();

    @Message("在所有筛选条件之外，最接近的课程：")
    String alternativesWithoutFilters();

    @Message("按相关度")
    String sortRelevance();

    @Message("筛选结果")
    String facetsTitle();

    @Message("行业")
    String facetIndustry();

    @Message("岗位")
    String facetPostKind();

    @Message("培训类型")
    String facetTrainingType();

    @Message("培训机构")
    String facetInstitution();

    @Message("学时")
    String facetHours();

    @Message("{#if max}{min.toPlainString}–{max.toPlainString} 学时{#else}{min.toPlainString} 学时以上{/if}")
    String hoursRange(BigDecimal min, BigDecimal max);

    @Message("清除")
    String facetClear();

    @Message("搜索建议")
    String suggestionsLabel();

    @Message("“{value}”不是可用的排序方式")
    String unknownOrder(String value);

    // --- admin page ---------------------------------------------------------------------------------

    @Message("课程搜索索引")
    String adminTitle();

    @Message("课程索引由 PostgreSQL 中已上架的课程生成。重建会新建一个索引、批量载入全部课程，完成后一次性切换别名并删除旧索引；重建期间搜索照常使用旧索引，课程变更同时写入新旧两个索引。修改同义词表后需要重建。")
    String adminLead();

    @Message("当前索引")
    String currentIndex();

    @Message("（尚无索引）")
    String noIndex();

    @Message("索引中的课程")
    String indexedCourses();

    @Message("待同步的变更")
    String pendingChanges();

    @Message("同义词规则")
    String synonymRules();

    @Message("Elasticsearch 不可用：{problem}")
    String elasticsearchProblem(String problem);

    @Message("Elasticsearch 未启用，搜索使用 PostgreSQL。")
    String elasticsearchDisabled();

    @Message("开始重建")
    String startRebuild();

    @Message("重建记录")
    String rebuilds();

    @Message("{done} / {total} 门课程")
    String progressCount(int done, int total);

    @Message("{#when status}{#is 'RUNNING'}进行中{#is 'DONE'}已完成{#is 'FAILED'}失败{/when}")
    String rebuildStatus(String status);

    @Message("已有一个重建正在进行")
    String rebuildRunning();

    @Message("无法开始重建：{problem}")
    String rebuildFailed(String problem);

    @Message("索引")
    String columnIndex();

    @Message("状态")
    String columnStatus();

    @Message("进度")
    String columnProgress();

    @Message("发起人")
    String columnStartedBy();

    @Message("开始时间")
    String columnStartedAt();

    @Message("错误")
    String columnError();
}
