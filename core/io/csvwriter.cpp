#include "csvwriter.h"

#include "outputfile.h"

#include <QFileDevice>
#include <QIODevice>

#include <algorithm>
#include <cerrno>

using namespace Qt::StringLiterals;

namespace lf {

namespace {

constexpr qsizetype kFlushSize = 64 * 1024;

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isTrigger(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

/// "-12", "+3.5", "-0,75", "-1e5": a number a spreadsheet reads as such, never a formula.
bool isPlainNumber(QStringView s)
{
    qsizetype i = 0;
    const qsizetype n = s.size();
    if (i < n && (s[i] == u'-' || s[i] == u'+'))
        ++i;
    qsizetype digits = 0;
    while (i < n && isDigit(s[i])) {
        ++i;
        ++digits;
    }
    if (i < n && (s[i] == u'.' || s[i] == u',')) {
        ++i;
        while (i < n && isDigit(s[i])) {
            ++i;
            ++digits;
        }
    }
    if (digits == 0)
        return false;
    if (i < n && (s[i] == u'e' || s[i] == u'E')) {
        ++i;
        if (i < n && (s[i] == u'-' || s[i] == u'+'))
            ++i;
        const qsizetype start = i;
        while (i < n && isDigit(s[i]))
            ++i;
        if (i == start)
            return false;
    }
    return i == n;
}

} // namespace

CsvWriter::CsvWriter()
    : m_encoder(QStringEncoder::Utf8)
{
}

CsvWriter::~CsvWriter() = default;

bool CsvWriter::needsGuard(QStringView cell)
{
    // Apostrophes followed by a guarded cell are guarded too, so unguard() stays an exact inverse.
    const qsizetype quotes =
        std::find_if(cell.begin(), cell.end(), [](QChar c) { return c != u'\''; }) - cell.begin();
    const QStringView rest = cell.sliced(quotes);
    return !rest.isEmpty() && isTrigger(rest.front()) && !isPlainNumber(rest);
}

QString CsvWriter::guard(QStringView cell)
{
    if (!needsGuard(cell))
        return cell.toString();
    QString guarded;
    guarded.reserve(cell.size() + 1);
    guarded.append(u'\'').append(cell);
    return guarded;
}

QString CsvWriter::unguard(QStringView cell)
{
    if (cell.startsWith(u'\'') && needsGuard(cell.sliced(1)))
        return cell.sliced(1).toString();
    return cell.toString();
}

bool CsvWriter::needsQuotes(QStringView field, QChar delimiter)
{
    if (field.isEmpty())
        return false;
    if (field.front().isSpace() || field.back().isSpace())
        return true;
    return std::any_of(field.begin(), field.end(),
        [delimiter](QChar c) { return c == delimiter || c == u'"' || c == u'\r' || c == u'\n'; });
}

Status CsvWriter::open(const QString &path, const Options &options)
{
    auto file = std::make_unique<OutputFile>();
    if (auto opened = file->open(path, options.inputs); !opened) {
        m_device = nullptr;
        return opened;
    }
    Status status = open(file->device(), path, options);
    if (status)
        m_saveFile = std::move(file);
    return status;
}

Status CsvWriter::open(QIODevice *device, const QString &displayName, const Options &options)
{
    m_saveFile.reset();
    m_device = nullptr;
    m_fileName = displayName;
    m_options = options;
    m_encoder = QStringEncoder(QStringEncoder::Utf8);
    m_used = 0;
    m_fieldsInRecord = 0;
    m_bytesWritten = 0;
    m_error.reset();
    const QChar delim = options.delimiter;
    if (delim.isNull() || delim == u'"' || delim == u'\r' || delim == u'\n'
        || delim.isSurrogate()) {
        return fail(Error {ErrorCode::Invalid,
            u"The delimiter must be one character other than a quote or a line break."_s,
            displayName, 0, 0, {}, {}});
    }
    if (!device || !device->isWritable()) {
        return fail(Error {
            ErrorCode::Invalid, u"The file is not open for writing."_s, displayName, 0, 0, {}, {}});
    }
    m_device = device;
    if (options.writeBom) {
        for (char c : {'\xEF', '\xBB', '\xBF'})
            appendAscii(c);
    }
    return {};
}

void CsvWriter::appendAscii(char c)
{
    if (m_used == m_buffer.size())
        m_buffer.resize(std::max<qsizetype>(2 * m_buffer.size(), kFlushSize + 1024));
    m_buffer[m_used++] = c;
}

void CsvWriter::appendText(QStringView text)
{
    const qsizetype need = m_encoder.requiredSpace(text.size());
    if (m_used + need > m_buffer.size())
        m_buffer.resize(std::max({m_used + need, 2 * m_buffer.size(), kFlushSize + 1024}));
    char *const start = m_buffer.data();
    m_used = m_encoder.appendToBuffer(start + m_used, text) - start;
}

Status CsvWriter::failWith(const QString &message)
{
    m_error = Error {ErrorCode::Io, message, m_fileName, 0, 0, {}, {}};
    return fail(*m_error);
}

Status CsvWriter::flushBuffer()
{
    qsizetype done = 0;
    while (done < m_used) {
        errno = 0;
        const qint64 n = m_device->write(m_buffer.constData() + done, m_used - done);
        if (n <= 0) {
            m_used = 0;
            m_error = OutputFile::writeError(m_fileName, m_device->errorString(), errno);
            return fail(*m_error);
        }
        done += qsizetype(n);
        m_bytesWritten += n;
    }
    m_used = 0;
    return {};
}

Status CsvWriter::writeField(QStringView field)
{
    if (m_error)
        return fail(*m_error);
    if (!m_device) {
        return fail(
            Error {ErrorCode::Invalid, u"The CSV file is not open."_s, m_fileName, 0, 0, {}, {}});
    }
    const QChar delim = m_options.delimiter;
    if (m_fieldsInRecord++ > 0) {
        if (delim.unicode() < 0x80)
            appendAscii(char(delim.unicode()));
        else
            appendText(QStringView(&delim, 1));
    }
    const bool guarded = m_options.formulaGuard && needsGuard(field);
    m_lastFieldEmpty = field.isEmpty();
    const bool quoted = needsQuotes(field, delim);
    if (quoted)
        appendAscii('"');
    if (guarded)
        appendAscii('\'');
    if (quoted) {
        // Quotes inside are doubled: write up to and including each quote, then one more.
        qsizetype from = 0;
        for (qsizetype at = field.indexOf(u'"'); at >= 0; at = field.indexOf(u'"', from)) {
            appendText(field.sliced(from, at + 1 - from));
            appendAscii('"');
            from = at + 1;
        }
        appendText(field.sliced(from));
        appendAscii('"');
    } else {
        appendText(field);
    }
    if (m_used >= kFlushSize)
        return flushBuffer();
    return {};
}

Status CsvWriter::endRecord()
{
    if (m_error)
        return fail(*m_error);
    if (!m_device) {
        return fail(
            Error {ErrorCode::Invalid, u"The CSV file is not open."_s, m_fileName, 0, 0, {}, {}});
    }
    // A record of one empty field would be a blank line, which readers skip.
    if (m_fieldsInRecord == 0 || (m_fieldsInRecord == 1 && m_lastFieldEmpty)) {
        appendAscii('"');
        appendAscii('"');
    }
    appendAscii('\r');
    appendAscii('\n');
    m_fieldsInRecord = 0;
    if (m_used >= kFlushSize)
        return flushBuffer();
    return {};
}

Status CsvWriter::writeRecord(const QStringList &fields)
{
    for (const QString &field : fields) {
        if (Status s = writeField(field); !s)
            return s;
    }
    return endRecord();
}

Status CsvWriter::writeRecord(const QList<QStringView> &fields)
{
    for (QStringView field : fields) {
        if (Status s = writeField(field); !s)
            return s;
    }
    return endRecord();
}

Status CsvWriter::close()
{
    if (m_error)
        return fail(*m_error);
    if (!m_device) {
        return fail(
            Error {ErrorCode::Invalid, u"The CSV file is not open."_s, m_fileName, 0, 0, {}, {}});
    }
    if (m_fieldsInRecord > 0) {
        if (Status s = endRecord(); !s)
            return s;
    }
    if (Status s = flushBuffer(); !s)
        return s;
    if (m_saveFile) {
        auto committed = m_saveFile->commit();
        m_saveFile.reset();
        if (!committed) {
            m_error = committed.error();
            return committed;
        }
    } else if (auto *file = qobject_cast<QFileDevice *>(m_device); file && !file->flush()) {
        return failWith(u"Could not write the file: %1."_s.arg(file->errorString()));
    }
    m_device = nullptr;
    return {};
}

qint64 CsvWriter::bytesWritten() const
{
    return m_bytesWritten;
}

QString CsvWriter::fileName() const
{
    return m_fileName;
}

} // namespace lf
