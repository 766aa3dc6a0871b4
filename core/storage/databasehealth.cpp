#include "databasehealth.h"

#include "database.h"
#include "databasefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <limits>

using namespace Qt::StringLiterals;

namespace lf {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DatabaseHealth", text);
}

/// A plain connection to path for the checks, removed when this goes out of scope.
class CheckConnection
{
public:
    explicit CheckConnection(const QString &path)
        : m_path(path)
    {
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        m_db.setDatabaseName(path);
        m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        m_open = m_db.open();
        if (m_open)
            DatabaseFiles::add(path);
    }
    ~CheckConnection()
    {
        if (m_open)
            DatabaseFiles::remove(m_path);
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QSqlDatabase &db() { return m_db; }

private:
    QString m_path;
    QString m_name = u"leadflow-health-check"_s;
    QSqlDatabase m_db;
    bool m_open = false;
};

/// Every line a statement returns, or its error as one line.
QStringList lines(QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    QStringList out;
    if (!query.exec(statement)) {
        out << query.lastError().text().trimmed();
        return out;
    }
    while (query.next()) {
        QStringList cells;
        for (int i = 0; i < query.record().count(); ++i)
            cells << query.value(i).toString();
        out << cells.join(u' ');
    }
    if (query.lastError().isValid())
        out << query.lastError().text().trimmed();
    return out;
}

/// The column names of table in schema (main or old).
QStringList columns(QSqlDatabase &db, const QString &schema, const QString &table)
{
    QStringList names;
    QSqlQuery query(db);
    query.exec(u"SELECT name FROM pragma_table_info('%1', '%2')"_s.arg(table, schema));
    while (query.next())
        names << query.value(0).toString();
    return names;
}

/// Whether old.table can be read from its first row at or after rowid on.
bool readsFrom(QSqlDatabase &db, const QString &table, qint64 rowid)
{
    QSqlQuery probe(db);
    probe.prepare(u"SELECT rowid FROM old.\"%1\" NOT INDEXED WHERE rowid >= ? ORDER BY rowid "
                  "LIMIT 1"_s.arg(table));
    probe.addBindValue(rowid);
    if (!probe.exec())
        return false;
    probe.next();
    return !probe.lastError().isValid();
}

/// Copies the rows of old.table that can be read into main.table, in rowid order. A damaged page
/// ends a scan; the copy goes on after the last row read, skipping ahead further each time a
/// seek fails, so the rows beyond the damage are saved too. Returns the rows copied.
qint64 copyReadableRows(QSqlDatabase &db, const QString &table, QStringList *problems)
{
    const QStringList mine = columns(db, u"main"_s, table);
    const QStringList theirs = columns(db, u"old"_s, table);
    QStringList shared;
    for (const QString &name : mine) {
        if (theirs.contains(name))
            shared << u"\"%1\""_s.arg(name);
    }
    if (shared.isEmpty())
        return 0;
    const QString list = shared.join(u", "_s);
    QSqlQuery insert(db);
    insert.prepare(u"INSERT OR IGNORE INTO main.\"%1\" (%2) VALUES (%3)"_s.arg(
        table, list, QStringList(shared.size(), u"?"_s).join(u", "_s)));
    // Rows are read in batches with no write open (SQLite may roll back a transaction a read
    // of a damaged page fails in), then written in one transaction per batch.
    constexpr int batch = 10000;
    qint64 copied = 0;
    qint64 from = std::numeric_limits<qint64>::min();
    qint64 skip = 1;
    bool reported = false;
    for (int failures = 0; failures < 64;) {
        QList<QVariantList> rows;
        QSqlQuery select(db);
        select.setForwardOnly(true);
        select.prepare(u"SELECT rowid, %1 FROM old.\"%2\" NOT INDEXED WHERE rowid >= ? "
                       "ORDER BY rowid LIMIT %3"_s.arg(list, table)
                           .arg(batch));
        select.addBindValue(from);
        if (select.exec()) {
            while (select.next()) {
                QVariantList row;
                for (int c = 0; c <= shared.size(); ++c)
                    row << select.value(c);
                rows << row;
            }
        }
        const bool damaged = select.lastError().isValid();
        select.finish();
        QSqlQuery(u"BEGIN"_s, db);
        for (const QVariantList &row : std::as_const(rows)) {
            for (int c = 0; c < shared.size(); ++c)
                insert.bindValue(c, row[c + 1]);
            if (insert.exec())
                ++copied;
        }
        QSqlQuery(u"COMMIT"_s, db);
        if (!rows.isEmpty())
            from = rows.constLast().constFirst().toLongLong() + 1;
        if (!damaged) {
            if (rows.size() < batch)
                return copied;
            continue;
        }
        ++failures;
        if (problems && !reported) {
            reported = true;
            *problems << tr("%1: rows from id %2 on were unreadable").arg(table).arg(from);
        }
        // Nothing read: the damage starts at `from`. Find the first start past it
        // that reads: gallop forward, then halve back.
        if (rows.isEmpty()) {
            qint64 bad = from;
            qint64 good = bad + skip;
            while (!readsFrom(db, table, good) && good < std::numeric_limits<qint64>::max() / 4) {
                bad = good;
                skip *= 4;
                good = bad + skip;
            }
            while (good - bad > 1) {
                const qint64 middle = bad + (good - bad) / 2;
                (readsFrom(db, table, middle) ? good : bad) = middle;
            }
            from = good;
            skip = 1;
        }
    }
    return copied;
}

} // namespace

Result<DatabaseHealth::Report> DatabaseHealth::check(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return fail(Error {ErrorCode::NotFound,
            tr("There is no database at %1.").arg(QDir::toNativeSeparators(path)), path, 0, 0, {},
            {}});
    CheckConnection connection(path);
    if (!connection.isOpen())
        return fail(databaseError(connection.db(), tr("Cannot open %1").arg(path)));
    Report report;
    QSqlDatabase &db = connection.db();
    for (const QString &line : lines(db, u"PRAGMA integrity_check"_s)) {
        if (line != u"ok"_s)
            report.problems << line;
    }
    for (const QString &line : lines(db, u"PRAGMA foreign_key_check"_s))
        report.problems << tr("a row refers to a missing one: %1").arg(line);
    // FTS5's own check that the search index holds exactly what the leads say; a command, so in
    // a transaction that is rolled back.
    QSqlQuery(u"BEGIN"_s, db);
    QSqlQuery search(db);
    if (!search.exec(u"INSERT INTO lead_search(lead_search, rank) VALUES ('integrity-check', 1)"_s)
        && !search.lastError().text().contains(u"no such table"_s))
        report.problems
            << tr("the quick-search index: %1").arg(search.lastError().text().trimmed());
    search.finish();
    QSqlQuery(u"ROLLBACK"_s, db);
    return report;
}

Result<QStringList> DatabaseHealth::recover(const QString &path, const QString &target)
{
    if (QFileInfo::exists(target))
        return fail(Error {ErrorCode::Refused,
            tr("%1 exists; recovery writes a new file and replaces none.")
                .arg(QDir::toNativeSeparators(target)),
            target, 0, 0, {}, {}});
    if (!QFileInfo(path).isFile())
        return fail(Error {ErrorCode::NotFound,
            tr("There is no database at %1.").arg(QDir::toNativeSeparators(path)), path, 0, 0, {},
            {}});
    QStringList lost;
    {
        // A new database of the current schema, then every readable row of the damaged one,
        // with the triggers that derive rows held back (the copy brings the derived rows too).
        auto fresh = Database::open(target);
        if (!fresh)
            return fail(fresh.error());
        QSqlDatabase db = (*fresh)->connection();
        QStringList triggers;
        QSqlQuery query(db);
        query.exec(u"SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"_s);
        QStringList names;
        while (query.next()) {
            names << query.value(0).toString();
            triggers << query.value(1).toString();
        }
        QStringList statements {u"PRAGMA foreign_keys = OFF"_s};
        for (const QString &name : std::as_const(names))
            statements << u"DROP TRIGGER \"%1\""_s.arg(name);
        statements << u"ATTACH DATABASE ? AS old"_s;
        for (const QString &statement : std::as_const(statements)) {
            QSqlQuery step(db);
            step.prepare(statement);
            if (statement.contains(u'?'))
                step.addBindValue(path);
            if (!step.exec())
                return fail(databaseError(step, tr("Cannot read %1").arg(path)));
        }
        QStringList tables;
        query.exec(u"SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE "
                   "'sqlite_%' AND name NOT LIKE 'lead_search%' AND sql NOT LIKE 'CREATE "
                   "VIRTUAL%'"_s);
        while (query.next())
            tables << query.value(0).toString();
        query.finish();
        QStringList problems;
        for (const QString &table : std::as_const(tables)) {
            QSqlQuery(u"DELETE FROM main.\"%1\""_s.arg(table), db); // the new file's own rows
            copyReadableRows(db, table, &problems);
        }
        // Rows that belonged to a row lost with the damage (a lost lead's stage history) go too.
        for (int round = 0; round < 8; ++round) {
            QSqlQuery orphans(u"SELECT \"table\", rowid FROM pragma_foreign_key_check"_s, db);
            QList<std::pair<QString, qint64>> found;
            while (orphans.next())
                found.append({orphans.value(0).toString(), orphans.value(1).toLongLong()});
            orphans.finish();
            if (found.isEmpty())
                break;
            QHash<QString, int> perTable;
            for (const auto &[table, rowid] : std::as_const(found)) {
                QSqlQuery remove(db);
                remove.prepare(u"DELETE FROM main.\"%1\" WHERE rowid = ?"_s.arg(table));
                remove.addBindValue(rowid);
                remove.exec();
                ++perTable[table];
            }
            for (auto it = perTable.cbegin(); it != perTable.cend(); ++it)
                problems
                    << tr("%1: %2 rows of lost records left out").arg(it.key()).arg(it.value());
        }
        QSqlQuery(u"DETACH DATABASE old"_s, db);
        for (const QString &statement : std::as_const(triggers))
            QSqlQuery(statement, db);
        QSqlQuery rebuild(db);
        if (!rebuild.exec(u"INSERT INTO lead_search(lead_search) VALUES ('rebuild')"_s))
            return fail(databaseError(rebuild, tr("Cannot rebuild the search index")));
        QSqlQuery(u"PRAGMA foreign_keys = ON"_s, db);
        lost = problems;
    }
    auto report = check(target);
    if (!report)
        return fail(report.error());
    if (!report->ok())
        return fail(Error {ErrorCode::Database,
            tr("The recovered database %1 is not sound either: %2")
                .arg(QDir::toNativeSeparators(target), report->problems.join(u"; "_s)),
            target, 0, 0, {}, {}});
    return lost;
}

bool DatabaseHealth::isDamage(const Error &error)
{
    if (error.code != ErrorCode::Database)
        return false;
    const QString text = error.message.toLower();
    return text.contains(u"malformed"_s) || text.contains(u"file is not a database"_s)
        || text.contains(u"database corruption"_s);
}

Error DatabaseHealth::explainDamage(Error error, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    error.file = path;
    error.message = tr("The database file %1 is damaged (%2). Nothing was changed. "
                       "`leadflow-cli check --db %1` lists the damage; `leadflow-cli recover "
                       "--db %1 NEW-FILE` saves what can be read into a new database.")
                        .arg(shown, error.message);
    return error;
}

} // namespace lf
