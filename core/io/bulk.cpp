#include "bulk.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace lf::bulk {

Q_LOGGING_CATEGORY(lcImport, "leadflow.import", QtWarningMsg)

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("BulkImport", text);
}

} // namespace

namespace {

/// name as an SQL identifier, in double quotes.
QString quotedName(QString name)
{
    name.replace(u'"', u"\"\""_s);
    return u'"' + name + u'"';
}

/// Runs statements in order, stopping at the first that fails (with what and the driver's text).
Status execAll(QSqlDatabase &db, const QStringList &statements, const QString &what)
{
    for (const QString &statement : statements) {
        if (auto done = exec(db, statement, {}, what); !done)
            return done;
    }
    return {};
}

} // namespace

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (!db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

Error sqliteError(sqlite3 *db, const QString &what)
{
    return Error {ErrorCode::Database, u"%1: %2"_s.arg(what, QString::fromUtf8(sqlite3_errmsg(db))),
        {}, 0, 0, {}, {}};
}

Error rowSaveError(sqlite3 *db, const QString &path, qint64 line)
{
    if ((sqlite3_extended_errcode(db) & 0xFF) == SQLITE_FULL) {
        // Not the row's fault: say what is wrong and where, and no line of the file.
        const QString file = QString::fromUtf8(sqlite3_db_filename(db, "main"));
        return Error {ErrorCode::Io,
            tr("The disk is full: the database cannot grow. Nothing was imported; free some space "
               "and import again."),
            file, 0, 0, {}, {}};
    }
    Error error = sqliteError(db, tr("Line %1 could not be saved").arg(line));
    error.file = path;
    error.line = line;
    return error;
}

Status openImportFile(const Database &database, CsvReader &reader, CsvRecord &header,
    const QString &path, const CsvReader::Options &options)
{
    if (auto writable = database.ensureWritable(); !writable)
        return writable;
    if (auto opened = reader.open(path, options); !opened)
        return opened;
    auto read = reader.readRecord(header);
    if (!read)
        return fail(read.error());
    return {};
}

Status exec(QSqlDatabase &db, const QString &sql, const QVariantList &values, const QString &what)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return fail(databaseError(query, what));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return fail(databaseError(query, what));
    return {};
}

Statement::Statement(sqlite3 *db, const QByteArray &sql)
{
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &m_stmt, nullptr) != SQLITE_OK) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Result<QStringList> secondaryIndexes(QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                  "AND sql IS NOT NULL ORDER BY name"_s);
    query.addBindValue(table);
    if (!query.exec())
        return fail(databaseError(query, tr("Cannot read the indexes of %1").arg(table)));
    QStringList statements;
    while (query.next())
        statements << query.value(0).toString();
    return statements;
}

Result<QStringList> dropSecondaryIndexes(QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                  "AND sql IS NOT NULL ORDER BY name"_s);
    query.addBindValue(table);
    if (!query.exec())
        return fail(databaseError(query, tr("Cannot read the indexes of %1").arg(table)));
    QStringList names;
    QStringList statements;
    while (query.next()) {
        names << query.value(0).toString();
        statements << query.value(1).toString();
    }
    query.finish();
    for (const QString &name : std::as_const(names)) {
        if (auto dropped = exec(db, u"DROP INDEX "_s + quotedName(name), {},
                tr("Cannot prepare the table %1 for the import").arg(table));
            !dropped)
            return fail(dropped.error());
    }
    return statements;
}

Status createIndexes(QSqlDatabase &db, const QStringList &statements)
{
    return execAll(db, statements, tr("Cannot build an index after the import"));
}

Status useBulkLoadCache(QSqlDatabase &db)
{
    return exec(
        db, u"PRAGMA cache_size = -4096"_s, {}, tr("Cannot prepare the database for the import"));
}

Status analyzeIfGrown(
    QSqlDatabase &db, const QStringList &tables, qint64 rowsBefore, qint64 rowsAdded)
{
    if (rowsAdded <= 0 || rowsAdded < rowsBefore)
        return {};
    for (const QString &table : tables) {
        if (auto analyzed =
                execAll(db, {u"PRAGMA analysis_limit = 400"_s, u"ANALYZE "_s + quotedName(table)},
                    tr("Cannot update the statistics of %1 after the import").arg(table));
            !analyzed)
            return analyzed;
    }
    return {};
}

Result<QStringList> suspendTriggers(QSqlDatabase &db, const QStringList &names)
{
    QStringList statements;
    for (const QString &name : names) {
        QSqlQuery query(db);
        query.prepare(u"SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"_s);
        query.addBindValue(name);
        if (!query.exec())
            return fail(databaseError(query, tr("Cannot read the trigger %1").arg(name)));
        if (!query.next())
            continue;
        statements << query.value(0).toString();
        query.finish();
        if (auto dropped = exec(db, u"DROP TRIGGER "_s + quotedName(name), {},
                tr("Cannot prepare the database for the import"));
            !dropped)
            return fail(dropped.error());
    }
    return statements;
}

Status restoreTriggers(QSqlDatabase &db, const QStringList &statements)
{
    return execAll(db, statements, tr("Cannot restore the database after the import"));
}

const QStringList &searchTriggers()
{
    static const QStringList names {
        u"leads_search_insert"_s, u"leads_search_delete"_s, u"leads_search_update"_s};
    return names;
}

RejectedRowsFile::RejectedRowsFile() = default;

RejectedRowsFile::~RejectedRowsFile() = default;

Status RejectedRowsFile::open(
    const QString &path, const QString &input, const QStringList &headers, QChar delimiter)
{
    CsvWriter::Options options;
    options.inputs = QStringList {input};
    options.writeBom = true;
    options.delimiter = delimiter.isNull() ? QChar(u',') : delimiter;
    if (auto opened = m_writer.open(path, options); !opened)
        return opened;
    QStringList header = headers;
    header << tr("Leadflow rejection reason") << tr("Line");
    return m_writer.writeRecord(header);
}

void RejectedRowsFile::write(const QStringList &fields, const QString &reason, qint64 line)
{
    if (m_error)
        return;
    QStringList record = fields;
    record << reason << QString::number(line);
    if (auto written = m_writer.writeRecord(record); !written)
        m_error = written.error();
    ++m_rows;
}

Result<bool> RejectedRowsFile::finish()
{
    if (m_error)
        return fail(*m_error);
    if (m_rows == 0)
        return false; // the writer discards the file it never closed
    if (auto closed = m_writer.close(); !closed)
        return fail(closed.error());
    return true;
}

} // namespace lf::bulk
