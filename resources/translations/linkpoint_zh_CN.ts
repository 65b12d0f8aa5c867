<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActorNames</name>
    <message>
        <source>LinkPoint</source>
        <translation>联系点工作台</translation>
    </message>
    <message>
        <source>command line (%1)</source>
        <translation>命令行（%1）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>an unknown officer (%1)</source>
        <translation>未知干警（%1）</translation>
    </message>
</context>
<context>
    <name>AtomicWrite</name>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>reading the history</source>
        <translation>读取修改记录</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The database connection is not open.</source>
        <translation>数据库连接未打开。</translation>
    </message>
    <message>
        <source>A backup cannot replace the database file itself. Choose another file.</source>
        <translation>备份不能覆盖数据库文件本身，请选择另一个文件。</translation>
    </message>
    <message>
        <source>The backup file %1 does not exist.</source>
        <translation>备份文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The backup file %1 is empty.</source>
        <translation>备份文件 %1 是空文件。</translation>
    </message>
    <message>
        <source>reading the backup</source>
        <translation>读取备份</translation>
    </message>
    <message>
        <source>%1 is not a LinkPoint backup. Choose a file that LinkPoint wrote.</source>
        <translation>%1 不是联系点工作台的备份，请选择由联系点工作台生成的备份文件。</translation>
    </message>
    <message>
        <source>The backup %1 was written by a newer version of LinkPoint (data version %2; this program knows up to %3). Install the newer LinkPoint to restore it.</source>
        <translation>备份 %1 由更新版本的联系点工作台生成（数据版本 %2，本程序最高支持 %3）。请安装新版联系点工作台后再恢复。</translation>
    </message>
    <message>
        <source>The backup to restore is the database file itself. Choose a backup.</source>
        <translation>要恢复的备份就是数据库文件本身，请选择一个备份文件。</translation>
    </message>
    <message>
        <source>Nothing was restored: the copy of the current file could not be kept. %1</source>
        <translation>未进行恢复：无法保留当前文件的副本。%1</translation>
    </message>
    <message>
        <source>The file %1 could not be moved aside, so nothing was restored.</source>
        <translation>无法将文件 %1 移到一旁，因此未进行恢复。</translation>
    </message>
</context>
<context>
    <name>BulkCache</name>
    <message>
        <source>preparing the database for a bulk write</source>
        <translation>准备批量写入数据库</translation>
    </message>
</context>
<context>
    <name>BulkSearchIndex</name>
    <message>
        <source>preparing the search index</source>
        <translation>准备搜索索引</translation>
    </message>
    <message>
        <source>building the search index</source>
        <translation>建立搜索索引</translation>
    </message>
    <message>
        <source>counting the problems per month</source>
        <translation>按月统计问题</translation>
    </message>
</context>
<context>
    <name>CalendarRepository</name>
    <message>
        <source>reading the imported holiday table</source>
        <translation>读取导入的节假日表</translation>
    </message>
    <message>
        <source>writing the holiday table</source>
        <translation>写入节假日表</translation>
    </message>
    <message>
        <source>%1 is already listed under the imported year %2, so it cannot be listed under %3 too. Import %2 and %3 together from one file, with the day under one of them.</source>
        <translation>%1 已列在导入的 %2 年中，不能再列入 %3 年。请将 %2 年和 %3 年放在同一个文件中一起导入，并只在其中一年列出这一天。</translation>
    </message>
</context>
<context>
    <name>CalendarService</name>
    <message>
        <source>This file has no district yet, so how its deadlines are counted cannot be set. Open the file in LinkPoint and complete the first start (name the district), then set it.</source>
        <translation>该文件尚未设置区县，无法设置期限计算方式。请先在联系点工作台中打开该文件并完成首次启动（填写区县名称），再进行设置。</translation>
    </message>
    <message>
        <source>There is no file %1. Check the name and the folder.</source>
        <translation>找不到文件 %1。请检查文件名和所在文件夹。</translation>
    </message>
    <message>
        <source>%1 is not a holiday table: it is larger than 1 MB. A holiday table is a text file in the format of the one LinkPoint ships.</source>
        <translation>%1 不是节假日表：文件超过 1 MB。节假日表是与联系点工作台自带表格式相同的文本文件。</translation>
    </message>
    <message>
        <source>LinkPoint cannot read %1: %2</source>
        <translation>联系点工作台无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text. Save the holiday table as UTF-8 (in Notepad or WPS: Save as, encoding UTF-8) and import it again.</source>
        <translation>%1 不是 UTF-8 文本。请将节假日表另存为 UTF-8 编码（在记事本或 WPS 中“另存为”，编码选 UTF-8）后重新导入。</translation>
    </message>
    <message>
        <source>%1 cannot be imported; nothing was changed.
%2</source>
        <translation>%1 无法导入，未做任何修改。
%2</translation>
    </message>
    <message>
        <source>holiday table imported from %1: %2</source>
        <translation>从 %1 导入节假日表：%2</translation>
    </message>
    <message>
        <source>%1 was not imported; nothing was changed.
%2</source>
        <translation>%1 未导入，未做任何修改。
%2</translation>
    </message>
    <message>
        <source>Import a newer holiday table under Settings → Deadlines, or with linkpoint-cli import holidays FILE.</source>
        <translation>请在“设置 → 办理期限”中导入较新的节假日表，或使用 linkpoint-cli import holidays 文件名。</translation>
    </message>
    <message>
        <source>There is no holiday table: only Saturdays and Sundays count as days off, so deadlines may end on public holidays.</source>
        <translation>没有节假日表：只把星期六、星期日算作休息日，期限可能落在法定节假日。</translation>
    </message>
    <message>
        <source>The holiday table ends with %1. For later dates only Saturdays and Sundays count as days off, so deadlines may end on public holidays.</source>
        <translation>节假日表只到 %1 年。此后的日期只把星期六、星期日算作休息日，期限可能落在法定节假日。</translation>
    </message>
    <message>
        <source>The holiday table has no %1 yet. From 1 January %1 only Saturdays and Sundays count as days off until a table with %1 is imported; the State Council publishes the year's holidays in the autumn.</source>
        <translation>节假日表尚无 %1 年。自 %1 年 1 月 1 日起，在导入包含 %1 年的节假日表之前，只把星期六、星期日算作休息日；国务院办公厅通常在秋季公布下一年的节假日安排。</translation>
    </message>
    <message>
        <source>Calendar days</source>
        <translation>自然日</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>N days after the day a problem is found; a last day on a weekend or public holiday moves to the next working day (Civil Code, articles 201 and 203).</source>
        <translation>自问题发现次日起算 N 日；最后一日为周末或法定节假日的，顺延至节后第一个工作日（《民法典》第二百零一条、第二百零三条）。</translation>
    </message>
    <message>
        <source>The Nth working day after the day a problem is found, skipping weekends and public holidays and counting make-up workdays.</source>
        <translation>问题发现后的第 N 个工作日，不计周末和法定节假日，调休上班日计入。</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>Run linkpoint-cli --help for the commands.</source>
        <translation>运行 linkpoint-cli --help 查看可用命令。</translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation>数据库文件（默认：%1）。</translation>
    </message>
    <message>
        <source>Record writes as the officer with this code.</source>
        <translation>以该代码对应的干警身份记录修改。</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>没有给出命令。</translation>
    </message>
    <message>
        <source>backup needs --out FILE: the file to write the backup to.</source>
        <translation>backup 需要 --out FILE：指定备份写入的文件。</translation>
    </message>
    <message>
        <source>Wrong arguments for the command %1.</source>
        <translation>命令 %1 的参数不正确。</translation>
    </message>
    <message>
        <source>Unknown command: %1.</source>
        <translation>未知命令：%1。</translation>
    </message>
    <message>
        <source>--officer: no officer has the code "%1" in %2. Leave out --officer to record the change as the command line, or use an existing code.</source>
        <translation>--officer：%2 中没有代码为“%1”的干警。去掉 --officer 将以命令行身份记录修改，或使用已有的干警代码。</translation>
    </message>
    <message>
        <source>LinkPoint %1 (linkpoint-cli)</source>
        <translation>联系点工作台 %1（linkpoint-cli）</translation>
    </message>
    <message>
        <source>data version %1, SQLite %2, Qt %3</source>
        <translation>数据版本 %1，SQLite %2，Qt %3</translation>
    </message>
    <message>
        <source>%1 already has the five units; nothing was changed.</source>
        <translation>%1 中已有五家单位，未作任何修改。</translation>
    </message>
    <message numerus="yes">
        <source>Created %n unit(s) in %1: %2</source>
        <translation><numerusform>已在 %1 中创建 %n 家单位：%2</numerusform></translation>
    </message>
    <message>
        <source>[ok]  </source>
        <translation>[正常]</translation>
    </message>
    <message>
        <source>[FAIL]</source>
        <translation>[异常]</translation>
    </message>
    <message>
        <source>The check of %1 found problems (listed above).</source>
        <translation>检查 %1 发现问题（见上方列表）。</translation>
    </message>
    <message>
        <source>Backup of %1 written to %2 (%3 KB).</source>
        <translation>%1 的备份已写入 %2（%3 KB）。</translation>
    </message>
    <message>
        <source>Restored %1 from %2. The content it replaced was kept as %3.</source>
        <translation>已从 %2 恢复 %1。被替换的内容保留为 %3。</translation>
    </message>
    <message>
        <source>The file format: pdf, docx or xlsx.</source>
        <translation>文件格式：pdf、docx 或 xlsx。</translation>
    </message>
    <message>
        <source>export needs --format pdf, docx or xlsx.</source>
        <translation>export 需要 --format pdf、docx 或 xlsx。</translation>
    </message>
    <message>
        <source>export needs --out FILE: the file to write.</source>
        <translation>export 需要 --out FILE：指定要写入的文件。</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>Only the enterprises of this park.</source>
        <translation>只输出该园区的企业。</translation>
    </message>
    <message>
        <source>The contact point, by its code.</source>
        <translation>服务联系点的编码。</translation>
    </message>
    <message>
        <source>The sheet of a workbook to import.</source>
        <translation>要导入的工作表名称。</translation>
    </message>
    <message>
        <source>Check the file without writing anything.</source>
        <translation>只检查文件，不写入任何内容。</translation>
    </message>
    <message>
        <source>Create the parks and contact points the file names.</source>
        <translation>自动建立文件中出现但尚不存在的园区和服务联系点。</translation>
    </message>
    <message>
        <source>small or district.</source>
        <translation>small（小规模）或 district（全区规模）。</translation>
    </message>
    <message>
        <source>The random seed (the same seed gives the same records).</source>
        <translation>随机种子（种子相同，生成的记录相同）。</translation>
    </message>
    <message>
        <source>The day the demonstration dates run back from.</source>
        <translation>演示数据日期的基准日（日期由此向前推）。</translation>
    </message>
    <message>
        <source>--park: there is no park with the code "%1". The codes are: %2.</source>
        <translation>--park：没有编码为“%1”的园区。现有编码：%2。</translation>
    </message>
    <message>
        <source>Park: %1</source>
        <translation>所属园区：%1</translation>
    </message>
    <message>
        <source>--point: there is no contact point with the code "%1". The codes are: %2.</source>
        <translation>--point：没有编码为“%1”的服务联系点。现有编码：%2。</translation>
    </message>
    <message>
        <source>Contact point: %1</source>
        <translation>服务联系点：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>export contact-point-card needs --point CODE.</source>
        <translation>export contact-point-card 需要 --point 编码。</translation>
    </message>
    <message>
        <source>The contact-point card is a form: use --format pdf or docx.</source>
        <translation>服务联系点基本情况表是表格文书：请使用 --format pdf 或 docx。</translation>
    </message>
    <message>
        <source>%1: %2 row(s): %3 new, %4 to update, %5 unchanged.</source>
        <translation>%1：共 %2 行，新增 %3，更新 %4，无变化 %5。</translation>
    </message>
    <message>
        <source>Columns not imported: %1.</source>
        <translation>未导入的列：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Parks to create: %1.</source>
        <translation>将新建园区：%1。</translation>
    </message>
    <message>
        <source>Contact points to create: %1.</source>
        <translation>将新建服务联系点：%1。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s).</source>
        <translation><numerusform>未导入任何数据：有 %n 处问题。</numerusform></translation>
    </message>
    <message>
        <source>The problems are listed in %1.</source>
        <translation>问题清单已保存到 %1。</translation>
    </message>
    <message>
        <source>Dry run: the file is fine; nothing was written.</source>
        <translation>试运行：文件无问题；未写入任何内容。</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged.</source>
        <translation>导入完成：新增 %1，更新 %2，无变化 %3。</translation>
    </message>
    <message>
        <source>demo needs --scale small or --scale district.</source>
        <translation>demo 需要 --scale small 或 --scale district。</translation>
    </message>
    <message>
        <source>--seed: "%1" is not a whole number.</source>
        <translation>--seed：“%1”不是整数。</translation>
    </message>
    <message>
        <source>--today: "%1" is not a date written YYYY-MM-DD.</source>
        <translation>--today：“%1”不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>Wrote demonstration data to %1: %2 units with %3 sections, %4 officers, %5 parks, %6 contact points and %7 enterprises.</source>
        <translation>已将演示数据写入 %1：%2 家单位（%3 个科室）、%4 名干警、%5 个园区、%6 个服务联系点和 %7 家企业。</translation>
    </message>
    <message>
        <source>%1 is a good holiday table of %2; nothing was written (--dry-run).</source>
        <translation>%1 是有效的节假日表（%2 年）；未写入任何内容（--dry-run）。</translation>
    </message>
    <message>
        <source>Imported the holiday table of %1 from %2: %3 day(s) off, %4 make-up workday(s).</source>
        <translation>已从 %2 导入 %1 年的节假日表：休息日 %3 天，调休上班日 %4 天。</translation>
    </message>
    <message>
        <source>The holiday table now covers %1–%2.</source>
        <translation>节假日表现覆盖 %1–%2 年。</translation>
    </message>
    <message>
        <source>settings deadline-counting takes calendar or working, not "%1".</source>
        <translation>settings deadline-counting 的取值为 calendar 或 working，而不是“%1”。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>version, init, check, backup, restore, demo, import, export or settings</source>
        <translation>version、init、check、backup、restore、demo、import、export 或 settings</translation>
    </message>
    <message>
        <source>Unknown import: %1. Imports: enterprises, holidays.</source>
        <translation>未知的导入类型：%1。可导入：enterprises、holidays。</translation>
    </message>
    <message>
        <source>Unknown setting: %1. Settings: deadline-counting.</source>
        <translation>未知的设置项：%1。设置项：deadline-counting。</translation>
    </message>
    <message>
        <source>LinkPoint command line: set up, check, back up and restore a LinkPoint database.

Commands:
  version           print the program, data and library versions
  init              create the district's five political-legal units
  check             check the file's integrity, references, version and audit trail
  backup --out FILE write a consistent copy of the database to FILE
  restore FILE      replace the database with the backup FILE (the replaced
                    content is kept beside the database file)
  demo --scale small|district [--seed N] [--today YYYY-MM-DD]
                    fill a new file with realistic demonstration records
  import enterprises FILE.csv|FILE.xlsx [--dry-run] [--create-missing] [--sheet NAME]
                    import an enterprise roster, all rows or none; a re-import
                    updates enterprises by their credit code
  import holidays FILE [--dry-run]
                    import a holiday table (the format of the one LinkPoint
                    ships); its years replace those years, all lines or none
  settings deadline-counting [calendar|working]
                    show or set how deadlines are counted: calendar days (the last
                    day moves past weekends and holidays) or working days
  export REPORT --format pdf|docx|xlsx --out FILE
                    write a report. REPORT is one of:
                    enterprises [--park CODE] [--point CODE]  the enterprise roster
                    contact-point-card --point CODE  a contact point's card (pdf, docx)
                    visit-log --unit CODE --month YYYY-MM  a unit's visit log (pdf,
                      docx)
                    problem-list | measure-list | feedback-list --from YYYY-MM-DD
                      --to YYYY-MM-DD [--unit CODE]  the problems found, the measures
                      taken, the feedback given in the period
                    transfer-letter --problem NUMBER  a problem's transfer letter (pdf,
                      docx)
                    supervision-order --problem NUMBER [--order YEAR-SEQ]  a problem's
                      latest supervision order, or the one numbered YEAR-SEQ (pdf, docx)
                    visit-stats --month YYYY-MM  the units' visit statistics
                    test-page  the printer test page</source>
        <translation>联系点工作台命令行：初始化、检查、备份和恢复联系点工作台数据库。

命令：
  version           显示程序、数据和库的版本
  init              建立本区五家政法单位
  check             检查文件的完整性、引用关系、版本和审计记录
  backup --out FILE 将数据库的一致副本写入 FILE
  restore FILE      用备份 FILE 替换数据库（被替换的内容保留在数据库文件旁）
  demo --scale small|district [--seed N] [--today YYYY-MM-DD]
                    在新文件中生成逼真的演示数据
  import enterprises FILE.csv|FILE.xlsx [--dry-run] [--create-missing] [--sheet NAME]
                    导入企业名录，全部行导入或全部不导入；再次导入时按统一社会信用代码更新企业
  import holidays FILE [--dry-run]
                    导入节假日表（格式与自带表相同）；其中的年份替换同一年份，全部行导入或全部不导入
  settings deadline-counting [calendar|working]
                    查看或设置期限计算方式：自然日（最后一日遇周末或节假日顺延）或工作日
  export REPORT --format pdf|docx|xlsx --out FILE
                    输出报表。REPORT 为下列之一：
                    enterprises [--park CODE] [--point CODE]  企业名录
                    contact-point-card --point CODE  服务联系点基本情况表（pdf、docx）
                    visit-log --unit CODE --month YYYY-MM  单位走访日志（pdf、docx）
                    problem-list | measure-list | feedback-list --from YYYY-MM-DD
                      --to YYYY-MM-DD [--unit CODE]  期间内的走访问题清单、解决措施清单、
                      回复反馈清单
                    transfer-letter --problem NUMBER  问题交办单（pdf、docx）
                    supervision-order --problem NUMBER [--order YEAR-SEQ]  问题最近一份督办单，
                      或编号为 YEAR-SEQ 的督办单（pdf、docx）
                    visit-stats --month YYYY-MM  各单位走访工作统计表
                    test-page  打印测试页</translation>
    </message>
    <message>
        <source>The unit, by its code.</source>
        <translation>单位代码。</translation>
    </message>
    <message>
        <source>The month of a report.</source>
        <translation>报表月份。</translation>
    </message>
    <message>
        <source>The first day of a report's period.</source>
        <translation>报表期间的第一天。</translation>
    </message>
    <message>
        <source>The last day of a report's period.</source>
        <translation>报表期间的最后一天。</translation>
    </message>
    <message>
        <source>The problem, by its number (P2026-000123) or record id.</source>
        <translation>问题编号（如 P2026-000123）或记录 ID。</translation>
    </message>
    <message>
        <source>The supervision order, by its number (2026-3).</source>
        <translation>督办单编号（如 2026-3）。</translation>
    </message>
    <message>
        <source>--order belongs to export supervision-order.</source>
        <translation>--order 只用于 export supervision-order。</translation>
    </message>
    <message>
        <source>Unknown report: %1. Reports: enterprises, contact-point-card, visit-log, problem-list, measure-list, feedback-list, transfer-letter, supervision-order, visit-stats, test-page.</source>
        <translation>未知的报表：%1。可用报表：enterprises、contact-point-card、visit-log、problem-list、measure-list、feedback-list、transfer-letter、supervision-order、visit-stats、test-page。</translation>
    </message>
    <message>
        <source>--month: "%1" is not a month written YYYY-MM.</source>
        <translation>--month：“%1”不是 YYYY-MM 格式的月份。</translation>
    </message>
    <message>
        <source>%1: "%2" is not a date written YYYY-MM-DD.</source>
        <translation>%1：“%2”不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>--unit: there is no unit with the code "%1". The codes are: %2.</source>
        <translation>--unit：没有代码为“%1”的单位。现有代码：%2。</translation>
    </message>
    <message>
        <source>export visit-log needs --unit CODE and --month YYYY-MM.</source>
        <translation>export visit-log 需要 --unit 单位代码 和 --month YYYY-MM。</translation>
    </message>
    <message>
        <source>The visit log is a printed log: use --format pdf or docx.</source>
        <translation>走访日志是打印件：请使用 --format pdf 或 docx。</translation>
    </message>
    <message>
        <source>export %1 needs --from YYYY-MM-DD and --to YYYY-MM-DD.</source>
        <translation>export %1 需要 --from YYYY-MM-DD 和 --to YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2: the period would be empty.</source>
        <translation>--from %1 晚于 --to %2：期间为空。</translation>
    </message>
    <message>
        <source>export %1 needs --problem NUMBER.</source>
        <translation>export %1 需要 --problem 问题编号。</translation>
    </message>
    <message>
        <source>%1 is a letter: use --format pdf or docx.</source>
        <translation>%1 是公文：请使用 --format pdf 或 docx。</translation>
    </message>
    <message>
        <source>--order: "%1" is not an order number written YEAR-SEQ, such as 2026-3.</source>
        <translation>--order：“%1”不是“年份-序号”格式的督办单编号，如 2026-3。</translation>
    </message>
    <message>
        <source>--problem: there is no problem numbered or with the id "%1".</source>
        <translation>--problem：没有编号或 ID 为“%1”的问题。</translation>
    </message>
    <message>
        <source>export visit-stats needs --month YYYY-MM.</source>
        <translation>export visit-stats 需要 --month YYYY-MM。</translation>
    </message>
    <message>
        <source>Visits: %1, finding %2 problems; %3 measures, %4 feedback records, %5 transfers and %6 supervision orders.</source>
        <translation>走访 %1 次，发现问题 %2 个；解决措施 %3 条，回复反馈 %4 条，移交 %5 件，督办单 %6 份。</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>%1: enter a code.</source>
        <translation>%1：请输入代码。</translation>
    </message>
    <message>
        <source>%1: "%2" is not a valid code. Use 1 to 32 lower-case letters a-z, digits, '-' or '_', starting with a letter or digit.</source>
        <translation>%1：“%2”不是有效的代码。请使用 1 至 32 个小写字母 a-z、数字、“-”或“_”，并以字母或数字开头。</translation>
    </message>
</context>
<context>
    <name>ContactPointCard</name>
    <message>
        <source>Members</source>
        <translation>联系点成员</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>科室</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>There is no contact point with the code "%1". The codes are: %2.</source>
        <translation>没有编码为“%1”的服务联系点。现有编码：%2。</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（尚无）</translation>
    </message>
    <message>
        <source>Basic facts of a service contact point</source>
        <translation>服务联系点基本情况表</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Set up on</source>
        <translation>设立日期</translation>
    </message>
    <message>
        <source>Host unit</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Convener</source>
        <translation>召集人</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation><numerusform>%n 人</numerusform></translation>
    </message>
    <message>
        <source>Parks served</source>
        <translation>服务园区</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Enterprises served</source>
        <translation>服务企业</translation>
    </message>
    <message numerus="yes">
        <source>%n enterprise(s)</source>
        <translation><numerusform>%n 家</numerusform></translation>
    </message>
    <message>
        <source>Enterprise name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Liaison officer</source>
        <translation>包联干警</translation>
    </message>
    <message>
        <source>Reporting unit (seal)</source>
        <translation>填报单位（盖章）</translation>
    </message>
    <message>
        <source>Filled in by</source>
        <translation>填表人</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>CreditCode</name>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>%1: it has %2 characters; a code has 18.</source>
        <translation>%1：输入了 %2 位，应为 18 位。</translation>
    </message>
    <message>
        <source>%1: character %2 is "%3", which codes never use (only digits and letters other than I, O, Z, S and V).</source>
        <translation>%1：第 %2 位是“%3”，代码中不会出现该字符（只用数字和除 I、O、Z、S、V 以外的大写字母）。</translation>
    </message>
    <message>
        <source>%1: character %2 should be a digit (positions 3 to 8 are the administrative division code), not "%3".</source>
        <translation>%1：第 %2 位应为数字（第 3 至 8 位是行政区划码），而不是“%3”。</translation>
    </message>
    <message>
        <source>%1: character 18 (the check character) should be %2, not %3. Check the code against the business licence.</source>
        <translation>%1：第 18 位校验码应为 %2，而不是 %3。请对照营业执照核对。</translation>
    </message>
    <message>
        <source>%1: character 17 (the check digit of the organisation code) should be %2, not %3. Check the code against the business licence.</source>
        <translation>%1：第 17 位（组织机构代码校验码）应为 %2，而不是 %3。请对照营业执照核对。</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1, row %2: the row has more than %3 columns, more than Excel allows. Is this a CSV file?</source>
        <translation>%1 第 %2 行：该行超过 %3 列，超出 Excel 的上限。这是 CSV 文件吗？</translation>
    </message>
    <message>
        <source>%1 has more than %2 cells, more than LinkPoint imports at once. Split it into smaller files.</source>
        <translation>%1 超过 %2 个单元格，超出一次可导入的数量。请拆分为较小的文件。</translation>
    </message>
    <message>
        <source>%1 has more than %2 rows, more than Excel allows. Split it into smaller files.</source>
        <translation>%1 超过 %2 行，超出 Excel 的上限。请拆分为较小的文件。</translation>
    </message>
    <message>
        <source>%1, row %2: a quoted field starts here and its closing quote is missing, so the rest of the file would be one cell. Add the closing quote (") and import it again.</source>
        <translation>%1 第 %2 行：此处有一个以引号开头的字段缺少结尾引号，文件其余部分会被当作一个单元格。请补上结尾引号（"）后重新导入。</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened: %2</source>
        <translation>无法打开文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large to import (more than %2). Split it into smaller files.</source>
        <translation>%1 太大，无法导入（超过 %2）。请拆分为较小的文件。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text, and this system cannot read GB18030, the other encoding LinkPoint accepts. Save it from Excel or WPS as "CSV UTF-8" and import that file.</source>
        <translation>%1 不是 UTF-8 文本，而本系统无法读取另一种可接受的编码 GB18030。请在 Excel 或 WPS 中另存为“CSV UTF-8”后导入。</translation>
    </message>
    <message>
        <source>%1 is not text in an encoding LinkPoint can read (it tried %2). Save it from Excel or WPS as "CSV UTF-8" and import that file.</source>
        <translation>%1 不是可识别编码的文本（已尝试 %2）。请在 Excel 或 WPS 中另存为“CSV UTF-8”后导入。</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>counting the open problems by triage</source>
        <translation>按处置方式统计未办结问题</translation>
    </message>
    <message>
        <source>enlarging the page cache</source>
        <translation>扩大页面缓存</translation>
    </message>
    <message>
        <source>counting the problems found and closed per month</source>
        <translation>统计每月发现和办结的问题</translation>
    </message>
</context>
<context>
    <name>DashboardTables</name>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>本周到期</translation>
    </message>
    <message>
        <source>Open, not overdue, due by Sunday %1</source>
        <translation>未办结、未逾期，且在本周日（%1）前到期</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>处置方式</translation>
    </message>
    <message>
        <source>Not yet triaged</source>
        <translation>尚未分流</translation>
    </message>
    <message>
        <source>Opens the registered problems, which also include those to be transferred whose transfer is not recorded yet</source>
        <translation>打开已登记的问题，其中包括待移交但尚未登记移交的问题</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走访次数</translation>
    </message>
    <message>
        <source>Enterprises visited</source>
        <translation>走访企业数</translation>
    </message>
    <message>
        <source>Monthly visit</source>
        <translation>每月走访</translation>
    </message>
    <message>
        <source>Opens the unit's visits of the month</source>
        <translation>打开该单位本月的走访记录</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>已走访</translation>
    </message>
    <message>
        <source>No visit yet</source>
        <translation>尚未走访</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>重点标记</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近走访</translation>
    </message>
    <message>
        <source>Opens the enterprise's visits</source>
        <translation>打开该企业的走访记录</translation>
    </message>
    <message>
        <source>Many disputes</source>
        <translation>纠纷多</translation>
    </message>
    <message>
        <source>Business difficulty</source>
        <translation>经营困难</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未走访</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>opening the file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>数据库文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>A new database cannot be created in %1: the folder is write-protected. Choose another folder.</source>
        <translation>无法在 %1 中新建数据库：该文件夹禁止写入。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>it was opened read-only on request</source>
        <translation>按要求以只读方式打开</translation>
    </message>
    <message>
        <source>the file is write-protected</source>
        <translation>文件禁止写入</translation>
    </message>
    <message>
        <source>its folder %1 is write-protected</source>
        <translation>所在文件夹 %1 禁止写入</translation>
    </message>
    <message>
        <source>The database file %1 was written by a newer version of LinkPoint (data version %2; this program knows up to %3). It was not changed. Install the newer LinkPoint to open it.</source>
        <translation>数据库文件 %1 由更新版本的联系点工作台写入（数据版本 %2，本程序最高支持 %3），文件未作任何改动。请安装新版联系点工作台后再打开。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not one made by LinkPoint. It was not changed. Choose the file LinkPoint created, or a backup of it.</source>
        <translation>%1 是 SQLite 数据库，但不是联系点工作台创建的，文件未作任何改动。请选择联系点工作台创建的文件或其备份。</translation>
    </message>
    <message>
        <source>The database file %1 needs to be upgraded for this version of LinkPoint, but %2. Make it writable and open it again.</source>
        <translation>数据库文件 %1 需要升级才能在本版本联系点工作台中使用，但%2。请允许写入后重新打开。</translation>
    </message>
    <message>
        <source>The database must be upgraded, but the backup made before the upgrade failed, so nothing was changed: %1</source>
        <translation>数据库需要升级，但升级前的备份失败，因此未作任何修改：%1</translation>
    </message>
    <message>
        <source>The database driver does not enforce foreign keys.</source>
        <translation>数据库驱动未启用外键约束。</translation>
    </message>
    <message>
        <source>Nothing can be saved: the database file %1 is open read-only because %2.</source>
        <translation>无法保存：数据库文件 %1 以只读方式打开，原因是%2。</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>checking</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>File integrity (SQLite integrity_check)</source>
        <translation>文件完整性（SQLite integrity_check）</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found</source>
        <translation><numerusform>发现 %n 个问题</numerusform></translation>
    </message>
    <message>
        <source>References between records (foreign_key_check)</source>
        <translation>记录之间的引用（foreign_key_check）</translation>
    </message>
    <message numerus="yes">
        <source>%n broken reference(s)</source>
        <translation><numerusform>%n 处引用失效</numerusform></translation>
    </message>
    <message>
        <source>table %1, row %2 refers to a missing %3 record</source>
        <translation>表 %1 第 %2 行引用了不存在的 %3 记录</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) without a complete audit trail</source>
        <translation><numerusform>%n 条记录的修改留痕不完整</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in the audit log are missing from the table</source>
        <translation><numerusform>修改留痕中有 %n 条记录在表中已不存在</numerusform></translation>
    </message>
    <message>
        <source>%1 (%2): version %3 but %4 audit entries</source>
        <translation>%1（%2）：版本 %3，但只有 %4 条留痕</translation>
    </message>
    <message>
        <source>%1: created, now missing</source>
        <translation>%1：曾经创建，现已缺失</translation>
    </message>
    <message>
        <source>Data version</source>
        <translation>数据版本</translation>
    </message>
    <message>
        <source>version %1 (this program: %2)</source>
        <translation>版本 %1（本程序：%2）</translation>
    </message>
    <message>
        <source>the file is not marked as LinkPoint's</source>
        <translation>该文件没有联系点工作台的标记</translation>
    </message>
    <message>
        <source>Audit trail of %1</source>
        <translation>“%1”的修改留痕</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>demonstration data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>looking for records</source>
        <translation>查找已有记录</translation>
    </message>
    <message>
        <source>%1 already holds records. Demonstration data goes into a new file only: give another file with --db.</source>
        <translation>%1 中已有记录。演示数据只能写入新文件：请用 --db 指定另一个文件。</translation>
    </message>
    <message>
        <source>The file has no active problem categories or departments; demonstration problems need both.</source>
        <translation>该文件没有启用的问题类别或区直部门；生成演示问题需要两者都有。</translation>
    </message>
</context>
<context>
    <name>DocxWriter</name>
    <message>
        <source>The Word file %1 could not be written.</source>
        <translation>无法写入 Word 文件 %1。</translation>
    </message>
    <message>
        <source>Writing the Word file was cancelled.</source>
        <translation>已取消写入 Word 文件。</translation>
    </message>
</context>
<context>
    <name>EnterpriseFlagNames</name>
    <message>
        <source>Many disputes</source>
        <translation>纠纷多</translation>
    </message>
    <message>
        <source>Business difficulties</source>
        <translation>经营困难</translation>
    </message>
    <message>
        <source>Key enterprise</source>
        <translation>重点企业</translation>
    </message>
</context>
<context>
    <name>EnterpriseImport</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>"%1" is not a GB/T 4754 section; write its letter (A to T) or its name, such as 制造业.</source>
        <translation>“%1”不是 GB/T 4754 的行业门类；请填写门类字母（A 至 T）或门类名称，如“制造业”。</translation>
    </message>
    <message>
        <source>"%1" is not a scale; write 规上, 规下, 小微 or 个体.</source>
        <translation>“%1”不是企业规模；请填写规上、规下、小微或个体。</translation>
    </message>
    <message>
        <source>%1 is empty: row 1 should hold the column headers.</source>
        <translation>%1 是空文件：第 1 行应为列标题。</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <source>%1: %2 is also the code in row %3; an enterprise may appear only once.</source>
        <translation>%1：%2 与第 %3 行的代码重复；同一企业只能出现一次。</translation>
    </message>
    <message>
        <source>%1: there is no park "%2"; correct the name or confirm creating it (--create-missing on the command line).</source>
        <translation>%1：没有名为“%2”的园区；请更正名称，或确认新建该园区（命令行使用 --create-missing）。</translation>
    </message>
    <message>
        <source>%1: there is no contact point "%2"; correct the name or confirm creating it (--create-missing on the command line).</source>
        <translation>%1：没有名为“%2”的服务联系点；请更正名称，或确认新建（命令行使用 --create-missing）。</translation>
    </message>
    <message>
        <source>If the licence really reads so, accept the code in the import preview and give the reason.</source>
        <translation>如营业执照上确实如此，请在导入预览中接受该代码并填写理由。</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>choosing a code</source>
        <translation>选择编码</translation>
    </message>
    <message>
        <source>choosing a host unit</source>
        <translation>选择主办单位</translation>
    </message>
    <message>
        <source>A contact point needs a host unit, and the file has no units yet. Run the first start or `linkpoint-cli init`.</source>
        <translation>服务联系点需要主办单位，而文件中还没有单位。请先完成首次设置或运行 `linkpoint-cli init`。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation><numerusform>……另有 %n 处问题。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) in %1.</source>
        <translation><numerusform>未导入任何数据：%1 中有 %n 处问题。</numerusform></translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消；未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>EnterpriseImportFlow</name>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1……</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1……</translation>
    </message>
    <message>
        <source>%1 was imported: %2 new, %3 updated, %4 unchanged.</source>
        <translation>%1 已导入：新增 %2，更新 %3，无变化 %4。</translation>
    </message>
</context>
<context>
    <name>EnterpriseRoster</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Enterprise roster</source>
        <translation>企业名录</translation>
    </message>
    <message>
        <source>%1 enterprise roster</source>
        <translation>%1企业名录</translation>
    </message>
    <message numerus="yes">
        <source>%n enterprise(s), as of %1</source>
        <translation><numerusform>共 %n 家，截至 %1</numerusform></translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Enterprise name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>所属园区</translation>
    </message>
    <message>
        <source>Contact point</source>
        <translation>服务联系点</translation>
    </message>
    <message>
        <source>Liaison officer</source>
        <translation>包联干警</translation>
    </message>
    <message>
        <source>Liaison judge or prosecutor</source>
        <translation>一企一法官（检察官）</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>重点标记</translation>
    </message>
    <message>
        <source>The roster was cancelled.</source>
        <translation>企业名录已取消。</translation>
    </message>
</context>
<context>
    <name>EnterpriseScaleNames</name>
    <message>
        <source>Above designated size</source>
        <translation>规上</translation>
    </message>
    <message>
        <source>Below designated size</source>
        <translation>规下</translation>
    </message>
    <message>
        <source>Small or micro</source>
        <translation>小微</translation>
    </message>
    <message>
        <source>Individual business</source>
        <translation>个体</translation>
    </message>
</context>
<context>
    <name>EnterpriseService</name>
    <message>
        <source>Enterprise name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Reason for accepting the code</source>
        <translation>接受该代码的理由</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>所属园区</translation>
    </message>
    <message>
        <source>Contact point</source>
        <translation>服务联系点</translation>
    </message>
    <message>
        <source>Liaison officer</source>
        <translation>包联干警</translation>
    </message>
    <message>
        <source>Liaison judge or prosecutor</source>
        <translation>一企一法官（检察官）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1: %2 is already the code of "%3". Open that enterprise instead of entering it twice.</source>
        <translation>%1：%2 已是“%3”的代码。请打开该企业，不要重复录入。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1为必填项。</translation>
    </message>
    <message>
        <source>%1 is required: the 18 characters on the business licence.</source>
        <translation>%1为必填项：营业执照上的 18 位代码。</translation>
    </message>
    <message>
        <source>If the code on the licence really reads so (some early pilot-region codes do), accept it and give the reason.</source>
        <translation>如营业执照上的代码确实如此（部分早期试点地区的代码如此），请接受该代码并填写理由。</translation>
    </message>
    <message>
        <source>%1: "%2" is not a section of GB/T 4754; use a letter from A to T.</source>
        <translation>%1：“%2”不是 GB/T 4754 的行业门类；请使用 A 至 T 的字母。</translation>
    </message>
</context>
<context>
    <name>FileProbe</name>
    <message>
        <source>%1 is a folder, not a LinkPoint database file. Choose a file.</source>
        <translation>%1 是文件夹，不是联系点工作台的数据库文件。请选择一个文件。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a LinkPoint database file (it is not an SQLite database). Choose the .sqlite file that LinkPoint created, or a backup of it.</source>
        <translation>%1 不是联系点工作台的数据库文件（它不是 SQLite 数据库）。请选择联系点工作台创建的 .sqlite 文件或其备份。</translation>
    </message>
    <message>
        <source>The database file %1 is cut short (only %2 bytes). It was probably copied incompletely; restore it from a backup.</source>
        <translation>数据库文件 %1 不完整（只有 %2 字节），可能复制时中断。请从备份恢复。</translation>
    </message>
    <message>
        <source>The database file %1 is cut short: it has %2 bytes where its header promises %3. It was probably copied incompletely; restore it from a backup.</source>
        <translation>数据库文件 %1 不完整：文件头记载应有 %3 字节，实际只有 %2 字节，可能复制时中断。请从备份恢复。</translation>
    </message>
</context>
<context>
    <name>FontCheck</name>
    <message>
        <source>No Chinese font that prints correctly is installed, so no PDF was written (it would show empty boxes). Install the Debian packages fonts-arphic-uming and fonts-wqy-microhei, then try again.</source>
        <translation>没有安装能正确打印的中文字体，因此未生成 PDF（否则会显示为方框）。请安装 Debian 软件包 fonts-arphic-uming 和 fonts-wqy-microhei 后重试。</translation>
    </message>
    <message>
        <source>body text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>headings</source>
        <translation>标题</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Import problems</source>
        <translation>导入问题</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Enterprise name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>信用代码</translation>
    </message>
    <message>
        <source>Problem and how to fix it</source>
        <translation>问题及改正方法</translation>
    </message>
    <message>
        <source>Problems importing %1</source>
        <translation>导入 %1 的问题清单</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>The migration file %1 is not named NNNN_name.sql.</source>
        <translation>升级脚本 %1 的文件名不符合 NNNN_name.sql 格式。</translation>
    </message>
    <message>
        <source>The migration file %1 cannot be read.</source>
        <translation>无法读取升级脚本 %1。</translation>
    </message>
    <message>
        <source>The migrations must be numbered 0001, 0002 … without gaps; %1 is out of place.</source>
        <translation>升级脚本必须按 0001、0002……连续编号；%1 的编号不连续。</translation>
    </message>
    <message>
        <source>upgrading the database to version %1 (%2)</source>
        <translation>将数据库升级到版本 %1（%2）</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 (%2) failed, so the file was left at version %3. Please report this with the log.</source>
        <translation>将数据库升级到版本 %1（%2）失败，文件保持在版本 %3。请连同日志报告此问题。</translation>
    </message>
</context>
<context>
    <name>OfficerRoleNames</name>
    <message>
        <source>Leader</source>
        <translation>领导</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>法官</translation>
    </message>
    <message>
        <source>Prosecutor</source>
        <translation>检察官</translation>
    </message>
    <message>
        <source>Police officer</source>
        <translation>民警</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
</context>
<context>
    <name>OrganisationChecks</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1为必填项。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>科室</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Managing body</source>
        <translation>管理机构</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Host unit</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Convener</source>
        <translation>召集人</translation>
    </message>
    <message>
        <source>Set up on</source>
        <translation>设立日期</translation>
    </message>
    <message>
        <source>Parks served</source>
        <translation>服务园区</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Time limit (days)</source>
        <translation>办理时限（天）</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>%1: give a number of days from 1 to 365.</source>
        <translation>%1：请填写 1 至 365 之间的天数。</translation>
    </message>
</context>
<context>
    <name>OrganisationService</name>
    <message>
        <source>checking the code</source>
        <translation>检查编码</translation>
    </message>
    <message>
        <source>%1: "%2" is already used by %3. Choose another code.</source>
        <translation>%1：“%2”已被%3使用。请换一个编码。</translation>
    </message>
</context>
<context>
    <name>Oversight</name>
    <message>
        <source>reading the units</source>
        <translation>读取政法单位</translation>
    </message>
    <message>
        <source>counting the visits of the month</source>
        <translation>统计本月走访</translation>
    </message>
    <message>
        <source>finding the flagged enterprises</source>
        <translation>查找重点关注企业</translation>
    </message>
    <message>
        <source>counting the open problems</source>
        <translation>统计未办结问题</translation>
    </message>
    <message>
        <source>finding the problems due for supervision</source>
        <translation>查找应督办的问题</translation>
    </message>
</context>
<context>
    <name>PageRenderer</name>
    <message>
        <source>The printed pages could not be started.</source>
        <translation>无法开始生成打印页面。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消，未写入任何文件。</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>%1: "%2" is neither a mobile number (11 digits starting with 1) nor a landline with its area code (for example 0917-3456789).</source>
        <translation>%1：“%2”既不是手机号码（以 1 开头的 11 位数字），也不是带区号的固定电话（例如 0917-3456789）。</translation>
    </message>
</context>
<context>
    <name>ProblemDetails</name>
    <message>
        <source>Reply of %1: %2</source>
        <translation>%1回复：%2</translation>
    </message>
    <message>
        <source>%1 (transfer letter %2)</source>
        <translation>%1（交办单 %2）</translation>
    </message>
    <message>
        <source>Not triaged yet</source>
        <translation>尚未分流</translation>
    </message>
    <message>
        <source>%1, with %2</source>
        <translation>%1，会同%2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>%1 — overdue by %n day(s)</source>
        <translation><numerusform>%1 — 已逾期 %n 天</numerusform></translation>
    </message>
    <message>
        <source>%1 — due today</source>
        <translation>%1 — 今日到期</translation>
    </message>
    <message numerus="yes">
        <source>%1 — due in %n day(s)</source>
        <translation><numerusform>%1 — 还有 %n 天到期</numerusform></translation>
    </message>
    <message>
        <source>Transferred to %1, transfer letter (交办单) %2</source>
        <translation>移交%1，交办单 %2</translation>
    </message>
    <message>
        <source>Measure: %1 (%2)</source>
        <translation>解决措施：%1（%2）</translation>
    </message>
    <message>
        <source>Supervision order (督办单) %1, %2, by %3, time limit %4: %5</source>
        <translation>督办单 %1（%2），督办单位：%3，办理时限：%4。督办要求：%5</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>办理结果：%1</translation>
    </message>
    <message>
        <source>Feedback (%1, %2): %3</source>
        <translation>回复反馈（%1，%2）：%3</translation>
    </message>
    <message>
        <source>Closed (销号)</source>
        <translation>销号</translation>
    </message>
    <message>
        <source>Nothing has been done yet.</source>
        <translation>尚未办理。</translation>
    </message>
</context>
<context>
    <name>ProblemFlow</name>
    <message>
        <source>Problem %1 is already being handled (%2); it can be started only once, when it has just been registered.</source>
        <translation>问题 %1 已在办理（%2）；只有刚登记的问题才能开始办理，且只能开始一次。</translation>
    </message>
    <message>
        <source>Problem %1 is %2: only a problem that is registered or in progress can be transferred to a department.</source>
        <translation>问题 %1 当前为“%2”：只有已登记或办理中的问题才能移交部门。</translation>
    </message>
    <message>
        <source>Problem %1 has not been triaged yet: start handling it or transfer it before recording measures.</source>
        <translation>问题 %1 尚未分流：请先开始办理或移交，再登记解决措施。</translation>
    </message>
    <message>
        <source>Problem %1 is closed: reopen it before recording more measures.</source>
        <translation>问题 %1 已销号：如需继续登记措施，请先重新打开。</translation>
    </message>
    <message>
        <source>Problem %1 is %2: a supervision order is issued only while a problem is in progress or transferred.</source>
        <translation>问题 %1 当前为“%2”：只有办理中或已移交的问题才能下发督办单。</translation>
    </message>
    <message>
        <source>Problem %1 is %2: a result is recorded only while the problem is in progress or transferred.</source>
        <translation>问题 %1 当前为“%2”：只有办理中或已移交的问题才能登记办理结果。</translation>
    </message>
    <message>
        <source>Problem %1 is closed: feedback cannot be added to a closed problem. Reopen it first if the enterprise raised it again.</source>
        <translation>问题 %1 已销号，不能再登记反馈。如企业再次提出，请先重新打开。</translation>
    </message>
    <message>
        <source>Problem %1 is %2: record the result of the handling before the feedback to the enterprise.</source>
        <translation>问题 %1 当前为“%2”：请先登记办理结果，再登记向企业的回复反馈。</translation>
    </message>
    <message>
        <source>Problem %1 is already closed.</source>
        <translation>问题 %1 已经销号。</translation>
    </message>
    <message>
        <source>Problem %1 cannot be closed yet: closing needs a result and the enterprise's feedback that it is satisfied or basically satisfied (it is %2).</source>
        <translation>问题 %1 暂不能销号：销号需要有办理结果，且企业反馈为满意或基本满意（当前为“%2”）。</translation>
    </message>
    <message>
        <source>Problem %1 is not closed (%2), so there is nothing to reopen.</source>
        <translation>问题 %1 未销号（%2），无需重新打开。</translation>
    </message>
    <message>
        <source>Problem %1 is closed: reopen it before changing it.</source>
        <translation>问题 %1 已销号：如需修改，请先重新打开。</translation>
    </message>
    <message>
        <source>Start handling</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>移交</translation>
    </message>
    <message>
        <source>Add a measure</source>
        <translation>登记措施</translation>
    </message>
    <message>
        <source>Issue a supervision order</source>
        <translation>下发督办单</translation>
    </message>
    <message>
        <source>Record the result</source>
        <translation>登记办理结果</translation>
    </message>
    <message>
        <source>Record feedback</source>
        <translation>登记回复反馈</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>销号</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>修改</translation>
    </message>
</context>
<context>
    <name>ProblemLetters</name>
    <message>
        <source>Problem number</source>
        <translation>问题编号</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人及电话</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Enterprise's request</source>
        <translation>企业诉求</translation>
    </message>
    <message>
        <source>Result of the handling</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Replied on</source>
        <translation>回复日期</translation>
    </message>
    <message>
        <source>Handled by and phone</source>
        <translation>经办人及电话</translation>
    </message>
    <message>
        <source>Handling unit (seal)</source>
        <translation>承办单位（盖章）</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Problem %1 was never transferred to a department, so it has no transfer letter.</source>
        <translation>问题 %1 未移交过部门，没有交办单。</translation>
    </message>
    <message>
        <source>Problem transfer letter</source>
        <translation>涉企问题交办单</translation>
    </message>
    <message>
        <source>On %1 our unit visited %2 and found the problem below, which lies outside the remit of the political-legal units. Under the first-visit responsibility system it is transferred to you: please handle it by %3 and return the reply slip.</source>
        <translation>我单位于%1走访%2时发现下列问题，该问题不属于政法单位职责范围。根据首访责任制，现移交你单位办理，请于%3前办结并填写回执反馈。</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Reply slip</source>
        <translation>办理情况回执</translation>
    </message>
    <message>
        <source>Transfer letter %1</source>
        <translation>交办单 %1</translation>
    </message>
    <message>
        <source>Handling unit</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Problem %1 has no supervision order.</source>
        <translation>问题 %1 没有督办单。</translation>
    </message>
    <message>
        <source>Problem %1 has no supervision order %2-%3. Its orders are: %4.</source>
        <translation>问题 %1 没有编号为 %2-%3 的督办单。该问题的督办单有：%4。</translation>
    </message>
    <message>
        <source>Supervision order</source>
        <translation>督办单</translation>
    </message>
    <message>
        <source>Found on %1 on a visit to %2 and due by %3, the problem below is not yet solved.</source>
        <translation>%1走访%2时发现的下列问题，办理期限为%3，至今尚未解决。</translation>
    </message>
    <message>
        <source>The problem below, found on %1 on a visit to %2, is supervised until it is solved.</source>
        <translation>%1走访%2时发现的下列问题，现予督办，直至问题解决。</translation>
    </message>
    <message>
        <source>Please handle it as required by %1 and report the result on the reply page.</source>
        <translation>请按要求于%1前办理完毕，并在回复页填写办理结果。</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>移交情况</translation>
    </message>
    <message>
        <source>%1, %2 (transfer letter %3)</source>
        <translation>%1 移交%2（交办单 %3）</translation>
    </message>
    <message>
        <source>Earlier orders</source>
        <translation>此前督办</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>督办要求</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>办理情况回复</translation>
    </message>
    <message>
        <source>Supervision order %1</source>
        <translation>督办单 %1</translation>
    </message>
</context>
<context>
    <name>ProblemLists</name>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1%2%3</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %n row(s)</source>
        <translation><numerusform>%1，%2，共 %n 条</numerusform></translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Problem number</source>
        <translation>问题编号</translation>
    </message>
    <message>
        <source>Visiting unit</source>
        <translation>走访单位</translation>
    </message>
    <message>
        <source>Problems found on visits</source>
        <translation>走访问题清单</translation>
    </message>
    <message>
        <source>Solution measures</source>
        <translation>解决措施清单</translation>
    </message>
    <message>
        <source>Feedback to enterprises</source>
        <translation>回复反馈清单</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Enterprise's request</source>
        <translation>企业诉求</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>处置方式</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任单位及责任人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>办理状态</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>销号日期</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>措施日期</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>解决措施</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>落实人</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>反馈日期</translation>
    </message>
    <message>
        <source>Manner</source>
        <translation>反馈方式</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈内容</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>企业评价</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>反馈人</translation>
    </message>
    <message>
        <source>Unknown list.</source>
        <translation>未知的清单。</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 起</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>The list was cancelled.</source>
        <translation>清单已取消。</translation>
    </message>
</context>
<context>
    <name>ProblemNames</name>
    <message>
        <source>Solved by own unit</source>
        <translation>本单位解决</translation>
    </message>
    <message>
        <source>Coordinated across units</source>
        <translation>跨单位协调</translation>
    </message>
    <message>
        <source>Transferred to a department</source>
        <translation>移交部门办理</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>已移交</translation>
    </message>
    <message>
        <source>Result received</source>
        <translation>已有结果</translation>
    </message>
    <message>
        <source>Feedback given</source>
        <translation>已反馈</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已销号</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>In writing</source>
        <translation>书面</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期督办</translation>
    </message>
    <message>
        <source>On demand</source>
        <translation>按需督办</translation>
    </message>
</context>
<context>
    <name>ProblemService</name>
    <message>
        <source>%1: enter a date.</source>
        <translation>%1：请填写日期。</translation>
    </message>
    <message>
        <source>%1: %2 is in the future; record it on or after the day it happens.</source>
        <translation>%1：%2 是将来的日期；请在事情发生当天或之后登记。</translation>
    </message>
    <message>
        <source>%1: %2 is before %3 (%4).</source>
        <translation>%1：%2 早于%3（%4）。</translation>
    </message>
    <message>
        <source>Problem %1 no longer exists; it may have been deleted.</source>
        <translation>问题 %1 已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>Problem %1 was changed by someone else since you opened it; look at it again and repeat the step.</source>
        <translation>问题 %1 在您打开后已被他人修改；请重新查看后再操作一次。</translation>
    </message>
    <message>
        <source>Triage: a problem for a district department is transferred (with the department and the transfer letter), not started.</source>
        <translation>分流：需区直部门办理的问题应通过“移交”（填写部门和交办单），而不是“开始办理”。</translation>
    </message>
    <message>
        <source>Units to coordinate with: name at least one political-legal unit other than the visiting unit.</source>
        <translation>协调单位：请至少选择一个走访单位以外的政法单位。</translation>
    </message>
    <message>
        <source>Units to coordinate with</source>
        <translation>协调单位</translation>
    </message>
    <message>
        <source>Department: choose the district department the problem is transferred to.</source>
        <translation>移交部门：请选择承接问题的区直部门。</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>移交部门</translation>
    </message>
    <message>
        <source>Transfer date</source>
        <translation>移交日期</translation>
    </message>
    <message>
        <source>the day the problem was found</source>
        <translation>问题发现日期</translation>
    </message>
    <message>
        <source>Measure: describe what was done.</source>
        <translation>解决措施：请写明采取了什么措施。</translation>
    </message>
    <message>
        <source>Done by: choose the officer, or name who did it.</source>
        <translation>落实人：请选择干警，或填写落实的单位或人员。</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>落实人</translation>
    </message>
    <message>
        <source>Measure date</source>
        <translation>措施日期</translation>
    </message>
    <message>
        <source>Requirement: say what is to be done by the time limit.</source>
        <translation>督办要求：请写明限期内应完成的事项。</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>督办日期</translation>
    </message>
    <message>
        <source>Time limit: give a date on or after the date of issue (%1).</source>
        <translation>办理时限：请填写不早于督办日期（%1）的日期。</translation>
    </message>
    <message>
        <source>Reason: problem %1 is not overdue on %2 (its deadline is %3); issue the order on demand instead.</source>
        <translation>督办原因：问题 %1 在 %2 并未逾期（办理期限为 %3）；请改为按需督办。</translation>
    </message>
    <message>
        <source>Supervising unit</source>
        <translation>督办单位</translation>
    </message>
    <message>
        <source>Result: say how the problem was solved or answered.</source>
        <translation>办理结果：请写明问题如何解决或答复。</translation>
    </message>
    <message>
        <source>Result date</source>
        <translation>结果日期</translation>
    </message>
    <message>
        <source>Feedback: write what the enterprise was told and what it said.</source>
        <translation>回复反馈：请写明向企业回复的内容及企业意见。</translation>
    </message>
    <message>
        <source>Feedback date</source>
        <translation>反馈日期</translation>
    </message>
    <message>
        <source>the date of the result</source>
        <translation>办理结果日期</translation>
    </message>
    <message>
        <source>Feedback given by</source>
        <translation>反馈人</translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation>销号日期</translation>
    </message>
    <message>
        <source>the date of the last feedback</source>
        <translation>最近一次反馈日期</translation>
    </message>
    <message>
        <source>Reply: write what the department answered.</source>
        <translation>回复情况：请填写部门的回复内容。</translation>
    </message>
    <message>
        <source>Reply date</source>
        <translation>回复日期</translation>
    </message>
    <message>
        <source>the transfer date</source>
        <translation>移交日期</translation>
    </message>
    <message>
        <source>Reply: write what was answered to the supervision order.</source>
        <translation>回复情况：请填写对督办单的回复内容。</translation>
    </message>
    <message>
        <source>the date of issue</source>
        <translation>督办日期</translation>
    </message>
</context>
<context>
    <name>RecordChecks</name>
    <message>
        <source>%1: choose one.</source>
        <translation>%1：请选择。</translation>
    </message>
    <message>
        <source>checking the %1</source>
        <translation>核对%1</translation>
    </message>
    <message>
        <source>%1: the chosen record does not exist; choose another.</source>
        <translation>%1：所选记录不存在，请另选。</translation>
    </message>
    <message>
        <source>%1: the chosen record is in the recycle bin; restore it or choose another.</source>
        <translation>%1：所选记录在回收站中，请先恢复或另选。</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Responsible section</source>
        <translation>责任科室</translation>
    </message>
    <message>
        <source>checking the section</source>
        <translation>核对科室</translation>
    </message>
    <message>
        <source>Responsible section: the section belongs to another unit; choose a section of the responsible unit.</source>
        <translation>责任科室：该科室属于其他单位，请选择责任单位的科室。</translation>
    </message>
    <message>
        <source>Responsible officer</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Problem: describe the problem the enterprise has.</source>
        <translation>问题：请描述企业遇到的问题。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <source>Deadline: enter a date.</source>
        <translation>办理期限：请填写日期。</translation>
    </message>
    <message>
        <source>Deadline: %1 is before the day the problem was found (%2); give a later date.</source>
        <translation>办理期限：%1 早于问题发现日期（%2），请填写更晚的日期。</translation>
    </message>
</context>
<context>
    <name>RecordWriter</name>
    <message>
        <source>writing the audit log</source>
        <translation>写入修改留痕</translation>
    </message>
    <message>
        <source>An internal error occurred while saving.</source>
        <translation>保存时发生内部错误。</translation>
    </message>
    <message>
        <source>saving the record</source>
        <translation>保存记录</translation>
    </message>
    <message>
        <source>reading the record</source>
        <translation>读取记录</translation>
    </message>
    <message>
        <source>The record no longer exists; it may have been removed for good.</source>
        <translation>该记录已不存在，可能已被彻底删除。</translation>
    </message>
    <message>
        <source>%1 changed this record at %2, after you opened it. Your changes were not saved: reload the record and make them again.</source>
        <translation>在您打开此记录后，%1 于 %2 修改了它。您的修改未保存：请重新载入记录后再修改。</translation>
    </message>
    <message>
        <source>The record is already in the recycle bin.</source>
        <translation>该记录已在回收站中。</translation>
    </message>
    <message>
        <source>The record is not in the recycle bin.</source>
        <translation>该记录不在回收站中。</translation>
    </message>
    <message>
        <source>Someone else changed this record while you were saving it. Reload it and make your changes again.</source>
        <translation>在您保存时，其他人修改了此记录。请重新载入后再修改。</translation>
    </message>
</context>
<context>
    <name>RecycleBin</name>
    <message>
        <source>reading the recycle bin</source>
        <translation>读取回收站</translation>
    </message>
    <message>
        <source>checking the code</source>
        <translation>检查编码</translation>
    </message>
    <message>
        <source>The record cannot be restored: its code %1 now belongs to "%2". Change that record's code first.</source>
        <translation>无法恢复该记录：其代码 %1 现属于“%2”。请先修改那条记录的代码。</translation>
    </message>
</context>
<context>
    <name>RosterColumnMatcher</name>
    <message>
        <source>Row 1: the columns "%1" and "%2" both hold %3; keep one of them.</source>
        <translation>第 1 行：“%1”和“%2”两列都是%3；请只保留一列。</translation>
    </message>
    <message>
        <source>Row 1 must name the columns %1; the file's first row has: %2.</source>
        <translation>第 1 行必须有 %1 列；文件第 1 行为：%2。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>SetupService</name>
    <message>
        <source>District: enter the name of the district, for example 陈仓区.</source>
        <translation>区名：请输入本区名称，例如 陈仓区。</translation>
    </message>
    <message>
        <source>Units: keep at least one unit.</source>
        <translation>单位：至少保留一家单位。</translation>
    </message>
    <message>
        <source>Units, row %1, code</source>
        <translation>单位第 %1 行的代码</translation>
    </message>
    <message>
        <source>Units, row %1, name: enter the unit's name.</source>
        <translation>单位第 %1 行的名称：请输入单位名称。</translation>
    </message>
    <message>
        <source>Units, rows %1 and %2 both have the code "%3"; give each unit its own code.</source>
        <translation>单位第 %1 行和第 %2 行的代码都是“%3”，请为每家单位设置不同的代码。</translation>
    </message>
    <message>
        <source>Your name: enter your name.</source>
        <translation>您的姓名：请输入您的姓名。</translation>
    </message>
    <message>
        <source>Your code</source>
        <translation>您的代码</translation>
    </message>
    <message>
        <source>Your unit: choose the unit you work in.</source>
        <translation>您的单位：请选择您所在的单位。</translation>
    </message>
    <message>
        <source>Your code: "%1" is already used by %2. Choose another code.</source>
        <translation>您的代码：“%1”已被 %2 使用，请换一个代码。</translation>
    </message>
</context>
<context>
    <name>SqliteBackup</name>
    <message>
        <source>checking the file</source>
        <translation>检查文件</translation>
    </message>
    <message>
        <source>The database file %1 is damaged: %2</source>
        <translation>数据库文件 %1 已损坏：%2</translation>
    </message>
    <message>
        <source>copying the database</source>
        <translation>复制数据库</translation>
    </message>
    <message>
        <source>finishing the copy</source>
        <translation>完成复制</translation>
    </message>
    <message>
        <source>restoring the backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was written.</source>
        <translation>备份已取消，未写入任何文件。</translation>
    </message>
</context>
<context>
    <name>SqliteErrors</name>
    <message>
        <source>Another program is writing to the database file %1. LinkPoint waited %2 seconds for it to finish. Close the other program or wait a moment, then try again.</source>
        <translation>另一个程序正在写入数据库文件 %1，联系点工作台已等待 %2 秒。请关闭该程序或稍候再试。</translation>
    </message>
    <message>
        <source>The database file %1 is open read-only, so nothing can be saved.</source>
        <translation>数据库文件 %1 以只读方式打开，无法保存。</translation>
    </message>
    <message>
        <source>The database file %1 is damaged and cannot be read. Restore it from a backup.</source>
        <translation>数据库文件 %1 已损坏，无法读取。请从备份恢复。</translation>
    </message>
    <message>
        <source>The disk that holds %1 is full. Free some space and try again.</source>
        <translation>%1 所在的磁盘已满。请腾出空间后再试。</translation>
    </message>
    <message>
        <source>The database file %1 could not be read or written. Check that the disk is connected and that you may use the file.</source>
        <translation>无法读写数据库文件 %1。请检查磁盘是否连接，以及您是否有权使用该文件。</translation>
    </message>
    <message>
        <source>The change conflicts with a record already saved (%1).</source>
        <translation>此修改与已保存的记录冲突（%1）。</translation>
    </message>
    <message>
        <source>An unexpected database error occurred while %1. Please report it with the log.</source>
        <translation>%1时发生意外的数据库错误。请连同日志报告此问题。</translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>%1 is an old Excel 97-2003 workbook (.xls), which LinkPoint does not read. Open it in Excel or WPS, save it as an Excel workbook (.xlsx) or as CSV, and import that file.</source>
        <translation>%1 是旧版 Excel 97-2003 工作簿（.xls），无法读取。请在 Excel 或 WPS 中打开，另存为 Excel 工作簿（.xlsx）或 CSV 后导入。</translation>
    </message>
    <message>
        <source>LinkPoint cannot import %1: it imports Excel workbooks (.xlsx) and CSV or tab-separated text files (.csv, .txt).</source>
        <translation>无法导入 %1：可导入 Excel 工作簿（.xlsx）以及 CSV 或制表符分隔的文本文件（.csv、.txt）。</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>District</source>
        <translation>区信息</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>干警</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>科室</translation>
    </message>
    <message>
        <source>Parks</source>
        <translation>园区</translation>
    </message>
    <message>
        <source>Contact points</source>
        <translation>服务联系点</translation>
    </message>
    <message>
        <source>Parks served by contact points</source>
        <translation>联系点服务园区</translation>
    </message>
    <message>
        <source>Members of contact points</source>
        <translation>联系点成员</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Problem categories</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>区直部门</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走访记录</translation>
    </message>
    <message>
        <source>Officers on visits</source>
        <translation>走访干警</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>走访问题</translation>
    </message>
    <message>
        <source>Units coordinating problems</source>
        <translation>问题协调单位</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>解决措施</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>回复反馈</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>问题移交</translation>
    </message>
    <message>
        <source>Supervision orders</source>
        <translation>督办单</translation>
    </message>
    <message>
        <source>Holiday table</source>
        <translation>节假日表</translation>
    </message>
</context>
<context>
    <name>TestPage</name>
    <message>
        <source>Sample ledger: problems found on visits</source>
        <translation>样例台账：走访问题清单</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Amount (10k yuan)</source>
        <translation>涉及金额（万元）</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>企业反映问题</translation>
    </message>
    <message>
        <source>Chencang Precision Machinery Co., Ltd.</source>
        <translation>陈仓区某精密机械制造有限公司</translation>
    </message>
    <message>
        <source>Weihe Food Processing Co., Ltd.</source>
        <translation>渭河某食品加工有限公司</translation>
    </message>
    <message>
        <source>Baoji Titanium Materials Co., Ltd.</source>
        <translation>宝鸡某钛材料科技有限公司</translation>
    </message>
    <message>
        <source>Hi-tech Park Logistics Co., Ltd.</source>
        <translation>高新园区某物流有限公司</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>劳动用工</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合同履约</translation>
    </message>
    <message>
        <source>Intellectual property</source>
        <translation>知识产权</translation>
    </message>
    <message>
        <source>Public order</source>
        <translation>治安环境</translation>
    </message>
    <message>
        <source>District court</source>
        <translation>区人民法院</translation>
    </message>
    <message>
        <source>Procuratorate</source>
        <translation>区人民检察院</translation>
    </message>
    <message>
        <source>Police sub-bureau</source>
        <translation>公安分局</translation>
    </message>
    <message>
        <source>Justice bureau</source>
        <translation>区司法局</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>已移交</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已销号</translation>
    </message>
    <message>
        <source>The enterprise asks for help with a dispute over unpaid wages of %1 workers.</source>
        <translation>企业反映与 %1 名职工的欠薪纠纷，请求协助化解。</translation>
    </message>
    <message>
        <source> A supplier has not delivered under a signed contract and the enterprise asks how to recover its deposit.</source>
        <translation>另有供应商未按合同交货，企业咨询如何追回定金。</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>走访日期</translation>
    </message>
    <message>
        <source>Visiting unit</source>
        <translation>走访单位</translation>
    </message>
    <message>
        <source> district court</source>
        <translation>人民法院</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>走访人员</translation>
    </message>
    <message>
        <source>Wang Lei, Li Qing</source>
        <translation>王磊、李青</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Contact and phone</source>
        <translation>联系人及电话</translation>
    </message>
    <message>
        <source>Zhang Min 13800000000</source>
        <translation>张敏 13800000000</translation>
    </message>
    <message>
        <source>What was discussed</source>
        <translation>走访内容</translation>
    </message>
    <message>
        <source>Explained the new rules on labour contracts; heard the enterprise's concerns about collecting receivables and about security around the park at night.</source>
        <translation>讲解劳动合同相关新规；听取企业关于应收账款回收和园区夜间治安的意见。</translation>
    </message>
    <message>
        <source>Problems raised</source>
        <translation>企业反映问题</translation>
    </message>
    <message>
        <source>Printer test page</source>
        <translation>打印测试页</translation>
    </message>
    <message>
        <source>LinkPoint printer test page</source>
        <translation>联系点工作台打印测试页</translation>
    </message>
    <message>
        <source>%1 · LinkPoint printer test page</source>
        <translation>%1 · 联系点工作台打印测试页</translation>
    </message>
    <message>
        <source>Printed %1 — the ledger below runs over two pages; its header repeats on each.</source>
        <translation>打印日期 %1。下方台账跨两页，每页均重复表头。</translation>
    </message>
    <message>
        <source>Enterprise visit registration form</source>
        <translation>企业走访登记表</translation>
    </message>
    <message>
        <source>What this page checks</source>
        <translation>本页检查的内容</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>版式</translation>
    </message>
    <message>
        <source>Margins follow GB/T 9704-2012: 37 mm at the top, 28 mm on the binding side; the page number sits below the text as — N —. Measure them on paper.</source>
        <translation>页边距按 GB/T 9704-2012：天头 37 毫米，订口 28 毫米；页码以“— N —”形式置于版心下方。请在纸上量一量。</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>字体</translation>
    </message>
    <message>
        <source>not checked (pdftotext is not installed)</source>
        <translation>未检查（未安装 pdftotext）</translation>
    </message>
    <message>
        <source>its text extracts correctly</source>
        <translation>文字可正确提取</translation>
    </message>
    <message>
        <source>its text does NOT extract correctly</source>
        <translation>文字无法正确提取</translation>
    </message>
    <message>
        <source>%1: %2 — %3.</source>
        <translation>%1：%2——%3。</translation>
    </message>
    <message>
        <source>Word and WPS print titles in 方正小标宋简体, body text in 仿宋_GB2312 and headings in 黑体 and 楷体_GB2312 where these faces are installed.</source>
        <translation>Word 和 WPS 在装有相应字体时，标题用方正小标宋简体，正文用仿宋_GB2312，各级标题用黑体和楷体_GB2312。</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>签章</translation>
    </message>
    <message>
        <source>Reporting unit (seal)</source>
        <translation>填报单位（盖章）</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Filled in by</source>
        <translation>填表人</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy年M月d日</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The database connection is not open.</source>
        <translation>数据库连接未打开。</translation>
    </message>
    <message>
        <source>starting to save</source>
        <translation>开始保存</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>UnitKindNames</name>
    <message>
        <source>Political-Legal Committee</source>
        <translation>政法委</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>法院</translation>
    </message>
    <message>
        <source>Procuratorate</source>
        <translation>检察院</translation>
    </message>
    <message>
        <source>Public-security sub-bureau</source>
        <translation>公安分局</translation>
    </message>
    <message>
        <source>Justice bureau</source>
        <translation>区司法局</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>VisitLog</name>
    <message>
        <source>Visit log</source>
        <translation>走访日志</translation>
    </message>
    <message>
        <source>%1 %2 visit log %3</source>
        <translation>%1%2走访日志（%3）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1　%2</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) to %1 enterprise(s); %2 problem(s) found.</source>
        <translation><numerusform>本月走访 %n 次，涉及企业 %1 家，发现问题 %2 个。</numerusform></translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>走访企业</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>走访干警</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>走访原因</translation>
    </message>
    <message>
        <source>Person met</source>
        <translation>接待人员</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>走访内容</translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>处置方式</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任单位及责任人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>办理状态</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>审核人</translation>
    </message>
</context>
<context>
    <name>VisitReasonNames</name>
    <message>
        <source>Routine visit</source>
        <translation>常规走访</translation>
    </message>
    <message>
        <source>Many disputes</source>
        <translation>纠纷多</translation>
    </message>
    <message>
        <source>Operating difficulties</source>
        <translation>经营困难</translation>
    </message>
    <message>
        <source>Return visit</source>
        <translation>回访</translation>
    </message>
</context>
<context>
    <name>VisitService</name>
    <message>
        <source>Visit date: enter the day of the visit.</source>
        <translation>走访日期：请填写走访当天的日期。</translation>
    </message>
    <message>
        <source>Visit date: %1 is in the future; a visit is recorded after it took place (today is %2).</source>
        <translation>走访日期：%1 是将来的日期；走访应在完成后登记（今天是 %2）。</translation>
    </message>
    <message>
        <source>Visiting unit</source>
        <translation>走访单位</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>走访企业</translation>
    </message>
    <message>
        <source>Officers: choose at least one officer who made the visit.</source>
        <translation>走访干警：请至少选择一名参加走访的干警。</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>走访干警</translation>
    </message>
    <message>
        <source>Content: write what was discussed.</source>
        <translation>走访内容：请填写走访交流的内容。</translation>
    </message>
    <message>
        <source>Problem %1</source>
        <translation>问题 %1</translation>
    </message>
    <message>
        <source>describe the problem the enterprise has.</source>
        <translation>请描述企业遇到的问题。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <source>the deadline %1 is before the day the problem was found (%2); give a later date.</source>
        <translation>办理期限 %1 早于问题发现日期（%2），请填写更晚的日期。</translation>
    </message>
    <message>
        <source>name the political-legal units it is coordinated with.</source>
        <translation>请选择需协调的政法单位。</translation>
    </message>
    <message>
        <source>Units to coordinate with</source>
        <translation>协调单位</translation>
    </message>
    <message>
        <source>it is no longer a problem of this visit.</source>
        <translation>该问题已不属于本次走访。</translation>
    </message>
    <message>
        <source>Category: the chosen category does not exist.</source>
        <translation>问题类别：所选类别不存在。</translation>
    </message>
    <message>
        <source>checking what was done about the visit's problems</source>
        <translation>核对本次走访问题的办理情况</translation>
    </message>
    <message>
        <source>The visit cannot be deleted: its problem %1 is already being handled (measures, a transfer, a result or feedback are recorded). Correct the visit instead.</source>
        <translation>不能删除该走访：其问题 %1 已在办理（已登记措施、移交、结果或反馈）。请改为修改走访记录。</translation>
    </message>
</context>
<context>
    <name>VisitStatistics</name>
    <message>
        <source>Visit statistics</source>
        <translation>走访工作统计表</translation>
    </message>
    <message>
        <source>%1 visit statistics %2</source>
        <translation>%1走访工作统计表（%2）</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走访次数</translation>
    </message>
    <message>
        <source>Enterprises visited</source>
        <translation>走访企业数</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>发现问题数</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>办结数</translation>
    </message>
    <message>
        <source>Overdue at month end</source>
        <translation>月末逾期数</translation>
    </message>
    <message>
        <source>Closing rate</source>
        <translation>办结率</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Problems found by category</source>
        <translation>发现问题分类</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>1. Visits: the unit's visits dated in the month. Enterprises visited: the distinct enterprises of those visits; the total counts an enterprise once, however many units visited it.</source>
        <translation>1. 走访次数：本单位当月的走访次数。走访企业数：上述走访涉及的企业数（去重）；合计行中同一企业无论被几家单位走访只计一次。</translation>
    </message>
    <message>
        <source>2. Problems found: the unit's problems found in the month, the rows of its problem list for the month. Closed: its problems closed in the month.</source>
        <translation>2. 发现问题数：本单位当月发现的问题数，即当月走访问题清单的条数。办结数：本单位当月销号的问题数。</translation>
    </message>
    <message>
        <source>3. Overdue at month end: its problems found on or before the last day of the month, not closed by then, whose deadline is before the last day.</source>
        <translation>3. 月末逾期数：截至月末最后一日已发现、尚未销号且办理期限早于月末最后一日的问题数。</translation>
    </message>
    <message>
        <source>4. Closing rate: closed ÷ (closed + open at month end), where open at month end means found on or before the last day and not closed by then. Satisfaction rate: the feedback on its problems given in the month rated satisfied or basically satisfied ÷ all feedback given in the month. "—": nothing to divide by.</source>
        <translation>4. 办结率＝办结数÷（办结数＋月末未办结数），月末未办结数指截至月末最后一日已发现且尚未销号的问题数。满意率＝当月回复反馈中评价为满意或基本满意的条数÷当月回复反馈总条数。“—”表示无可计算的数据。</translation>
    </message>
</context>
<context>
    <name>WorkCalendar</name>
    <message>
        <source>The holiday table built into LinkPoint is missing. Reinstall LinkPoint.</source>
        <translation>联系点工作台自带的节假日表缺失，请重新安装联系点工作台。</translation>
    </message>
    <message>
        <source>"%1" is not a year. Each line starts with the year of its notice, e.g. 2027, followed by a tab.</source>
        <translation>“%1”不是年份。每行以通知所属年份开头（如 2027），后接一个制表符。</translation>
    </message>
    <message>
        <source>the source line of %1 names no notice. Write: %1, a tab, source, a tab, and the notice's title and number.</source>
        <translation>%1 年的来源行没有写明通知。请写：%1、制表符、source、制表符，再写通知标题和文号。</translation>
    </message>
    <message>
        <source>%1 already has a source line (line %2). Keep one source line per year.</source>
        <translation>%1 年已有来源行（第 %2 行）。每年只保留一行来源。</translation>
    </message>
    <message>
        <source>%1 has no name. Write the name of the holiday it belongs to.</source>
        <translation>%1 没有名称。请写明所属节日名称。</translation>
    </message>
    <message>
        <source>expected 4 fields separated by tabs (year, date, holiday or workday, name), found %1. Separate the fields with tab characters, not spaces.</source>
        <translation>应有 4 个以制表符分隔的字段（年份、日期、holiday 或 workday、名称），实际为 %1 个。请用制表符而不是空格分隔字段。</translation>
    </message>
    <message>
        <source>"%1" is not a date. Write dates as YYYY-MM-DD, e.g. 2027-01-01.</source>
        <translation>“%1”不是日期。日期请写成 YYYY-MM-DD，如 2027-01-01。</translation>
    </message>
    <message>
        <source>"%1" is neither holiday nor workday. Write holiday for a day off, workday for a weekend day that is worked.</source>
        <translation>“%1”既不是 holiday 也不是 workday。放假日写 holiday，周末调休上班日写 workday。</translation>
    </message>
    <message>
        <source>%1 is outside %2. A day belongs to the year of its notice: a date in %2, or in December %3 when New Year's Day holidays start in the old year.</source>
        <translation>%1 不在 %2 年内。每一天归属其通知所在年份：应为 %2 年内的日期，或元旦假期从上一年开始时 %3 年 12 月的日期。</translation>
    </message>
    <message>
        <source>%1 is a %2, but a workday line is for a Saturday or Sunday that is worked. Check the date, or write holiday.</source>
        <translation>%1 是%2，但 workday 行只用于调休上班的星期六或星期日。请检查日期，或改写为 holiday。</translation>
    </message>
    <message>
        <source>%1 is listed twice (first on line %2). Keep one line per day.</source>
        <translation>%1 重复列出（首次在第 %2 行）。每天只保留一行。</translation>
    </message>
    <message>
        <source>%1 has days but no source line. Add a line: %1, a tab, source, a tab, and the title and number of the notice the days come from.</source>
        <translation>%1 年列有日期但没有来源行。请添加一行：%1、制表符、source、制表符，再写日期所依据通知的标题和文号。</translation>
    </message>
    <message>
        <source>%1 has a source line but no days. Add the year's holidays and make-up workdays, or remove the line.</source>
        <translation>%1 年有来源行但没有日期。请补充该年的放假日和调休上班日，或删除该行。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation><numerusform>……另有 %n 处问题。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The holiday table has %n problem(s):</source>
        <translation><numerusform>节假日表有 %n 处问题：</numerusform></translation>
    </message>
    <message>
        <source>The holiday table lists no year. Each year needs a source line and its days, as in the table LinkPoint ships (see its header for the format).</source>
        <translation>节假日表中没有任何年份。每年都需要一行来源和该年的日期，格式与联系点工作台自带的表相同（见其表头说明）。</translation>
    </message>
</context>
<context>
    <name>XlsxBookWriter</name>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>The sheet "%1" could not be added.</source>
        <translation>无法添加工作表“%1”。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Registration form</source>
        <translation>登记表</translation>
    </message>
    <message>
        <source>"%1" has no table to put in a spreadsheet; export it as PDF or Word.</source>
        <translation>“%1”中没有可放入电子表格的表格，请导出为 PDF 或 Word。</translation>
    </message>
    <message>
        <source>The spreadsheet could not be started.</source>
        <translation>无法开始生成电子表格。</translation>
    </message>
    <message>
        <source>The spreadsheet could not be written.</source>
        <translation>无法写入电子表格。</translation>
    </message>
</context>
<context>
    <name>XlsxPackage</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened: %2</source>
        <translation>无法打开文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 is an old Excel 97-2003 workbook or a password-protected one. Open it in Excel or WPS, save it as an Excel workbook (.xlsx) without a password or as CSV, and import that file.</source>
        <translation>%1 是旧版 Excel 97-2003 工作簿或设有密码的工作簿。请在 Excel 或 WPS 中打开，另存为不设密码的 Excel 工作簿（.xlsx）或 CSV 后导入。</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx): it is not a ZIP archive.</source>
        <translation>%1 不是 Excel 工作簿（.xlsx）：它不是 ZIP 压缩包。</translation>
    </message>
    <message>
        <source>%1 is too large to import: its part %2 lists more than %3 entries.</source>
        <translation>%1 太大，无法导入：其部件 %2 有超过 %3 个条目。</translation>
    </message>
    <message>
        <source>%1 is damaged or uses a ZIP feature LinkPoint cannot read (part %2). Open it in Excel or WPS and save it again as an .xlsx workbook.</source>
        <translation>%1 已损坏或使用了无法读取的 ZIP 功能（部件 %2）。请在 Excel 或 WPS 中打开并重新保存为 .xlsx 工作簿。</translation>
    </message>
    <message>
        <source>%1 is not a complete Excel workbook: the part %2 is missing.</source>
        <translation>%1 不是完整的 Excel 工作簿：缺少部件 %2。</translation>
    </message>
    <message>
        <source>%1 is too large to import: its part %2 unpacks to more than %3. Split the workbook or save the sheet as CSV.</source>
        <translation>%1 太大，无法导入：其部件 %2 解压后超过 %3。请拆分工作簿或将工作表另存为 CSV。</translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 is not well-formed XML (line %3: %4).</source>
        <translation>%1 已损坏：其部件 %2 不是格式正确的 XML（第 %3 行：%4）。</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx): it has no workbook part. A Word or other ZIP file cannot be imported as a table.</source>
        <translation>%1 不是 Excel 工作簿（.xlsx）：没有工作簿部件。Word 文档或其他 ZIP 文件不能作为表格导入。</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook LinkPoint can read: its ZIP archive holds more than %2 files.</source>
        <translation>%1 不是可读取的 Excel 工作簿：其 ZIP 压缩包中的文件超过 %2 个。</translation>
    </message>
</context>
<context>
    <name>XlsxParts</name>
    <message>
        <source>%1 is too large to import: it holds more than %2 different texts. Split the workbook or save the sheet as CSV.</source>
        <translation>%1 太大，无法导入：其中不同的文本超过 %2 条。请拆分工作簿或将工作表另存为 CSV。</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1 has no worksheet to import.</source>
        <translation>%1 中没有可导入的工作表。</translation>
    </message>
    <message>
        <source>%1 has no sheet named "%2". Its sheets are: %3.</source>
        <translation>%1 中没有名为“%2”的工作表。现有工作表：%3。</translation>
    </message>
    <message>
        <source>%1 is damaged: the part that holds sheet "%2" is missing. Open it in Excel or WPS and save it again.</source>
        <translation>%1 已损坏：缺少存放工作表“%2”的部件。请在 Excel 或 WPS 中打开并重新保存。</translation>
    </message>
</context>
<context>
    <name>XlsxSheet</name>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>已取消读取 %1。</translation>
    </message>
    <message>
        <source>Sheet "%1" of %2 has data in column %3; LinkPoint reads at most %4 columns (up to column %5), as Excel does.</source>
        <translation>%2 的工作表“%1”在第 %3 列有数据；与 Excel 一样，最多读取 %4 列（至 %5 列）。</translation>
    </message>
    <message>
        <source>Sheet "%1" of %2, row %3, column %4: the cell refers to text number %5, but the workbook holds only %6 texts. The file is damaged; open it in Excel or WPS and save it again.</source>
        <translation>%2 的工作表“%1”第 %3 行第 %4 列：单元格引用第 %5 条文本，但工作簿只有 %6 条文本。文件已损坏；请在 Excel 或 WPS 中打开并重新保存。</translation>
    </message>
    <message>
        <source>Sheet "%1" of %2 has more than %3 filled cells, more than LinkPoint imports at once. Split it into smaller sheets or files.</source>
        <translation>%2 的工作表“%1”有超过 %3 个非空单元格，超出一次可导入的数量。请拆分为较小的工作表或文件。</translation>
    </message>
    <message>
        <source>Sheet "%1" of %2 is too large to import: counted up to the last filled cell of each row, it has more than %3 cells. Delete unused columns or split the sheet.</source>
        <translation>%2 的工作表“%1”太大，无法导入：按每行最后一个非空单元格计算，超过 %3 个单元格。请删除无用的列或拆分工作表。</translation>
    </message>
    <message>
        <source>Sheet "%1" of %2 has data in row %3; LinkPoint reads at most %4 rows, as Excel does.</source>
        <translation>%2 的工作表“%1”在第 %3 行有数据；与 Excel 一样，最多读取 %4 行。</translation>
    </message>
    <message>
        <source>Sheet "%1" of %2 is damaged: "%3" is not a cell reference. Open it in Excel or WPS and save it again.</source>
        <translation>%2 的工作表“%1”已损坏：“%3”不是单元格引用。请在 Excel 或 WPS 中打开并重新保存。</translation>
    </message>
</context>
<context>
    <name>lp::storage::ContactPointRepository</name>
    <message>
        <source>reading the contact points</source>
        <translation>读取服务联系点</translation>
    </message>
    <message>
        <source>counting the enterprises of a contact point</source>
        <translation>统计服务联系点的企业数</translation>
    </message>
</context>
<context>
    <name>lp::storage::DistrictRepository</name>
    <message>
        <source>reading the district</source>
        <translation>读取区信息</translation>
    </message>
</context>
<context>
    <name>lp::storage::EnterpriseRepository</name>
    <message>
        <source>reading the enterprises</source>
        <translation>读取企业</translation>
    </message>
</context>
<context>
    <name>lp::storage::LinkTable</name>
    <message>
        <source>reading the %1</source>
        <translation>读取%1</translation>
    </message>
</context>
<context>
    <name>lp::storage::OfficerRepository</name>
    <message>
        <source>reading the officers</source>
        <translation>读取干警</translation>
    </message>
</context>
<context>
    <name>lp::storage::ParkRepository</name>
    <message>
        <source>reading the parks</source>
        <translation>读取园区</translation>
    </message>
</context>
<context>
    <name>lp::storage::ProblemLedgerQuery</name>
    <message>
        <source>reading the problem ledger</source>
        <translation>读取问题台账</translation>
    </message>
</context>
<context>
    <name>lp::storage::ProblemListsRepository</name>
    <message>
        <source>reading the problem categories and departments</source>
        <translation>读取问题类别和区直部门</translation>
    </message>
</context>
<context>
    <name>lp::storage::ProblemRepository</name>
    <message>
        <source>reading the problems</source>
        <translation>读取走访问题</translation>
    </message>
</context>
<context>
    <name>lp::storage::ProblemTrailRepository</name>
    <message>
        <source>reading what was done about a problem</source>
        <translation>读取问题的办理情况</translation>
    </message>
</context>
<context>
    <name>lp::storage::SectionRepository</name>
    <message>
        <source>reading the sections</source>
        <translation>读取科室</translation>
    </message>
</context>
<context>
    <name>lp::storage::UnitRepository</name>
    <message>
        <source>reading the units</source>
        <translation>读取单位</translation>
    </message>
</context>
<context>
    <name>lp::storage::VisitLedgerQuery</name>
    <message>
        <source>reading the visits and their problems</source>
        <translation>读取走访记录及其问题</translation>
    </message>
</context>
<context>
    <name>lp::storage::VisitListQuery</name>
    <message>
        <source>reading the visits</source>
        <translation>读取走访记录</translation>
    </message>
</context>
<context>
    <name>lp::storage::VisitRepository</name>
    <message>
        <source>reading the visits</source>
        <translation>读取走访记录</translation>
    </message>
</context>
<context>
    <name>lp::storage::VisitStatisticsQuery</name>
    <message>
        <source>counting the visits and problems</source>
        <translation>统计走访和问题</translation>
    </message>
</context>
<context>
    <name>lp::ui::AboutDialog</name>
    <message>
        <source>About LinkPoint</source>
        <translation>关于联系点工作台</translation>
    </message>
    <message>
        <source>&lt;h2&gt;LinkPoint %1&lt;/h2&gt;&lt;p&gt;The workbench of a district's political-legal units for their service contact points: visits to enterprises, problems and their supervision, needs, meetings, legal services, mediation, typical cases and hearing observations.&lt;/p&gt;&lt;p&gt;Data version %2 · Qt %3&lt;/p&gt;&lt;p&gt;Database file:&lt;br&gt;%4&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;联系点工作台 %1&lt;/h2&gt;&lt;p&gt;区级政法单位服务联系点的工作平台：走访企业、问题清单与督办、法治需求、联席会议、法律服务、调解、典型案例和旁听庭审。&lt;/p&gt;&lt;p&gt;数据版本 %2 · Qt %3&lt;/p&gt;&lt;p&gt;数据库文件：&lt;br&gt;%4&lt;/p&gt;&lt;p&gt;自由软件，按 GNU 通用公共许可证第 3 版或更高版本发布。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>lp::ui::AppController</name>
    <message>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <source>The backup was restored. The file that could not be opened was kept as %1.</source>
        <translation>备份已恢复。无法打开的文件保留为 %1。</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Demonstration</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>Deadlines not changed</source>
        <translation>期限设置未更改</translation>
    </message>
</context>
<context>
    <name>lp::ui::CategoriesPage</name>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>The deadline a new problem of this category gets, counted from the day it was found. It can be changed for each problem.</source>
        <translation>该类新问题的默认办理期限，自问题发现之日起计算；每个问题可单独调整。</translation>
    </message>
    <message>
        <source>Offered for new problems</source>
        <translation>登记新问题时可选</translation>
    </message>
    <message>
        <source>Problem categories</source>
        <translation>问题类别</translation>
    </message>
</context>
<context>
    <name>lp::ui::CategoryListModel</name>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <source>Time limit (days)</source>
        <translation>办理时限（天）</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>lp::ui::CloseDialog</name>
    <message>
        <source>Closing (销号) ends the problem: it was solved and the enterprise is satisfied.</source>
        <translation>销号即办结该问题：问题已解决，企业表示满意。</translation>
    </message>
    <message>
        <source>Closed &amp;on:</source>
        <translation>销号日期(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>lp::ui::ContactPointListModel</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Host unit</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Convener</source>
        <translation>召集人</translation>
    </message>
    <message>
        <source>Set up on</source>
        <translation>设立日期</translation>
    </message>
    <message>
        <source>Parks</source>
        <translation>服务园区</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
</context>
<context>
    <name>lp::ui::ContactPointsPage</name>
    <message>
        <source>Known</source>
        <translation>已知</translation>
    </message>
    <message>
        <source>Members may come from several units. Space checks or unchecks.</source>
        <translation>成员可来自多家单位。按空格键勾选或取消。</translation>
    </message>
    <message>
        <source>Enterprises served:</source>
        <translation>服务企业：</translation>
    </message>
    <message>
        <source>Contact points</source>
        <translation>服务联系点</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1（已离岗）</translation>
    </message>
    <message>
        <source>(choose a unit)</source>
        <translation>（请选择单位）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>&amp;Print card…</source>
        <translation>打印情况表(&amp;P)…</translation>
    </message>
    <message>
        <source>The basic facts of the point, its members and the enterprises it serves, to print or export</source>
        <translation>联系点基本情况、成员及所服务的企业，可打印或导出</translation>
    </message>
    <message>
        <source>Contact-point card</source>
        <translation>服务联系点基本情况表</translation>
    </message>
</context>
<context>
    <name>lp::ui::DashboardChart</name>
    <message>
        <source>Found</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>销号问题</translation>
    </message>
    <message>
        <source>Problems found and closed in the last 12 months</source>
        <translation>近 12 个月发现和销号的问题</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>1月</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>2月</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>3月</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>4月</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>6月</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>7月</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>8月</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>9月</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>10月</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>11月</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>12月</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month and year on the chart axis</comment>
        <translation>%2年%1</translation>
    </message>
    <message>
        <source>Problems found in %1: open the list</source>
        <translation>%1发现的问题：点击打开清单</translation>
    </message>
    <message>
        <source>Problems closed in %1. The list opened shows the closed problems found in %1, as the ledger filters by the day found.</source>
        <translation>%1销号的问题。由于台账按发现日期筛选，打开的清单显示的是%1发现且已销号的问题。</translation>
    </message>
</context>
<context>
    <name>lp::ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Count everything again</source>
        <translation>重新统计全部数据</translation>
    </message>
    <message>
        <source>Flagged enterprises not visited this month</source>
        <translation>本月未走访的重点企业</translation>
    </message>
    <message>
        <source>Open problems by unit</source>
        <translation>各单位未办结问题</translation>
    </message>
    <message>
        <source>Open problems by triage</source>
        <translation>按处置方式统计未办结问题</translation>
    </message>
    <message>
        <source>This month's visits</source>
        <translation>本月走访情况</translation>
    </message>
    <message>
        <source>Flagged enterprises not visited this month: %1 of %2</source>
        <translation>本月未走访的重点企业：%1 家（共 %2 家）</translation>
    </message>
    <message>
        <source>Transferred problems past their deadline without a supervision order: %1</source>
        <translation>已移交、超过办理期限但尚未下发督办单的问题：%1 个</translation>
    </message>
    <message>
        <source>No supervision order is due.</source>
        <translation>暂无应督办的问题。</translation>
    </message>
    <message>
        <source>LinkPoint</source>
        <translation>联系点工作台</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The dashboard could not be counted: %1</source>
        <translation>工作台统计失败：%1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Updating… (updated at %1)</source>
        <translation>正在更新…（上次更新于 %1）</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>更新于 %1</translation>
    </message>
</context>
<context>
    <name>lp::ui::DataPage</name>
    <message>
        <source>Database file:</source>
        <translation>数据库文件：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>上次备份：</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>恢复备份(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Check the data</source>
        <translation>检查数据(&amp;C)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Data and backups</source>
        <translation>数据与备份</translation>
    </message>
    <message>
        <source>%1, data version %2, read-only because %3</source>
        <translation>%1，数据版本 %2，只读（原因：%3）</translation>
    </message>
    <message>
        <source>%1, data version %2</source>
        <translation>%1，数据版本 %2</translation>
    </message>
    <message>
        <source>never from this computer — back up regularly to a second disk</source>
        <translation>本机从未备份——请定期备份到另一块磁盘</translation>
    </message>
    <message>
        <source>Backing up %1…</source>
        <translation>正在备份 %1…</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>备份完成</translation>
    </message>
    <message>
        <source>The backup was written to %1.</source>
        <translation>备份已写入 %1。</translation>
    </message>
    <message>
        <source>Restore the backup?</source>
        <translation>恢复备份？</translation>
    </message>
    <message>
        <source>Everything in %1 will be replaced by the backup %2. The current content is kept beside the database file first. Restore?</source>
        <translation>%1 中的全部内容将被备份 %2 替换。当前内容会先保留在数据库文件旁。确定恢复吗？</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>正在恢复 %1…</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <source>The backup was restored. The content it replaced was kept as %1.</source>
        <translation>备份已恢复。被替换的内容保留为 %1。</translation>
    </message>
    <message>
        <source>Checking the data…</source>
        <translation>正在检查数据…</translation>
    </message>
    <message>
        <source>Check failed</source>
        <translation>检查失败</translation>
    </message>
</context>
<context>
    <name>lp::ui::DepartmentListModel</name>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>区直部门</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>lp::ui::DepartmentsPage</name>
    <message>
        <source>Offered for new transfers</source>
        <translation>移交问题时可选</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>区直部门</translation>
    </message>
</context>
<context>
    <name>lp::ui::DialogPrompts</name>
    <message>
        <source>LinkPoint databases (*.sqlite *.db);;All files (*)</source>
        <translation>联系点工作台数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open or create a LinkPoint database</source>
        <translation>打开或新建联系点工作台数据库</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>选择要恢复的备份</translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation>备份另存为</translation>
    </message>
    <message>
        <source>Export as</source>
        <translation>导出为</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Word document (*.docx);;Excel workbook (*.xlsx)</source>
        <translation>PDF (*.pdf);;Word 文档 (*.docx);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Import an enterprise roster</source>
        <translation>导入企业名录</translation>
    </message>
    <message>
        <source>Rosters (*.xlsx *.csv *.txt);;Excel workbook (*.xlsx);;CSV file (*.csv *.txt)</source>
        <translation>名录文件 (*.xlsx *.csv *.txt);;Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎使用</translation>
    </message>
    <message>
        <source>This data file is new. Set up your district now, or first try LinkPoint on a small made-up district?</source>
        <translation>这是一个新的数据文件。现在设置本区信息，还是先用一个虚构的小型区体验联系点工作台？</translation>
    </message>
    <message>
        <source>The demonstration has five units, sixty officers, eight parks, a few contact points and 200 enterprises, all invented. Use another file for your real work.</source>
        <translation>演示数据包括五家单位、六十名干警、八个园区、几个服务联系点和 200 家企业，均为虚构。正式工作请使用另一个文件。</translation>
    </message>
    <message>
        <source>Set up my district</source>
        <translation>设置本区信息</translation>
    </message>
    <message>
        <source>Try the demonstration</source>
        <translation>体验演示数据</translation>
    </message>
    <message>
        <source>Import a holiday table</source>
        <translation>导入节假日表</translation>
    </message>
    <message>
        <source>Holiday tables (*.tsv *.txt);;All files (*)</source>
        <translation>节假日表 (*.tsv *.txt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>lp::ui::EnterpriseFilterBar</name>
    <message>
        <source>Search name, code, contact, phone, address (Ctrl+F)</source>
        <translation>搜索名称、代码、联系人、电话、地址（Ctrl+F）</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>所属园区</translation>
    </message>
    <message>
        <source>Contact point</source>
        <translation>服务联系点</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>重点标记</translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation>包联干警</translation>
    </message>
    <message>
        <source>All industries</source>
        <translation>全部行业</translation>
    </message>
    <message>
        <source>All scales</source>
        <translation>全部规模</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>全部标记</translation>
    </message>
    <message>
        <source>All parks</source>
        <translation>全部园区</translation>
    </message>
    <message>
        <source>All contact points</source>
        <translation>全部联系点</translation>
    </message>
    <message>
        <source>Any liaison</source>
        <translation>全部包联干警</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>搜索：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>lp::ui::EnterpriseForm</name>
    <message>
        <source>18 characters, as on the business licence</source>
        <translation>营业执照上的 18 位代码</translation>
    </message>
    <message>
        <source>Accept this code; reason:</source>
        <translation>接受此代码，理由：</translation>
    </message>
    <message>
        <source>e.g. checked against the original licence</source>
        <translation>如：已核对营业执照原件</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（未填）</translation>
    </message>
    <message>
        <source>Visit priority:</source>
        <translation>走访重点：</translation>
    </message>
    <message>
        <source>Change &amp;history…</source>
        <translation>修改记录(&amp;H)…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>New enterprise</source>
        <translation>新企业</translation>
    </message>
</context>
<context>
    <name>lp::ui::EnterpriseListModel</name>
    <message>
        <source>Name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>所属园区</translation>
    </message>
    <message>
        <source>Contact point</source>
        <translation>服务联系点</translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation>包联干警</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>重点标记</translation>
    </message>
    <message>
        <source>%1 (accepted)</source>
        <translation>%1（已接受）</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>A non-conforming code accepted with a reason; see the record.</source>
        <translation>不符合校验规则、经说明理由后接受的代码；详见记录。</translation>
    </message>
</context>
<context>
    <name>lp::ui::EnterprisePicker</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Type part of the name or credit code; Down, Enter to pick</source>
        <translation>输入企业名称或信用代码的一部分，按↓键和回车键选择</translation>
    </message>
    <message>
        <source>The enterprise of this visit is no longer in the roster.</source>
        <translation>本次走访的企业已不在企业名录中。</translation>
    </message>
    <message>
        <source>%1  [%2]</source>
        <translation>%1  [%2]</translation>
    </message>
    <message>
        <source>No enterprise matches "%1".</source>
        <translation>没有与“%1”匹配的企业。</translation>
    </message>
    <message>
        <source>No enterprise picked.</source>
        <translation>未选择企业。</translation>
    </message>
    <message>
        <source>Picked: %1</source>
        <translation>已选择：%1</translation>
    </message>
    <message>
        <source>Picked: %1 — %2</source>
        <translation>已选择：%1 — %2</translation>
    </message>
</context>
<context>
    <name>lp::ui::EnterprisesPage</name>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Recycle &amp;bin…</source>
        <translation>回收站(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Import roster…</source>
        <translation>导入名录(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Print roster…</source>
        <translation>打印名录(&amp;P)…</translation>
    </message>
    <message>
        <source>Contact-point &amp;card…</source>
        <translation>联系点情况表(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>企业</translation>
    </message>
    <message numerus="yes">
        <source>%n enterprise(s)</source>
        <translation><numerusform>%n 家企业</numerusform></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
    <message>
        <source>"%1" was moved to the recycle bin.</source>
        <translation>“%1”已移入回收站。</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>未恢复</translation>
    </message>
    <message>
        <source>Preparing the roster…</source>
        <translation>正在生成企业名录……</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>企业名录</translation>
    </message>
    <message>
        <source>Contact-point card</source>
        <translation>服务联系点基本情况表</translation>
    </message>
    <message>
        <source>Choose a contact point in the filter bar first; its card lists its members and the enterprises it serves.</source>
        <translation>请先在筛选栏中选择一个服务联系点；情况表列出其成员和所服务的企业。</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <source>What you changed in the form is not saved. Discard it?</source>
        <translation>表单中的修改尚未保存。要放弃吗？</translation>
    </message>
</context>
<context>
    <name>lp::ui::FeedbackDialog</name>
    <message>
        <source>Satisfied or basically satisfied lets the problem be closed; not satisfied sends it back to be handled again.</source>
        <translation>企业满意或基本满意的，问题可以销号；不满意的，退回重新办理。</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Manner:</source>
        <translation>反馈方式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Satisfaction:</source>
        <translation>企业评价(&amp;S)：</translation>
    </message>
    <message>
        <source>What the enterprise was told and what it said</source>
        <translation>向企业回复的内容及企业意见</translation>
    </message>
    <message>
        <source>&amp;Feedback:</source>
        <translation>反馈内容(&amp;F)：</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（未登记）</translation>
    </message>
    <message>
        <source>Given &amp;by:</source>
        <translation>反馈人(&amp;B)：</translation>
    </message>
</context>
<context>
    <name>lp::ui::FirstStartWizard</name>
    <message>
        <source>Welcome to LinkPoint</source>
        <translation>欢迎使用联系点工作台</translation>
    </message>
    <message>
        <source>&amp;Start working</source>
        <translation>开始工作(&amp;S)</translation>
    </message>
    <message>
        <source>Your district</source>
        <translation>本区</translation>
    </message>
    <message>
        <source>LinkPoint keeps the records of one district's political-legal units. Its name heads every printed list and report.</source>
        <translation>联系点工作台记录一个区的政法单位的工作。区名将出现在打印的每份清单和报告的标题中。</translation>
    </message>
    <message>
        <source>for example 陈仓区</source>
        <translation>例如 陈仓区</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>区名(&amp;D)：</translation>
    </message>
    <message>
        <source>The political-legal units</source>
        <translation>政法单位</translation>
    </message>
    <message>
        <source>Check the names of your district's units. The short codes are used on the command line and in file names; you can change them later.</source>
        <translation>请核对本区各政法单位的名称。简短代码用于命令行和文件名，以后可以修改。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>&amp;Add a unit</source>
        <translation>添加单位(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove the selected unit</source>
        <translation>删除选中的单位(&amp;R)</translation>
    </message>
    <message>
        <source>Who uses this computer</source>
        <translation>本机使用人</translation>
    </message>
    <message>
        <source>You become the first officer. What you record is signed with your name; another officer can be chosen later in Settings.</source>
        <translation>您将成为第一位干警，您录入的内容都以您的名义记录；以后可在“设置”中选择其他干警。</translation>
    </message>
    <message>
        <source>for example wanglei</source>
        <translation>例如 wanglei</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Your &amp;code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <source>Your &amp;unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Phone (optional):</source>
        <translation>电话（可不填）(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>lp::ui::HistoryDialog</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Moved to the recycle bin</source>
        <translation>移入回收站</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Created in bulk</source>
        <translation>批量新建</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>%1 的修改记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
</context>
<context>
    <name>lp::ui::ImportPreviewDialog</name>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>%1 row(s): %2 new, %3 to update (same credit code), %4 unchanged.</source>
        <translation>共 %1 行：新增 %2，更新 %3（信用代码相同），无变化 %4。</translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>按 %1 编码读取。</translation>
    </message>
    <message>
        <source>Columns not imported: %1.</source>
        <translation>未导入的列：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>parks %1</source>
        <translation>园区 %1</translation>
    </message>
    <message>
        <source>contact points %1</source>
        <translation>服务联系点 %1</translation>
    </message>
    <message>
        <source>Create the %1 the file names</source>
        <translation>新建文件中出现的%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>信用代码</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Accept the code; reason</source>
        <translation>接受代码及理由</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>New park: %1</source>
        <translation>新园区：%1</translation>
    </message>
    <message>
        <source>New contact point: %1</source>
        <translation>新服务联系点：%1</translation>
    </message>
    <message>
        <source>The credit code fails its check characters.</source>
        <translation>信用代码未通过校验。</translation>
    </message>
    <message>
        <source>Tick to accept the code and type why (for example: checked against the original licence).</source>
        <translation>勾选以接受该代码，并填写理由（如：已核对营业执照原件）。</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>文件中没有可导入的行。</translation>
    </message>
    <message>
        <source>Nothing blocks the import.</source>
        <translation>可以导入。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) block the import: correct the file, or confirm above.</source>
        <translation><numerusform>有 %n 处问题，无法导入：请改正文件，或在上方确认。</numerusform></translation>
    </message>
    <message>
        <source>They are listed in %1.</source>
        <translation>问题清单见 %1。</translation>
    </message>
</context>
<context>
    <name>lp::ui::MainWindow</name>
    <message>
        <source>LinkPoint</source>
        <translation>联系点工作台</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>%1 — LinkPoint</source>
        <translation>%1 — 联系点工作台</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>恢复备份(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About LinkPoint</source>
        <translation>关于联系点工作台(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>The database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Read-only because %1</source>
        <translation>只读，原因：%1</translation>
    </message>
    <message>
        <source>Officer: %1</source>
        <translation>干警：%1</translation>
    </message>
    <message>
        <source>No current officer</source>
        <translation>未选择当前干警</translation>
    </message>
    <message>
        <source>Printer &amp;test page…</source>
        <translation>打印测试页(&amp;T)…</translation>
    </message>
    <message>
        <source>Printer test page</source>
        <translation>打印测试页</translation>
    </message>
</context>
<context>
    <name>lp::ui::MeasureDialog</name>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>What was done to solve the problem</source>
        <translation>为解决问题采取的措施</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>解决措施(&amp;M)：</translation>
    </message>
    <message>
        <source>(not an officer: name who did it below)</source>
        <translation>（非干警：请在下方填写落实人）</translation>
    </message>
    <message>
        <source>Done &amp;by officer:</source>
        <translation>落实干警(&amp;B)：</translation>
    </message>
    <message>
        <source>A department or a person, when not an officer</source>
        <translation>非干警落实的，填写部门或人员</translation>
    </message>
    <message>
        <source>Done by &amp;others:</source>
        <translation>其他落实人(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>lp::ui::OfficerListModel</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>科室</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在岗</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>lp::ui::OfficerPicker</name>
    <message>
        <source>Type to filter; Enter checks the first one</source>
        <translation>输入以筛选；按回车键勾选第一项</translation>
    </message>
</context>
<context>
    <name>lp::ui::OfficersPage</name>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>Still working here</source>
        <translation>仍在岗</translation>
    </message>
    <message>
        <source>Active:</source>
        <translation>在岗：</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>干警</translation>
    </message>
    <message>
        <source>(choose a unit)</source>
        <translation>（请选择单位）</translation>
    </message>
    <message>
        <source>(no section)</source>
        <translation>（无科室）</translation>
    </message>
</context>
<context>
    <name>lp::ui::OpenFailureDialog</name>
    <message>
        <source>LinkPoint cannot open the database</source>
        <translation>联系点工作台无法打开数据库</translation>
    </message>
    <message>
        <source>The file %1 was not changed. You can open another file, or restore a backup in its place (the file is then kept beside it).</source>
        <translation>文件 %1 未作任何改动。您可以打开其他文件，或用备份替换它（原文件会保留在旁边）。</translation>
    </message>
    <message>
        <source>Open &amp;another file…</source>
        <translation>打开其他文件(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>恢复备份(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>lp::ui::ParkListModel</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Managing body</source>
        <translation>管理机构</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
</context>
<context>
    <name>lp::ui::ParksPage</name>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Parks</source>
        <translation>园区</translation>
    </message>
</context>
<context>
    <name>lp::ui::ProblemActionBar</name>
    <message>
        <source>History</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>Transfer letter…</source>
        <translation>交办单…</translation>
    </message>
    <message>
        <source>Supervision order…</source>
        <translation>督办单…</translation>
    </message>
    <message>
        <source>The file is open read-only: %1</source>
        <translation>文件以只读方式打开：%1</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1：%2</translation>
    </message>
    <message>
        <source>Not possible now:</source>
        <translation>当前无法进行：</translation>
    </message>
    <message>
        <source>Preview and print the transfer letter (交办单)</source>
        <translation>预览并打印交办单</translation>
    </message>
    <message>
        <source>The problem was never transferred.</source>
        <translation>该问题未移交过。</translation>
    </message>
    <message>
        <source>Preview and print a supervision order (督办单)</source>
        <translation>预览并打印督办单</translation>
    </message>
    <message>
        <source>No supervision order has been issued.</source>
        <translation>尚未下发督办单。</translation>
    </message>
    <message>
        <source>Order %1 of %2</source>
        <translation>督办单 %1（%2 下发）</translation>
    </message>
</context>
<context>
    <name>lp::ui::ProblemActionDialog</name>
    <message>
        <source>%1 — problem %2</source>
        <translation>%1 — 问题 %2</translation>
    </message>
    <message>
        <source>Problem %1: %2</source>
        <translation>问题 %1：%2</translation>
    </message>
</context>
<context>
    <name>lp::ui::ProblemBlock</name>
    <message>
        <source>(choose a category)</source>
        <translation>（请选择类别）</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>问题类别(&amp;C)：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>问题描述：</translation>
    </message>
    <message>
        <source>What the enterprise asks for</source>
        <translation>企业的诉求</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>企业诉求：</translation>
    </message>
    <message>
        <source>(decide later)</source>
        <translation>（稍后确定）</translation>
    </message>
    <message>
        <source>Triage:</source>
        <translation>处置方式：</translation>
    </message>
    <message>
        <source>Coordinate with:</source>
        <translation>协调单位：</translation>
    </message>
    <message>
        <source>YYYY-MM-DD; leave empty for the category's time limit</source>
        <translation>YYYY-MM-DD；留空则按该类别的办理时限</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>办理期限：</translation>
    </message>
    <message>
        <source>Remove this problem</source>
        <translation>删除此问题</translation>
    </message>
    <message>
        <source>%1, registered.</source>
        <translation>%1，已登记。</translation>
    </message>
    <message>
        <source>%1, %2: being handled; change it in the problem ledger.</source>
        <translation>%1，%2：正在办理；如需修改，请到问题台账中进行。</translation>
    </message>
    <message>
        <source>Problem %1</source>
        <translation>问题 %1</translation>
    </message>
    <message>
        <source>%1 (the category's time limit)</source>
        <translation>%1（按该类别的办理时限）</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or empty for the category's time limit</source>
        <translation>YYYY-MM-DD，留空则按该类别的办理时限</translation>
    </message>
    <message>
        <source>%1: the deadline "%2" is not a date; write it as YYYY-MM-DD, or leave it empty for the category's time limit.</source>
        <translation>%1：办理期限“%2”不是日期；请按 YYYY-MM-DD 填写，或留空以按该类别的办理时限。</translation>
    </message>
</context>
<context>
    <name>lp::ui::ProblemFilterBar</name>
    <message>
        <source>Search number, problem, result, enterprise (Ctrl+F)</source>
        <translation>搜索编号、问题、办理结果、企业（Ctrl+F）</translation>
    </message>
    <message>
        <source>State</source>
        <translation>办理状态</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>处置方式</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Found from</source>
        <translation>发现日期起</translation>
    </message>
    <message>
        <source>Found to</source>
        <translation>发现日期止</translation>
    </message>
    <message>
        <source>Show the problems of every enterprise</source>
        <translation>显示所有企业的问题</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已销号</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Any triage</source>
        <translation>全部处置方式</translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation>全部期限</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message numerus="yes">
        <source>Due within %n day(s)</source>
        <translation><numerusform>%n 天内到期</numerusform></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>指定日期…</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>%1 ✕</source>
        <translation>%1 ✕</translation>
    </message>
</context>
<context>
    <name>lp::ui::ProblemLedgerModel</name>
    <message>
        <source>Number</source>
        <translation>问题编号</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>走访单位</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>处置方式</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任单位及责任人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>办理状态</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>销号日期</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation><numerusform>已逾期 %n 天</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation><numerusform>还有 %n 天到期</numerusform></translation>
    </message>
</context>
<context>
    <name>lp::ui::ProblemPanel</name>
    <message>
        <source>Choose a problem in the list to see it here.</source>
        <translation>请在列表中选择一个问题，在此查看。</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>办理状态：</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>办理期限：</translation>
    </message>
    <message>
        <source>Enterprise:</source>
        <translation>企业名称：</translation>
    </message>
    <message>
        <source>Visiting unit:</source>
        <translation>走访单位：</translation>
    </message>
    <message>
        <source>Found on:</source>
        <translation>发现日期：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>问题类别：</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>问题描述：</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>企业诉求：</translation>
    </message>
    <message>
        <source>Triage:</source>
        <translation>处置方式：</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>责任单位及责任人：</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>办理结果：</translation>
    </message>
    <message>
        <source>What has been done</source>
        <translation>办理情况</translation>
    </message>
    <message>
        <source>The problem no longer exists; it may have been deleted.</source>
        <translation>该问题已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>Problem %1</source>
        <translation>问题 %1</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Transfer letter</source>
        <translation>交办单</translation>
    </message>
    <message>
        <source>Supervision order</source>
        <translation>督办单</translation>
    </message>
</context>
<context>
    <name>lp::ui::ProblemsPage</name>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>The three lists of the problems the filter shows</source>
        <translation>导出当前筛选问题的三张清单</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题台账</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation><numerusform>%n 个问题</numerusform></translation>
    </message>
    <message>
        <source>Preparing the list…</source>
        <translation>正在生成清单…</translation>
    </message>
</context>
<context>
    <name>lp::ui::RecordPage</name>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>筛选（Ctrl+F）</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>筛选列表</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>New record (Ctrl+N)</source>
        <translation>新建记录（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Move the selected record to the recycle bin (Delete)</source>
        <translation>将选中的记录移入回收站（Delete）</translation>
    </message>
    <message>
        <source>Recycle &amp;bin…</source>
        <translation>回收站(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
    <message>
        <source>“%1” was moved to the recycle bin.</source>
        <translation>“%1”已移入回收站。</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>未恢复</translation>
    </message>
    <message>
        <source>%1

What you typed is still in the form. Copy what you need, then select the record again to see the saved version.</source>
        <translation>%1

您输入的内容仍在表单中。请复制需要的内容，然后重新选择该记录查看已保存的版本。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <source>What you changed in the form is not saved. Discard it?</source>
        <translation>表单中的修改尚未保存。要放弃吗？</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>lower-case letters, digits, - or _</source>
        <translation>小写字母、数字、- 或 _</translation>
    </message>
</context>
<context>
    <name>lp::ui::RecycleBinDialog</name>
    <message>
        <source>Recycle bin — %1</source>
        <translation>回收站 — %1</translation>
    </message>
    <message>
        <source>Deleted records stay here until they are restored.</source>
        <translation>删除的记录保留在这里，可随时恢复。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Deleted at</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>删除人</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>已删除的记录</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Recycle bin</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>未恢复</translation>
    </message>
</context>
<context>
    <name>lp::ui::ReopenDialog</name>
    <message>
        <source>Reopening sends the problem back to be handled again (to its department, when it was transferred); its closing date is cleared.</source>
        <translation>重新打开后，问题退回重新办理（已移交的，退回承办部门），并清除其销号日期。</translation>
    </message>
</context>
<context>
    <name>lp::ui::ReportPreviewDialog</name>
    <message>
        <source>Print preview — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export as…</source>
        <translation>导出为(&amp;E)…</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>无法打印</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <source>%1 was written.</source>
        <translation>已写入 %1。</translation>
    </message>
</context>
<context>
    <name>lp::ui::ResultDialog</name>
    <message>
        <source>How the problem was solved or answered</source>
        <translation>问题如何解决或答复</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>办理结果(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>lp::ui::SectionListModel</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>lp::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>As the system (Chinese on a Chinese system)</source>
        <translation>跟随系统（中文系统显示中文）</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Database file:</source>
        <translation>数据库文件(&amp;D)：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Current &amp;officer:</source>
        <translation>当前干警(&amp;O)：</translation>
    </message>
    <message>
        <source>the database file's folder</source>
        <translation>数据库文件所在文件夹</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>浏览(&amp;R)…</translation>
    </message>
    <message>
        <source>Where backups go</source>
        <translation>备份存放位置</translation>
    </message>
    <message>
        <source>&amp;Backups go to:</source>
        <translation>备份存放到(&amp;B)：</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <source>A time limit of N days ends on:</source>
        <translation>N 日的办理时限截止于：</translation>
    </message>
    <message>
        <source>&amp;Import holiday table…</source>
        <translation>导入节假日表(&amp;I)…</translation>
    </message>
    <message>
        <source>Read a newer holiday table (a text file in the format of the one LinkPoint ships); its years replace those in use.</source>
        <translation>读取较新的节假日表（格式与自带表相同的文本文件），其中的年份将替换正在使用的同一年份。</translation>
    </message>
    <message>
        <source>Holiday table: none. Only Saturdays and Sundays count as days off.</source>
        <translation>节假日表：无。只把星期六、星期日算作休息日。</translation>
    </message>
    <message>
        <source>Holiday table: %1 to %2.</source>
        <translation>节假日表：%1 年至 %2 年。</translation>
    </message>
    <message>
        <source>%1: built into LinkPoint, from each year's State Council notice.</source>
        <translation>%1：联系点工作台自带，依据国务院办公厅当年的通知。</translation>
    </message>
    <message>
        <source>%1: imported on %2 by %3, from %4.</source>
        <translation>%1：由 %3 于 %2 导入，依据 %4。</translation>
    </message>
    <message>
        <source>Holiday table not imported</source>
        <translation>节假日表未导入</translation>
    </message>
    <message>
        <source>Holiday table imported</source>
        <translation>节假日表已导入</translation>
    </message>
</context>
<context>
    <name>lp::ui::StartDialog</name>
    <message>
        <source>Own unit: the visiting unit solves the problem. Cross-unit: it is coordinated with the political-legal units checked below. A problem for a district department is transferred instead.</source>
        <translation>本单位解决：由走访单位解决问题。跨单位协调：与下方勾选的政法单位协调解决。需区直部门办理的问题，应改为移交。</translation>
    </message>
    <message>
        <source>&amp;Triage:</source>
        <translation>处置方式(&amp;T)：</translation>
    </message>
    <message>
        <source>Units to &amp;coordinate with:</source>
        <translation>协调单位(&amp;C)：</translation>
    </message>
    <message>
        <source>Responsible &amp;unit:</source>
        <translation>责任单位(&amp;U)：</translation>
    </message>
    <message>
        <source>Responsible &amp;section:</source>
        <translation>责任科室(&amp;S)：</translation>
    </message>
    <message>
        <source>Responsible &amp;officer:</source>
        <translation>责任人(&amp;O)：</translation>
    </message>
    <message>
        <source>(no section)</source>
        <translation>（无科室）</translation>
    </message>
    <message>
        <source>(no officer)</source>
        <translation>（无责任人）</translation>
    </message>
</context>
<context>
    <name>lp::ui::SupervisionDialog</name>
    <message>
        <source>A supervision order (督办单) presses whoever handles the problem to solve it by its time limit; it gets the next number of its year.</source>
        <translation>督办单用于督促承办方在办理时限内解决问题；督办单按年度顺序编号。</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>督办原因(&amp;E)：</translation>
    </message>
    <message>
        <source>Date of &amp;issue:</source>
        <translation>督办日期(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Time limit:</source>
        <translation>办理时限(&amp;T)：</translation>
    </message>
    <message>
        <source>Supervising &amp;unit:</source>
        <translation>督办单位(&amp;U)：</translation>
    </message>
    <message>
        <source>Re&amp;quirement:</source>
        <translation>督办要求(&amp;Q)：</translation>
    </message>
</context>
<context>
    <name>lp::ui::TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>lp::ui::TransferDialog</name>
    <message>
        <source>The problem is outside the political-legal remit: it goes to a district department with a transfer letter (交办单), numbered in the year of the transfer date, and is supervised until it is solved.</source>
        <translation>该问题不属于政法单位职责范围：以交办单移交区直部门办理，交办单按移交日期所在年度编号，并跟踪督促直至问题解决。</translation>
    </message>
    <message>
        <source>(choose a department)</source>
        <translation>（请选择部门）</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>移交部门(&amp;D)：</translation>
    </message>
    <message>
        <source>Transfer &amp;date:</source>
        <translation>移交日期(&amp;D)：</translation>
    </message>
    <message>
        <source>What the department is asked to do, and by when</source>
        <translation>要求部门办理的事项及时限</translation>
    </message>
    <message>
        <source>&amp;Requirement:</source>
        <translation>办理要求(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>lp::ui::UnitListModel</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>排序</translation>
    </message>
</context>
<context>
    <name>lp::ui::UnitsPage</name>
    <message>
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Units are listed and printed in this order.</source>
        <translation>单位按此顺序列出和打印。</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>排序：</translation>
    </message>
    <message>
        <source>Sections of this unit</source>
        <translation>本单位的科室</translation>
    </message>
    <message>
        <source>Section code:</source>
        <translation>科室编码：</translation>
    </message>
    <message>
        <source>Section name:</source>
        <translation>科室名称：</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>新建科室</translation>
    </message>
    <message>
        <source>Save section</source>
        <translation>保存科室</translation>
    </message>
    <message>
        <source>Delete section</source>
        <translation>删除科室</translation>
    </message>
    <message>
        <source>Units and sections</source>
        <translation>单位与科室</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>科室</translation>
    </message>
</context>
<context>
    <name>lp::ui::VisitFilterBar</name>
    <message>
        <source>Search content, person met, enterprise (Ctrl+F)</source>
        <translation>搜索走访内容、接待人员、企业（Ctrl+F）</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>one enterprise</source>
        <translation>某企业</translation>
    </message>
    <message>
        <source>one officer</source>
        <translation>某干警</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>最早</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Only: %1</source>
        <translation>仅限：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>lp::ui::VisitForm</name>
    <message>
        <source>&amp;Date:</source>
        <translation>走访日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>走访单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Enterprise:</source>
        <translation>走访企业(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>走访原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Person &amp;met:</source>
        <translation>接待人员(&amp;M)：</translation>
    </message>
    <message>
        <source>e.g. HR manager</source>
        <translation>如：人力资源经理</translation>
    </message>
    <message>
        <source>Their r&amp;ole:</source>
        <translation>职务(&amp;O)：</translation>
    </message>
    <message>
        <source>O&amp;fficers:</source>
        <translation>走访干警(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation>走访内容(&amp;C)：</translation>
    </message>
    <message>
        <source>Add &amp;problem (Ctrl+Shift+P)</source>
        <translation>添加问题(&amp;P)（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <source>Change &amp;history…</source>
        <translation>修改记录(&amp;H)…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The visit is no longer there; it may have been deleted meanwhile.</source>
        <translation>该走访记录已不存在，可能已被他人删除。</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>新建走访</translation>
    </message>
    <message>
        <source>Visit of %1</source>
        <translation>%1 走访</translation>
    </message>
</context>
<context>
    <name>lp::ui::VisitListModel</name>
    <message>
        <source>Date</source>
        <translation>走访日期</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>走访单位</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>走访企业</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>走访原因</translation>
    </message>
    <message>
        <source>Person met</source>
        <translation>接待人员</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>走访干警</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>走访内容</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>lp::ui::VisitsPage</name>
    <message>
        <source>&amp;New visit</source>
        <translation>新建走访(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Print visit log…</source>
        <translation>打印走访日志(&amp;P)…</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走访记录</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation><numerusform>%n 次走访</numerusform></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>走访记录</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <source>What you changed in the visit is not saved. Discard it?</source>
        <translation>走访记录中的修改尚未保存。要放弃吗？</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
    <message>
        <source>The visit is no longer there.</source>
        <translation>该走访记录已不存在。</translation>
    </message>
    <message>
        <source>Delete the visit?</source>
        <translation>删除该走访记录？</translation>
    </message>
    <message>
        <source>The visit and the problems found on it go to the recycle bin.</source>
        <translation>该走访记录及其发现的问题将移入回收站。</translation>
    </message>
    <message>
        <source>A visit log is kept per unit: choose the unit in the filter row first.</source>
        <translation>走访日志按单位生成：请先在筛选栏中选择单位。</translation>
    </message>
    <message>
        <source>A visit log covers one month: tick Month and choose it first.</source>
        <translation>走访日志按月生成：请先勾选“月份”并选择月份。</translation>
    </message>
    <message>
        <source>Preparing the visit log…</source>
        <translation>正在生成走访日志…</translation>
    </message>
    <message>
        <source>Visit log</source>
        <translation>走访日志</translation>
    </message>
    <message>
        <source>Visit of %1</source>
        <translation>%1 走访</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The database file.</source>
        <translation>数据库文件。</translation>
    </message>
    <message>
        <source>LinkPoint</source>
        <translation>联系点工作台</translation>
    </message>
    <message>
        <source>A database file to open.</source>
        <translation>要打开的数据库文件。</translation>
    </message>
</context>
</TS>
