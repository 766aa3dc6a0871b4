#include "leadexporter.h"

#include "io/csvwriter.h"
#include "io/fileguard.h"
#include "io/outputfile.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QSqlDriver>

#include <cerrno>
#include <charconv>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace lf {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LeadExporter", text);
}

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

/// Binds the values of a LeadSql (text or integers) to a statement, in order.
void bindValues(sqlite3_stmt *stmt, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        if (values[i].typeId() == QMetaType::QString) {
            const QByteArray text = values[i].toString().toUtf8();
            sqlite3_bind_text(stmt, i + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        } else {
            sqlite3_bind_int64(stmt, i + 1, values[i].toLongLong());
        }
    }
}

void appendNumber(QByteArray &out, qint64 value, int minDigits = 1)
{
    char buffer[24];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value < 0 ? -value : value);
    Q_UNUSED(ec);
    if (value < 0)
        out += '-';
    for (qsizetype pad = minDigits - (end - buffer); pad > 0; --pad)
        out += '0';
    out.append(buffer, end - buffer);
}

/// "2026-05-11T13:52:30.710Z" from milliseconds since the epoch, without QDateTime per cell.
void appendTimestamp(QByteArray &out, qint64 ms)
{
    qint64 days = ms / 86400000;
    qint64 rest = ms % 86400000;
    if (rest < 0) {
        rest += 86400000;
        --days;
    }
    // Civil date from days since 1970-01-01 (H. Hinnant's algorithm).
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2);
    appendNumber(out, year, 4);
    out += '-';
    appendNumber(out, month, 2);
    out += '-';
    appendNumber(out, day, 2);
    out += 'T';
    appendNumber(out, rest / 3600000, 2);
    out += ':';
    appendNumber(out, rest / 60000 % 60, 2);
    out += ':';
    appendNumber(out, rest / 1000 % 60, 2);
    out += '.';
    appendNumber(out, rest % 1000, 3);
    out += 'Z';
}

void appendMoney(QByteArray &out, qint64 cents)
{
    if (cents < 0)
        out += '-';
    const qint64 magnitude = cents < 0 ? -cents : cents;
    appendNumber(out, magnitude / 100);
    out += '.';
    appendNumber(out, magnitude % 100, 2);
}

/// CsvWriter::needsGuard() on UTF-8 bytes: only a cell whose first character after any
/// apostrophes is = + - @ TAB or CR can need it, and only those are decoded to ask.
bool needsGuard(const char *text, qsizetype size)
{
    qsizetype i = 0;
    while (i < size && text[i] == '\'')
        ++i;
    if (i >= size)
        return false;
    const char c = text[i];
    if (c != '=' && c != '+' && c != '-' && c != '@' && c != '\t' && c != '\r')
        return false;
    return CsvWriter::needsGuard(QString::fromUtf8(text, size));
}

/// One CSV cell from UTF-8 text: guarded against formulas, quoted when needed.
void appendCell(QByteArray &out, const char *text, qsizetype size, char delimiter, bool guard)
{
    const bool guarded = guard && needsGuard(text, size);
    bool quote = size > 0 && (text[0] == ' ' || text[size - 1] == ' ');
    for (qsizetype i = 0; i < size && !quote; ++i) {
        const char c = text[i];
        quote = c == delimiter || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
        if (guarded)
            out += '\'';
        out.append(text, size);
        return;
    }
    out += '"';
    if (guarded)
        out += '\'';
    for (qsizetype i = 0; i < size; ++i) {
        if (text[i] == '"')
            out += '"';
        out += text[i];
    }
    out += '"';
}

} // namespace

LeadExporter::LeadExporter(const Database &database)
    : m_database(database)
{
}

QList<LeadField> LeadExporter::defaultColumns()
{
    QList<LeadField> columns;
    for (const FieldInfo &info : allFields()) {
        if (info.editable && info.type != FieldType::Reference)
            columns << info.field;
    }
    columns << LeadField::CustomFields;
    return columns;
}

Result<qint64> LeadExporter::run(
    const QString &path, const LeadExportOptions &options, Progress *progress)
{
    const QList<LeadField> columns = options.columns.isEmpty() ? defaultColumns() : options.columns;
    const QChar delimiter = options.delimiter;
    if (delimiter.unicode() > 0x7f || delimiter == u'"' || delimiter == u'\r' || delimiter == u'\n'
        || delimiter.isNull())
        return fail(ErrorCode::Invalid,
            tr("The delimiter must be one ASCII character other than a quote or a line "
               "break."));
    const char separator = char(delimiter.unicode());
    if (auto allowed = FileGuard::checkOutput(path); !allowed)
        return fail(allowed.error());

    QStringList names;
    for (LeadField field : columns)
        names << QString::fromLatin1(fieldInfo(field).column);
    auto select = leadSelect(options.query, names.join(u", "_s));
    if (!select)
        return fail(select.error());
    auto connection = Connection::open(m_database, u"export"_s);
    if (!connection)
        return fail(connection.error());
    sqlite3 *db = sqliteHandle((*connection)->sql());
    if (!db)
        return fail(ErrorCode::Database, tr("Exports need the SQLite driver."));
    // A sort the indexes cannot serve spills to disk, not to memory, however many leads there are.
    sqlite3_exec(db, "PRAGMA temp_store = FILE", nullptr, nullptr, nullptr);
    qint64 total = -1;
    if (progress) {
        sqlite3_stmt *count = nullptr;
        const LeadSql where = leadWhere(options.query);
        const QByteArray countSql = (u"SELECT COUNT(*) FROM leads"_s + where.sql).toUtf8();
        if (sqlite3_prepare_v2(db, countSql.constData(), -1, &count, nullptr) == SQLITE_OK) {
            bindValues(count, where.values);
            if (sqlite3_step(count) == SQLITE_ROW)
                total = sqlite3_column_int64(count, 0);
        }
        sqlite3_finalize(count);
        if (options.query.limit >= 0 && total > options.query.limit)
            total = options.query.limit;
    }

    sqlite3_stmt *stmt = nullptr;
    const QByteArray sql = select->sql.toUtf8();
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK)
        return fail(ErrorCode::Database,
            tr("Cannot read the leads: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
    struct Finalizer
    {
        sqlite3_stmt *stmt;
        ~Finalizer() { sqlite3_finalize(stmt); }
    } finalizer {stmt};
    bindValues(stmt, select->values);

    OutputFile file;
    if (auto opened = file.open(path); !opened)
        return fail(opened.error());
    QIODevice &out = *file.device();
    QByteArray buffer;
    constexpr qsizetype flushAt = 1 << 20;
    buffer.reserve(flushAt + 64 * 1024);
    if (options.bom)
        buffer += "\xEF\xBB\xBF";
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (i > 0)
            buffer += separator;
        buffer += fieldInfo(columns[i]).key;
    }
    buffer += "\r\n";

    QList<FieldType> types;
    for (LeadField field : columns)
        types << fieldInfo(field).type;
    qint64 rows = 0;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const qsizetype rowStart = buffer.size();
        for (int c = 0; c < columns.size(); ++c) {
            if (c > 0)
                buffer += separator;
            const int type = sqlite3_column_type(stmt, c);
            if (type == SQLITE_NULL)
                continue;
            switch (types[c]) {
            case FieldType::Money:
                appendMoney(buffer, sqlite3_column_int64(stmt, c));
                break;
            case FieldType::Timestamp:
                appendTimestamp(buffer, sqlite3_column_int64(stmt, c));
                break;
            case FieldType::Integer:
            case FieldType::Reference:
                appendNumber(buffer, sqlite3_column_int64(stmt, c));
                break;
            case FieldType::Text:
            case FieldType::Stage:
            case FieldType::Json: {
                const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, c));
                appendCell(
                    buffer, text, sqlite3_column_bytes(stmt, c), separator, options.formulaGuard);
                break;
            }
            }
        }
        // A record that is one empty field would read back as a blank line, which readers skip.
        if (buffer.size() == rowStart)
            buffer += "\"\"";
        buffer += "\r\n";
        ++rows;
        if (buffer.size() >= flushAt) {
            errno = 0;
            if (out.write(buffer) != buffer.size())
                return fail(OutputFile::writeError(path, out.errorString(), errno));
            buffer.clear();
            if (progress) {
                progress->update(rows, total);
                if (progress->isCancelled())
                    return fail(
                        ErrorCode::Cancelled, tr("The export was cancelled; no file was written."));
            }
        }
    }
    if (rc != SQLITE_DONE)
        return fail(ErrorCode::Database,
            tr("Reading the leads failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
    errno = 0;
    if (out.write(buffer) != buffer.size())
        return fail(OutputFile::writeError(path, out.errorString(), errno));
    if (auto committed = file.commit(); !committed)
        return fail(committed.error());
    if (progress)
        progress->update(rows, rows);
    return rows;
}

} // namespace lf
