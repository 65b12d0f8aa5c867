#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 LinkPoint contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Writes the fuzzers' seed corpus: corpus/csv and corpus/xlsx, a few small files each. Run it
# again after changing it; the files are committed so a fuzz run needs no Python.
import datetime
import io
import os
import zipfile

import openpyxl

here = os.path.dirname(os.path.abspath(__file__))
csv_dir = os.path.join(here, "corpus", "csv")
xlsx_dir = os.path.join(here, "corpus", "xlsx")
os.makedirs(csv_dir, exist_ok=True)
os.makedirs(xlsx_dir, exist_ok=True)


def write(folder, name, data):
    with open(os.path.join(folder, name), "wb") as out:
        out.write(data)


table = '名称,电话,地址\r\n"甲公司,分公司",13800138000,"某路""1""号\n二楼"\r\n,,\r\n'
write(csv_dir, "utf8.csv", table.encode("utf-8"))
write(csv_dir, "utf8-bom.csv", b"\xef\xbb\xbf" + "a;b\n1,5;2\n".encode("utf-8"))
write(csv_dir, "gb18030.csv", table.encode("gb18030"))
write(csv_dir, "utf16.txt", "\ufeff名称\t电话\r\n张三\t1\r\n".encode("utf-16-le"))
write(csv_dir, "cr.csv", b'a,b\r"x\r\ny",2\r')

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
sheet = (
    f'<worksheet xmlns="{MAIN}"><sheetData>'
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
    '<c r="D1" t="inlineStr"><is><r><t>in</t></r><rPh><t>x</t></rPh></is></c></row>'
    '<row r="3"><c r="A3" s="1"><v>46000.5</v></c><c r="B3" t="b"><v>1</v></c>'
    '<c r="C3" t="e"><v>#N/A</v></c><c r="D3" t="str"><f>A1</f><v>s</v></c>'
    '<c r="E3" s="2"><v>1.3800138E10</v></c><c t="d"><v>2026-01-31T09:15</v></c></row>'
    "<row><c><v>7</v></c></row></sheetData></worksheet>"
)
shared = (
    f'<sst xmlns="{MAIN}"><si><t>姓名</t></si>'
    '<si><r><t>a_x000D_</t></r><r><t xml:space="preserve"> b</t></r></si></sst>'
)
styles = (
    f'<styleSheet xmlns="{MAIN}"><numFmts><numFmt numFmtId="164" '
    'formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot; h:mm"/></numFmts>'
    '<cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="31"/></cellXfs></styleSheet>'
)
# Not a ZIP: the fuzzer packs sheet, shared strings and styles (split at NUL) itself.
write(xlsx_dir, "packed-sheet.bin", "\0".join([sheet, shared, styles]).encode("utf-8"))

RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
stored = io.BytesIO()
with zipfile.ZipFile(stored, "w", zipfile.ZIP_STORED) as z:
    z.writestr("_rels/.rels", f'<Relationships xmlns="{PKG}"><Relationship Id="r1" '
               f'Type="{RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    z.writestr("xl/workbook.xml", f'<workbook xmlns="{MAIN}" xmlns:r="{RELS}">'
               '<workbookPr date1904="1"/><sheets><sheet name="一" r:id="r1"/>'
               '<sheet name="Two" r:id="r2"/></sheets></workbook>')
    z.writestr("xl/_rels/workbook.xml.rels", f'<Relationships xmlns="{PKG}">'
               f'<Relationship Id="r1" Type="{RELS}/worksheet" Target="/xl/worksheets/a.xml"/>'
               f'<Relationship Id="r2" Type="{RELS}/worksheet" Target="worksheets/b.xml"/>'
               f'<Relationship Id="r3" Type="{RELS}/sharedStrings" Target="sharedStrings.xml"/>'
               f'<Relationship Id="r4" Type="{RELS}/styles" Target="../xl/styles.xml"/>'
               "</Relationships>")
    z.writestr("xl/worksheets/a.xml", sheet)
    z.writestr("xl/worksheets/b.xml", f'<worksheet xmlns="{MAIN}"><sheetData/></worksheet>')
    z.writestr("xl/sharedStrings.xml", shared)
    z.writestr("xl/styles.xml", styles)
write(xlsx_dir, "stored.xlsx", stored.getvalue())

book = openpyxl.Workbook()
people = book.active
people.title = "人员"
people.append(["姓名", "电话", "日期", "数量"])
people.append(["张三", 13800138000, datetime.date(2026, 3, 5), 1.5])
people.append([None, "李四", datetime.datetime(2026, 11, 22, 8, 30), True])
book.create_sheet("统计")["B2"] = "司法局"
deflated = io.BytesIO()
book.save(deflated)
write(xlsx_dir, "openpyxl.xlsx", deflated.getvalue())
