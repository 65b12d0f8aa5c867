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
        <source>LinkPoint command line: set up, check, back up and restore a LinkPoint database.

Commands:
  version           print the program, data and library versions
  init              create the district's five political-legal units
  check             check the file's integrity, references, version and audit trail
  backup --out FILE write a consistent copy of the database to FILE
  restore FILE      replace the database with the backup FILE (the replaced
                    content is kept beside the database file)
  export REPORT --format pdf|docx|xlsx --out FILE
                    write a report; REPORT is test-page (the printer test page)</source>
        <translation>联系点工作台命令行：初始化、检查、备份和恢复联系点工作台数据库，导出报表。

命令：
  version           显示程序、数据和组件的版本
  init              创建本区五家政法单位
  check             检查文件完整性、记录引用、数据版本和修改留痕
  backup --out FILE 将数据库的一致副本写入 FILE
  restore FILE      用备份 FILE 替换数据库（被替换的内容
                    保留在数据库文件旁）
  export REPORT --format pdf|docx|xlsx --out FILE
                    导出报表；REPORT 为 test-page（打印测试页）</translation>
    </message>
    <message>
        <source>The file format: pdf, docx or xlsx.</source>
        <translation>文件格式：pdf、docx 或 xlsx。</translation>
    </message>
    <message>
        <source>version, init, check, backup, restore or export</source>
        <translation>version、init、check、backup、restore 或 export</translation>
    </message>
    <message>
        <source>Unknown report: %1. Reports: test-page.</source>
        <translation>未知报表：%1。可用报表：test-page。</translation>
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
    <name>lp::storage::DistrictRepository</name>
    <message>
        <source>reading the district</source>
        <translation>读取区信息</translation>
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
    <name>lp::storage::UnitRepository</name>
    <message>
        <source>reading the units</source>
        <translation>读取单位</translation>
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
    <name>lp::ui::OverviewPage</name>
    <message>
        <source>Political-legal units</source>
        <translation>政法单位</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>干警人数</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>LinkPoint</source>
        <translation>联系点工作台</translation>
    </message>
    <message>
        <source>%1 — service contact points</source>
        <translation>%1 服务联系点</translation>
    </message>
    <message>
        <source>You are working as %1.</source>
        <translation>当前干警：%1。</translation>
    </message>
    <message>
        <source>No current officer is chosen; choose one in Settings.</source>
        <translation>尚未选择当前干警，请在“设置”中选择。</translation>
    </message>
    <message>
        <source>Units registered: %1; officers: %2. %3</source>
        <translation>已登记单位 %1 家、干警 %2 名。%3</translation>
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
</context>
<context>
    <name>lp::ui::TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
