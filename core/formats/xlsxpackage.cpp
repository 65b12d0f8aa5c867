// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/xlsxpackage.h"

#include <algorithm>
#include <limits>

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QXmlStreamReader>

#include <minizip/unzip.h>

using namespace Qt::StringLiterals;

namespace lp::formats::xlsx {
namespace {

// minizip reads the archive through these callbacks, so the path is opened by QFile. The
// "filename" minizip hands to the open callback is the QString* given to unzOpen2_64.
voidpf ZCALLBACK openFile(voidpf, const void* filename, int mode)
{
    if ((mode & ZLIB_FILEFUNC_MODE_READWRITEFILTER) != ZLIB_FILEFUNC_MODE_READ)
        return nullptr;
    auto* file = new QFile(*static_cast<const QString*>(filename));
    if (!file->open(QIODevice::ReadOnly)) {
        delete file;
        return nullptr;
    }
    return file;
}

uLong ZCALLBACK readFile(voidpf, voidpf stream, void* buffer, uLong size)
{
    const qint64 read = static_cast<QFile*>(stream)->read(static_cast<char*>(buffer), qint64(size));
    return read < 0 ? 0 : uLong(read);
}

uLong ZCALLBACK writeFile(voidpf, voidpf, const void*, uLong)
{
    return 0;
}

ZPOS64_T ZCALLBACK tellFile(voidpf, voidpf stream)
{
    return ZPOS64_T(static_cast<QFile*>(stream)->pos());
}

long ZCALLBACK seekFile(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto* file = static_cast<QFile*>(stream);
    qint64 base = 0;
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        base = file->pos();
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        base = file->size();
    if (offset > ZPOS64_T(std::numeric_limits<qint64>::max() - base))
        return -1;
    return file->seek(base + qint64(offset)) ? 0 : -1;
}

int ZCALLBACK closeFile(voidpf, voidpf stream)
{
    delete static_cast<QFile*>(stream);
    return 0;
}

int ZCALLBACK fileError(voidpf, voidpf stream)
{
    return static_cast<QFile*>(stream)->error() == QFileDevice::NoError ? 0 : 1;
}

// Excel 97-2003 workbooks, and password-protected .xlsx files, are OLE compound files.
bool isCompoundFile(const QByteArray& head)
{
    return head.startsWith(QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"));
}

QString normalizedPath(const QStringList& segments)
{
    QStringList kept;
    for (const QString& segment : segments) {
        if (segment.isEmpty() || segment == u"."_s)
            continue;
        if (segment == u".."_s) {
            if (kept.isEmpty())
                return {};
            kept.removeLast();
            continue;
        }
        kept.append(segment);
    }
    return kept.join(u'/');
}

} // namespace

PartDevice::PartDevice(void* zip, qint64 declaredSize, qint64 limit)
    : m_zip(zip)
    , m_declaredSize(declaredSize)
    , m_limit(limit)
{
    QIODevice::open(QIODevice::ReadOnly);
}

PartDevice::~PartDevice()
{
    if (!m_finished)
        unzCloseCurrentFile(m_zip);
}

qint64 PartDevice::readData(char* data, qint64 maxSize)
{
    if (m_finished || maxSize <= 0)
        return m_finished ? -1 : 0;
    const int read = unzReadCurrentFile(m_zip, data, unsigned(std::min<qint64>(maxSize, 1 << 20)));
    if (read < 0) {
        m_failure = Failure::Damaged;
        m_zipStatus = read;
    }
    if (read <= 0) {
        finish();
        return -1;
    }
    m_inflated += read;
    if (m_inflated > m_limit) {
        m_failure = Failure::TooLarge;
        finish();
        return -1;
    }
    return read;
}

qint64 PartDevice::writeData(const char*, qint64)
{
    return -1;
}

void PartDevice::drain()
{
    char buffer[16384];
    while (!m_finished)
        readData(buffer, sizeof buffer);
}

void PartDevice::finish()
{
    m_finished = true;
    const int status = unzCloseCurrentFile(m_zip); // UNZ_CRCERROR when the checksum differs
    if (status != UNZ_OK && m_failure == Failure::None) {
        m_failure = Failure::Damaged;
        m_zipStatus = status;
    }
}

XlsxPackage::XlsxPackage(QString path, qint64 maxPartBytes)
    : m_path(std::move(path))
    , m_maxPartBytes(maxPartBytes)
{}

XlsxPackage::~XlsxPackage()
{
    if (m_zip)
        unzClose(m_zip);
}

QString XlsxPackage::displayPath() const
{
    return QDir::toNativeSeparators(m_path);
}

Result<void> XlsxPackage::open()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        const bool missing = !file.exists();
        return fail(
            missing ? ErrorCode::NotFound : ErrorCode::Io,
            missing ? tr("The file %1 does not exist.").arg(displayPath())
                    : tr("The file %1 cannot be opened: %2").arg(displayPath(), file.errorString()),
            file.errorString());
    }
    if (isCompoundFile(file.read(8))) {
        return fail(ErrorCode::InvalidInput,
                    tr("%1 is an old Excel 97-2003 workbook or a password-protected one. Open it "
                       "in Excel or WPS, save it as an Excel workbook (.xlsx) without a password "
                       "or as CSV, and import that file.")
                        .arg(displayPath()),
                    u"OLE compound file"_s);
    }
    file.close();

    zlib_filefunc64_def functions{};
    functions.zopen64_file = openFile;
    functions.zread_file = readFile;
    functions.zwrite_file = writeFile;
    functions.ztell64_file = tellFile;
    functions.zseek64_file = seekFile;
    functions.zclose_file = closeFile;
    functions.zerror_file = fileError;
    m_zip = unzOpen2_64(&m_path, &functions);
    if (!m_zip) {
        return fail(
            ErrorCode::InvalidInput,
            tr("%1 is not an Excel workbook (.xlsx): it is not a ZIP archive.").arg(displayPath()),
            u"unzOpen2_64 failed"_s);
    }
    return indexEntries();
}

Result<void> XlsxPackage::indexEntries()
{
    int status = unzGoToFirstFile(m_zip);
    for (; status == UNZ_OK; status = unzGoToNextFile(m_zip)) {
        if (m_entries.size() >= kMaxEntries) {
            return fail(ErrorCode::InvalidInput,
                        tr("%1 is not an Excel workbook LinkPoint can read: its ZIP archive holds "
                           "more than %2 files.")
                            .arg(displayPath(), QLocale().toString(qlonglong(kMaxEntries))));
        }
        unz_file_info64 info{};
        char name[1024];
        status = unzGetCurrentFileInfo64(m_zip, &info, name, sizeof name, nullptr, 0, nullptr, 0);
        if (status != UNZ_OK)
            break;
        if (info.size_filename >= sizeof name)
            continue; // no OOXML part has such a name
        unz64_file_pos position{};
        if (unzGetFilePos64(m_zip, &position) != UNZ_OK)
            continue;
        QString key = QString::fromUtf8(name, qsizetype(info.size_filename)).toLower();
        key.replace(u'\\', u'/');
        if (!m_entries.contains(key)) // the first of duplicate names, as unzLocateFile finds
            m_entries.insert(key, {position.pos_in_zip_directory, position.num_of_file});
    }
    if (status != UNZ_END_OF_LIST_OF_FILE)
        return fail(damaged(u"ZIP directory"_s, u"directory status %1"_s.arg(status)));
    return {};
}

bool XlsxPackage::contains(const QString& part) const
{
    return m_entries.contains(part.toLower());
}

QString XlsxPackage::elided(const QString& name)
{
    constexpr qsizetype kShown = 60;
    return name.size() > kShown ? name.left(kShown) + u"…"_s : name;
}

Error XlsxPackage::tooManyEntries(const QString& part) const
{
    return Error{ErrorCode::InvalidInput,
                 tr("%1 is too large to import: its part %2 lists more than %3 entries.")
                     .arg(displayPath(), elided(part), QLocale().toString(qlonglong(kMaxEntries))),
                 part};
}

Error XlsxPackage::damaged(const QString& part, const QString& detail) const
{
    return Error{ErrorCode::InvalidInput,
                 tr("%1 is damaged or uses a ZIP feature LinkPoint cannot read (part %2). Open "
                    "it in Excel or WPS and save it again as an .xlsx workbook.")
                     .arg(displayPath(), elided(part)),
                 detail};
}

Result<void> XlsxPackage::parse(const QString& part, const Parser& parser)
{
    if (!contains(part)) {
        return fail(ErrorCode::InvalidInput,
                    tr("%1 is not a complete Excel workbook: the part %2 is missing.")
                        .arg(displayPath(), elided(part)),
                    part);
    }
    const EntryPosition entry = m_entries.value(part.toLower());
    const unz64_file_pos position{entry.directoryOffset, entry.number};
    unz_file_info64 info{};
    if (const int status = unzGoToFilePos64(m_zip, &position); status != UNZ_OK)
        return fail(damaged(part, u"unzGoToFilePos64 returned %1"_s.arg(status)));
    if (const int status =
            unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0);
        status != UNZ_OK)
        return fail(damaged(part, u"unzGetCurrentFileInfo64 returned %1"_s.arg(status)));
    if (info.flag & 1u)
        return fail(damaged(part, u"encrypted entry"_s));
    if (info.compression_method != 0 && info.compression_method != Z_DEFLATED)
        return fail(damaged(part, u"compression method %1"_s.arg(info.compression_method)));
    const auto tooLarge = [&](const QString& detail) {
        return fail(
            ErrorCode::InvalidInput,
            tr("%1 is too large to import: its part %2 unpacks to more than %3. Split "
               "the workbook or save the sheet as CSV.")
                .arg(displayPath(), elided(part), QLocale().formattedDataSize(m_maxPartBytes)),
            detail);
    };
    if (info.uncompressed_size > ZPOS64_T(m_maxPartBytes))
        return tooLarge(u"declared size %1"_s.arg(info.uncompressed_size));
    if (const int status = unzOpenCurrentFile(m_zip); status != UNZ_OK)
        return fail(damaged(part, u"unzOpenCurrentFile returned %1"_s.arg(status)));

    PartDevice device(m_zip, qint64(info.uncompressed_size), m_maxPartBytes);
    QXmlStreamReader xml(&device);
    Result<void> parsed = parser(xml, device);
    if (parsed && !xml.hasError())
        device.drain();
    if (device.failure() == PartDevice::Failure::TooLarge)
        return tooLarge(u"inflated past the limit"_s);
    if (device.failure() == PartDevice::Failure::Damaged)
        return fail(damaged(part, u"minizip status %1"_s.arg(device.zipStatus())));
    if (!parsed)
        return parsed;
    if (xml.hasError()) {
        return fail(ErrorCode::InvalidInput,
                    tr("%1 is damaged: its part %2 is not well-formed XML (line %3: %4).")
                        .arg(displayPath(), elided(part))
                        .arg(xml.lineNumber())
                        .arg(xml.errorString()),
                    xml.errorString());
    }
    return {};
}

QString XlsxPackage::resolveTarget(const QString& sourcePart, const QString& target)
{
    QString cleaned = target;
    cleaned.replace(u'\\', u'/');
    if (cleaned.startsWith(u'/'))
        return normalizedPath(cleaned.split(u'/'));
    QStringList segments = sourcePart.split(u'/');
    segments.removeLast(); // the source part's own name
    return normalizedPath(segments + cleaned.split(u'/'));
}

Result<QList<Relationship>> XlsxPackage::relationships(const QString& part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    const QString relsPart = part.left(slash + 1) + u"_rels/"_s + part.mid(slash + 1) + u".rels"_s;
    QList<Relationship> found;
    if (!contains(relsPart))
        return found;
    auto parsed = parse(relsPart, [&](QXmlStreamReader& xml, const PartDevice&) -> Result<void> {
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"Relationship"_s)
                continue;
            const auto attributes = xml.attributes();
            const QString type = attributes.value(u"Type"_s).toString();
            if (found.size() >= kMaxEntries)
                return Result<void>(fail(tooManyEntries(relsPart)));
            Relationship relationship{
                attributes.value(u"Id"_s).toString(), type.mid(type.lastIndexOf(u'/') + 1), {}};
            if (attributes.value(u"TargetMode"_s) != u"External"_s)
                relationship.target = resolveTarget(part, attributes.value(u"Target"_s).toString());
            found.append(relationship);
        }
        return {};
    });
    if (!parsed)
        return fail(std::move(parsed).error());
    return found;
}

Result<QString> XlsxPackage::workbookPart()
{
    auto rootRelationships = relationships({}); // the package's own: _rels/.rels
    if (!rootRelationships)
        return fail(std::move(rootRelationships).error());
    for (const Relationship& relationship : *rootRelationships) {
        if (relationship.type == u"officeDocument"_s && contains(relationship.target))
            return relationship.target;
    }
    const QString conventional = u"xl/workbook.xml"_s;
    if (contains(conventional))
        return conventional;
    return fail(ErrorCode::InvalidInput,
                tr("%1 is not an Excel workbook (.xlsx): it has no workbook part. A Word or "
                   "other ZIP file cannot be imported as a table.")
                    .arg(displayPath()),
                u"no xl/workbook.xml"_s);
}

} // namespace lp::formats::xlsx
