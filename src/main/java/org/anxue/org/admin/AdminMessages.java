package org.anxue.org.admin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.anxue.org.ApprovalStatus;
import org.anxue.org.BureauLevel;
import org.anxue.org.Industry;
import org.anxue.org.RiskTier;
import org.anxue.security.AccountStatus;

/**
 * Texts of the jurisdiction tree and approval pages and their errors, zh-CN; English in
 * {@link AdminMessagesEnglish}. Templates: {@code {adm:treeTitle}}; errors: {@code "adm:codeTaken"}.
 */
@MessageBundle(value = "adm", locale = "zh-CN")
public interface AdminMessages {

    @Message("辖区管理")
    String treeTitle();

    @Message("您管理的辖区：本级及下级应急管理局。点击名称查看详情、添加下级、改名、调整隶属关系和管理账号。")
    String treeHelp();

    @Message("还没有任何应急管理局。")
    String treeEmpty();

    @Message("新增顶级应急管理局（省级或市级）")
    String newTopBureau();

    @Message("代码（行政区划代码）")
    String code();

    @Message("名称")
    String name();

    @Message("级别")
    String levelLabel();

    @Message("{#when level}{#is PROVINCE}省级{#is CITY}市级{#is DISTRICT}区{#is COUNTY}县{#is COUNTY_CITY}县级市{#is ZONE}集聚区/新区{/when}")
    String level(BureauLevel level);

    @Message("创建")
    String create();

    @Message("{#when what}{#is 'created'}已创建。{#is 'renamed'}名称已修改。{#is 'moved'}隶属关系已调整。{#else}已完成。{/when}")
    String done(String what);

    @Message("上级")
    String parent();

    @Message("下级应急管理局")
    String children();

    @Message("没有下级应急管理局。")
    String noChildren();

    @Message("新增下级应急管理局")
    String newChild();

    @Message("修改名称")
    String rename();

    @Message("保存")
    String save();

    @Message("调整隶属关系")
    String move();

    @Message("把本局连同其全部下级移到另一个上级之下。不能移到本局自己的下级之下。")
    String moveHelp();

    @Message("新的上级")
    String newParent();

    @Message("工作人员账号")
    String officers();

    @Message("还没有工作人员账号。")
    String noOfficers();

    @Message("用户名")
    String username();

    @Message("姓名")
    String displayName();

    @Message("状态")
    String status();

    @Message("{#when status}{#is PENDING_ACTIVATION}待激活{#is ACTIVE}已激活{#is DISABLED}已停用{/when}")
    String accountStatus(AccountStatus status);

    @Message("重新生成激活码")
    String newCode();

    @Message("新增工作人员账号")
    String newOfficer();

    @Message("账号创建后会生成一次性激活码（只显示一次）。请把用户名和激活码交给本人，由本人在激活页面设置自己的密码。")
    String newOfficerHelp();

    @Message("账号激活码")
    String officerCodeTitle();

    @Message("请把以下信息交给{bureau}的{name}。本人在激活页面输入用户名和激活码，并设置自己的密码。")
    String officerCodeLead(String name, String bureau);

    @Message("激活码")
    String activationCode();

    @Message("有效期至")
    String expires();

    @Message("激活页面")
    String activationUrl();

    @Message("激活码只显示这一次，系统只保存它的摘要。离开本页后无法再查看；如有遗失，请重新生成（旧激活码随即失效）。")
    String shownOnce();

    @Message("返回应急管理局")
    String backToBureau();

    @Message("打印")
    String print();

    @Message("审核")
    String approvalsTitle();

    @Message("待审核的培训机构")
    String pendingInstitutions();

    @Message("待审核的企业")
    String pendingCompanies();

    @Message("没有待审核的申请。")
    String nothingPending();

    @Message("许可证编号")
    String licenceNumber();

    @Message("所属应急管理局")
    String bureau();

    @Message("提交时间")
    String submitted();

    @Message("统一社会信用代码")
    String creditCode();

    @Message("行业")
    String industryLabel();

    @Message("{#when industry}{#is CHEMICAL}化工危险化学品{#is NON_COAL_MINE}非煤矿山{#is METAL_SMELTING}金属冶炼{#is FIREWORKS}烟花爆竹{#is COAL_MINE}煤矿{#is INDUSTRY_TRADE}工贸{#is OTHER}其他{/when}")
    String industry(Industry industry);

    @Message("风险等级")
    String riskTierLabel();

    @Message("{#when tier}{#is HIGH_RISK}高危行业{#is MAJOR}危险性较大{#is GENERAL}一般{/when}")
    String riskTier(RiskTier tier);

    @Message("地址")
    String address();

    @Message("联系电话")
    String phone();

    @Message("查看一企一档")
    String companyArchive();

    @Message("审核记录")
    String history();

    @Message("还没有审核记录。")
    String noDecisions();

    @Message("时间")
    String decidedAt();

    @Message("结论")
    String decision();

    @Message("理由")
    String reason();

    @Message("审核人")
    String decidedBy();

    @Message("{#when status}{#is PENDING}待审核{#is APPROVED}已通过{#is REJECTED}已驳回{#is SUSPENDED}已暂停{#is REVOKED}已撤销{/when}")
    String approvalStatus(ApprovalStatus status);

    @Message("审核")
    String decide();

    @Message("理由（驳回时必填）")
    String reasonLabel();

    @Message("通过")
    String approve();

    @Message("驳回")
    String reject();

    @Message("{#when what}{#is 'approved'}已通过，审核记录已保存。{#is 'rejected'}已驳回，审核记录已保存。{#else}已保存。{/when}")
    String decided(String what);

    @Message("只有平台管理员可以新增顶级应急管理局。")
    String onlyPlatformAddsTopBureaus();

    @Message("没有“{level}”这个级别。")
    String unknownLevel(String level);

    @Message("代码 {code} 已被使用。")
    String codeTaken(String code);

    @Message("顶级应急管理局只能是省级或市级。")
    String topLevelOnly();

    @Message("该级别不能设在“{parent}”之下：下级的级别必须低于上级。")
    String levelNotBelow(String parent);

    @Message("请选择新的上级。")
    String newParentRequired();

    @Message("不能把“{bureau}”移到“{parent}”之下：“{parent}”是它自己或它的下级，这样会形成循环。")
    String moveIntoOwnSubtree(String bureau, String parent);

    @Message("用户名为 3–64 个字母、数字或 . _ @ -，以字母或数字开头。")
    String badUsername();

    @Message("用户名 {username} 已被使用。")
    String usernameTaken(String username);

    @Message("请填写姓名（最多 100 个字）。")
    String badDisplayName();

    @Message("账号 {username} 已激活，不需要激活码。")
    String officerAlreadyActive(String username);

    @Message("本级应急管理局由上级或平台管理员管理：您可以管理本局的下级。")
    String ownBureauManagedFromAbove();

    @Message("“{name}”刚被其他人修改过，请刷新后重试。")
    String changedMeanwhile(String name);

    @Message("代码为 2–32 个字母、数字或连字符，例如 331002。")
    String badCode();

    @Message("请填写名称（最多 100 个字）。")
    String badName();

    @Message("创建账号和生成激活码需要本人登录操作，不能使用 API 令牌。")
    String signInForAccounts();

    @Message("请选择“通过”或“驳回”。")
    String unknownVerdict();

    @Message("理由最多 {max} 个字。")
    String reasonTooLong(int max);

    @Message("驳回时必须填写理由。")
    String reasonRequired();

    @Message("“{name}”已经审核过（{#when status}{#is APPROVED}已通过{#is REJECTED}已驳回{#is SUSPENDED}已暂停{#is REVOKED}已撤销{#else}{status}{/when}），不能再次审核。")
    String alreadyDecided(String name, ApprovalStatus status);

    @Message("企业规模")
    String scaleLabel();

    @Message("{#when code}{#is 'LARGE'}大型{#is 'MEDIUM'}中型{#is 'SMALL'}小型{#is 'MICRO'}微型{#else}未登记{/when}")
    String scaleName(String code);

    @Message("未登记")
    String scaleNotRecorded();

    @Message("生产加工型企业")
    String productionLabel();

    @Message("{#if production}是{#else}否{/if}")
    String production(boolean production);

    @Message("企业规模与类型")
    String sizeTitle();

    @Message("按国家《统计上大中小微型企业划分办法》登记。生产加工型的小型、微型企业计入年度计划“生产加工型小微企业”培训目标；未登记规模的企业不计入。")
    String sizeHelp();

    @Message("本企业从事生产加工（生产加工型企业）")
    String productionCheckbox();

    @Message("保存企业规模")
    String saveSize();

    @Message("企业规模与类型已保存。")
    String sizeSaved();

    @Message("企业规模只能是大型、中型、小型、微型之一，或留空表示未登记。")
    String badScale();

    @Message("“生产加工型企业”只能填“是”或“否”。")
    String badProduction();
}
