#include "storage/database.h"
#include "storage/migrations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using lf::Database;
using lf::ErrorCode;

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createsLatestSchema();
    void reopenKeepsData();
    void secondOpenWhileFirstIsOpen();
    void zeroByteFileBecomesDatabase();
    void pragmas();
    void existingPageSizeIsKept();
    void refusesForeignFiles_data();
    void refusesForeignFiles();
    void readOnlyFileOpensReadOnly();
    void readOnlyFileNeedingUpgradeIsRefused();
    void missingFileWithoutCreate();
    void workerConnection();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    static QByteArray sha256(const QString &file);
    /// Makes an SQLite file with a plain connection (rollback journal, so no -wal/-shm remain).
    static void makeSqliteFile(const QString &file, const QStringList &statements);
    QStringList sidecars(const QString &file) const;

    QTemporaryDir m_dir;
};

void TestDatabase::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestDatabase::secondOpenWhileFirstIsOpen()
{
    // The GUI creates the database and stays open; a CLI call on the same file must be let in
    // (its header check reads the main file, which a checkpoint after the migrations brings up to
    // date).
    auto first = Database::open(path(u"shared.sqlite"_s));
    QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
    auto second = Database::open(path(u"shared.sqlite"_s));
    QVERIFY2(second, qPrintable(second ? QString() : second.error().toString()));
    QCOMPARE((*second)->schemaVersion(), Database::latestSchemaVersion());
}

QByteArray TestDatabase::sha256(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void TestDatabase::makeSqliteFile(const QString &file, const QStringList &statements)
{
    const QString name = u"maker-"_s + file;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(file);
        QVERIFY(db.open());
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            QVERIFY2(query.exec(statement), qPrintable(statement));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QStringList TestDatabase::sidecars(const QString &file) const
{
    QStringList found;
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        if (QFile::exists(file + QLatin1StringView(suffix)))
            found << file + QLatin1StringView(suffix);
    }
    return found;
}

void TestDatabase::createsLatestSchema()
{
    const QString file = path(u"new/sub/leads.sqlite"_s);
    auto db = Database::open(file);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    QCOMPARE((*db)->schemaVersion(), lf::migrations().constLast().version);
    QVERIFY(!(*db)->isReadOnly());

    QSqlQuery query((*db)->connection());
    QVERIFY(query.exec(u"PRAGMA application_id"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), Database::applicationId);
    QVERIFY(query.exec(u"PRAGMA user_version"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), Database::latestSchemaVersion());

    QSet<QString> tables;
    QSet<QString> indexes;
    QVERIFY(query.exec(u"SELECT type, name FROM sqlite_master"_s));
    while (query.next())
        (query.value(0).toString() == u"table"_s ? tables : indexes) << query.value(1).toString();
    for (const char *table :
        {"leads", "touchpoints", "users", "assignments", "campaigns", "stage_history", "audit_log",
            "import_batches", "import_row_changes", "settings", "user_absences"})
        QVERIFY2(tables.contains(QLatin1StringView(table)), table);
    for (const char *index : {"leads_email", "leads_phone", "leads_metrics_groups", "leads_stage",
             "leads_created", "leads_domain", "stage_history_to_lead"})
        QVERIFY2(indexes.contains(QLatin1StringView(index)), index);
    // Folded into the indexes that start with their columns (schema 9).
    for (const char *index : {"leads_owner", "leads_company_owner", "stage_history_to"})
        QVERIFY2(!indexes.contains(QLatin1StringView(index)), index);
    // The quick-search index and the triggers that keep it (schema 8).
    QVERIFY(tables.contains(u"lead_search"_s));
    for (const char *trigger :
        {"leads_search_insert", "leads_search_delete", "leads_search_update"})
        QVERIFY2(indexes.contains(QLatin1StringView(trigger)), trigger);

    // Foreign keys are enforced: a touchpoint for a lead that does not exist is refused.
    QVERIFY(!query.exec(u"INSERT INTO touchpoints (lead_id, type, occurred_at, created_at) "
                        "VALUES (999, 'call', 0, 0)"_s));
}

void TestDatabase::reopenKeepsData()
{
    const QString file = path(u"reopen.sqlite"_s);
    {
        auto db = Database::open(file);
        QVERIFY(db);
        QSqlQuery query((*db)->connection());
        QVERIFY(query.exec(u"INSERT INTO settings (key, value) VALUES ('k', 'v')"_s));
    }
    auto db = Database::open(file);
    QVERIFY(db);
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
    QSqlQuery query((*db)->connection());
    QVERIFY(query.exec(u"SELECT value FROM settings WHERE key = 'k'"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"v"_s);
    QVERIFY(
        query.exec(u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'leads'"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestDatabase::zeroByteFileBecomesDatabase()
{
    const QString file = path(u"empty.sqlite"_s);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    // Where a database may not be created, an empty file is refused like a missing one.
    Database::Options existing;
    existing.create = false;
    auto refused = Database::open(file, existing);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::NotFound);
    QVERIFY2(
        refused.error().message.contains(u"empty file"_s), qPrintable(refused.error().message));
    QCOMPARE(QFileInfo(file).size(), 0);
    auto db = Database::open(file);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
}

void TestDatabase::pragmas()
{
    auto db = Database::open(path(u"pragmas.sqlite"_s));
    QVERIFY(db);
    QSqlQuery query((*db)->connection());
    auto pragma = [&](const QString &name) {
        if (!query.exec(u"PRAGMA "_s + name) || !query.next())
            return QString();
        return query.value(0).toString();
    };
    QCOMPARE(pragma(u"foreign_keys"_s), u"1"_s);
    QCOMPARE(pragma(u"journal_mode"_s), u"wal"_s);
    QCOMPARE(pragma(u"synchronous"_s), u"1"_s); // NORMAL
    // WriterActivity's busy handler replaces the plain timeout (SQLite then reports 0); it waits
    // five seconds, longer for an announced import (tst_cli_import).
    QCOMPARE(pragma(u"busy_timeout"_s), u"0"_s);
    QCOMPARE(pragma(u"page_size"_s), u"16384"_s); // a new file
}

void TestDatabase::existingPageSizeIsKept()
{
    // A Leadflow file whose pages are 4 KB (as every file was before 16 KB pages): it opens,
    // takes the schema and data, and keeps its page size; a connection opened later agrees.
    const QString file = path(u"pages-4k.sqlite"_s);
    makeSqliteFile(file,
        {u"PRAGMA page_size = 4096"_s, u"PRAGMA application_id = %1"_s.arg(Database::applicationId),
            u"VACUUM"_s});
    auto db = Database::open(file);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
    auto worker = lf::Connection::open(**db, u"page-size"_s);
    QVERIFY(worker);
    for (const QSqlDatabase &connection : std::array {(*db)->connection(), (*worker)->sql()}) {
        QSqlQuery query(connection);
        QVERIFY(query.exec(u"PRAGMA page_size"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 4096);
        QVERIFY(query.exec(u"PRAGMA integrity_check"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"ok"_s);
    }
}

void TestDatabase::refusesForeignFiles_data()
{
    QTest::addColumn<QByteArray>("bytes"); // file content, or empty to build it with SQL
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QString>("expectedText");

    QTest::newRow("text file") << QByteArray("first,last\nAda,Lovelace\n") << QStringList()
                               << u"not an SQLite file"_s;
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    for (int i = 0; i < 400; ++i)
        png.append(char((i * 37) % 256));
    QTest::newRow("binary file") << png << QStringList() << u"not an SQLite file"_s;
    QTest::newRow("short file") << QByteArray("SQLite format 3") << QStringList()
                                << u"not an SQLite file"_s;
    QTest::newRow("other program's SQLite")
        << QByteArray()
        << QStringList {u"CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"_s,
               u"INSERT INTO notes (body) VALUES ('keep me')"_s}
        << u"another program"_s;
    QTest::newRow("empty SQLite of no program")
        << QByteArray() << QStringList {u"PRAGMA user_version = 1"_s} << u"another program"_s;
    QTest::newRow("newer Leadflow")
        << QByteArray()
        << QStringList {u"PRAGMA application_id = %1"_s.arg(Database::applicationId),
               u"PRAGMA user_version = %1"_s.arg(Database::latestSchemaVersion() + 1),
               u"CREATE TABLE leads (id INTEGER PRIMARY KEY)"_s}
        << u"newer Leadflow"_s;
    QTest::newRow("negative schema version")
        << QByteArray()
        << QStringList {u"PRAGMA application_id = %1"_s.arg(Database::applicationId),
               u"PRAGMA user_version = -1"_s, u"CREATE TABLE leads (id INTEGER PRIMARY KEY)"_s}
        << u"another program"_s;
}

void TestDatabase::refusesForeignFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, statements);
    QFETCH(QString, expectedText);

    const QString file = path(u"refuse-%1.db"_s.arg(
        QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-').replace(u'\'', u'-')));
    if (statements.isEmpty()) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
    } else {
        makeSqliteFile(file, statements);
    }
    QVERIFY(sidecars(file).isEmpty());
    const QByteArray before = sha256(file);
    const qint64 sizeBefore = QFileInfo(file).size();

    auto db = Database::open(file);
    QVERIFY(!db);
    QCOMPARE(db.error().code, ErrorCode::Refused);
    QVERIFY2(db.error().message.contains(expectedText), qPrintable(db.error().message));
    QVERIFY2(db.error().message.contains(QDir::toNativeSeparators(file)),
        qPrintable(db.error().message));

    QCOMPARE(sha256(file), before);
    QCOMPARE(QFileInfo(file).size(), sizeBefore);
    QCOMPARE(sidecars(file), QStringList());

    // Refused again when asked read-only: nothing differs.
    Database::Options readOnly;
    readOnly.readOnly = true;
    QVERIFY(!Database::open(file, readOnly));
    QCOMPARE(sha256(file), before);
}

void TestDatabase::readOnlyFileOpensReadOnly()
{
    const QString file = path(u"readonly.sqlite"_s);
    {
        auto db = Database::open(file);
        QVERIFY(db);
        QSqlQuery query((*db)->connection());
        QVERIFY(query.exec(u"INSERT INTO settings (key, value) VALUES ('k', 'v')"_s));
    }
    QVERIFY(QFile::setPermissions(
        file, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const QByteArray before = sha256(file);
    {
        auto db = Database::open(file);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
        QVERIFY((*db)->isReadOnly());
        QVERIFY((*db)->readOnlyReason().contains(u"read-only"_s));
        QSqlQuery query((*db)->connection());
        QVERIFY(query.exec(u"SELECT value FROM settings WHERE key = 'k'"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"v"_s);
        // Even for root, whom file permissions do not stop, SQLite itself refuses to write.
        QVERIFY(!query.exec(u"INSERT INTO settings (key, value) VALUES ('x', 'y')"_s));
        const auto writable = (*db)->ensureWritable();
        QVERIFY(!writable);
        QCOMPARE(writable.error().code, ErrorCode::ReadOnly);
    }
    QCOMPARE(sha256(file), before);
    QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestDatabase::readOnlyFileNeedingUpgradeIsRefused()
{
    const QString file = path(u"readonly-old.sqlite"_s);
    makeSqliteFile(file,
        {u"PRAGMA application_id = %1"_s.arg(Database::applicationId),
            u"CREATE TABLE early (id INTEGER PRIMARY KEY)"_s});
    QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner));
    const QByteArray before = sha256(file);
    auto db = Database::open(file);
    QVERIFY(!db);
    QCOMPARE(db.error().code, ErrorCode::Refused);
    QVERIFY2(db.error().message.contains(u"upgrade"_s), qPrintable(db.error().message));
    QCOMPARE(sha256(file), before);
    QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestDatabase::missingFileWithoutCreate()
{
    Database::Options options;
    options.create = false;
    const QString file = path(u"absent.sqlite"_s);
    auto db = Database::open(file, options);
    QVERIFY(!db);
    QCOMPARE(db.error().code, ErrorCode::NotFound);
    QVERIFY(!QFile::exists(file));
}

void TestDatabase::workerConnection()
{
    auto db = Database::open(path(u"worker.sqlite"_s));
    QVERIFY(db);
    auto connection = lf::Connection::open(**db, u"test"_s);
    QVERIFY(connection);
    QSqlQuery query((*connection)->sql());
    QVERIFY(query.exec(u"PRAGMA foreign_keys"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    const QString name = (*connection)->sql().connectionName();
    query = QSqlQuery();
    connection->reset();
    QVERIFY(!QSqlDatabase::contains(name));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
