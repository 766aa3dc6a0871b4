#include "io/csvreader.h"
#include "leads/leadservice.h"
#include "storage/database.h"
#include "storage/databasefiles.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace lf;

/// DatabaseFiles, and the defect it exists for: a second open and close of an open database file
/// inside the process drops SQLite's POSIX locks, after which another process deletes the -wal and
/// -shm files under the open connection and later writes are lost.
class TestDatabaseFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void namesOfAnOpenDatabase_data();
    void namesOfAnOpenDatabase();
    void countedRegistration();
    void secondOpenKeepsTheLocks();
    void csvReaderRefusesTheDatabase_data();
    void csvReaderRefusesTheDatabase();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    static void addLead(Database &database, const QString &email);
    /// leadflow-cli with arguments on file, as another process of the team would run it.
    static int cli(const QStringList &arguments, const QString &file);
    static QStringList emails(const QString &file);

    QTemporaryDir m_dir;
};

void TestDatabaseFiles::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(LEADFLOW_CLI_PATH)));
}

void TestDatabaseFiles::addLead(Database &database, const QString &email)
{
    LeadService leads(database.connection());
    auto created = leads.create({{LeadField::Email, email}});
    QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
}

int TestDatabaseFiles::cli(const QStringList &arguments, const QString &file)
{
    QProcess process;
    process.start(QStringLiteral(LEADFLOW_CLI_PATH), arguments + QStringList {u"--db"_s, file});
    if (!process.waitForFinished(60000))
        return -1;
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QStringList TestDatabaseFiles::emails(const QString &file)
{
    QStringList found;
    const QString name = u"check-emails"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(file);
        if (db.open()) {
            QSqlQuery integrity(u"PRAGMA integrity_check"_s, db);
            if (!integrity.next() || integrity.value(0).toString() != u"ok"_s)
                found << u"integrity: "_s + integrity.value(0).toString();
            QSqlQuery query(u"SELECT email FROM leads ORDER BY id"_s, db);
            while (query.next())
                found << query.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return found;
}

void TestDatabaseFiles::namesOfAnOpenDatabase_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("isDatabase");
    QTest::newRow("the file") << u"names.sqlite"_s << true;
    QTest::newRow("-wal") << u"names.sqlite-wal"_s << true;
    QTest::newRow("-shm") << u"names.sqlite-shm"_s << true;
    QTest::newRow("-journal") << u"names.sqlite-journal"_s << true;
    QTest::newRow("with ./") << u"./names.sqlite"_s << true;
    QTest::newRow("symbolic link") << u"link.sqlite"_s << true;
    QTest::newRow("hard link") << u"hard.sqlite"_s << true;
    QTest::newRow("link's -shm name") << u"link.sqlite-shm"_s << false;
    QTest::newRow("another file") << u"names.csv"_s << false;
    QTest::newRow("a prefix") << u"names.sqlit"_s << false;
}

void TestDatabaseFiles::namesOfAnOpenDatabase()
{
    QFETCH(QString, name);
    QFETCH(bool, isDatabase);
    const QString file = path(u"names.sqlite"_s);
    auto database = Database::open(file);
    QVERIFY(database);
    addLead(**database, u"a@example.com"_s);
    QFile::link(file, path(u"link.sqlite"_s));
    QVERIFY(QFileInfo::exists(path(u"link.sqlite"_s)));
    if (!QFileInfo::exists(path(u"hard.sqlite"_s)))
        QCOMPARE(::link(QFile::encodeName(file).constData(),
                     QFile::encodeName(path(u"hard.sqlite"_s)).constData()),
            0);
    const QString candidate =
        name.startsWith(u"./"_s) ? m_dir.path() + u"/./"_s + name.mid(2) : path(name);
    QCOMPARE(DatabaseFiles::contains(candidate), isDatabase);
    database->reset();
    QVERIFY(!DatabaseFiles::contains(candidate));
}

void TestDatabaseFiles::countedRegistration()
{
    const QString file = path(u"counted.sqlite"_s);
    auto first = Database::open(file);
    auto second = Database::open(file);
    QVERIFY(first && second);
    QVERIFY(DatabaseFiles::contains(file));
    first->reset();
    QVERIFY(DatabaseFiles::contains(file));
    second->reset();
    QVERIFY(!DatabaseFiles::contains(file));
}

void TestDatabaseFiles::secondOpenKeepsTheLocks()
{
    // The GUI holds the database; something in the process opens the same file again (a second
    // Database::open used to read the header with its own file handle), then CLI runs come and
    // go between the GUI's writes. Every write must survive and the file must stay sound.
    const QString file = path(u"shared.sqlite"_s);
    auto gui = Database::open(file);
    QVERIFY(gui);
    addLead(**gui, u"one@example.com"_s);
    {
        auto again = Database::open(file);
        QVERIFY2(again, qPrintable(again ? QString() : again.error().toString()));
    }
    QCOMPARE(cli({u"list"_s}, file), 0);
    addLead(**gui, u"two@example.com"_s);
    QCOMPARE(cli({u"add"_s, u"email=three@example.com"_s}, file), 0);
    addLead(**gui, u"four@example.com"_s);
    QCOMPARE(cli({u"list"_s}, file), 0);
    addLead(**gui, u"five@example.com"_s);
    gui->reset();
    QCOMPARE(emails(file),
        QStringList({u"one@example.com"_s, u"two@example.com"_s, u"three@example.com"_s,
            u"four@example.com"_s, u"five@example.com"_s}));
}

void TestDatabaseFiles::csvReaderRefusesTheDatabase_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("database") << QString();
    QTest::newRow("-wal") << u"-wal"_s;
    QTest::newRow("-shm") << u"-shm"_s;
}

void TestDatabaseFiles::csvReaderRefusesTheDatabase()
{
    QFETCH(QString, suffix);
    const QString file = path(u"read%1.sqlite"_s.arg(suffix));
    auto gui = Database::open(file);
    QVERIFY(gui);
    addLead(**gui, u"one@example.com"_s);
    CsvReader reader;
    auto opened = reader.open(file + suffix);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, ErrorCode::Refused);
    QCOMPARE(opened.error().file, file + suffix);
    QVERIFY2(
        opened.error().message.contains(u"open database"_s), qPrintable(opened.error().message));
    QCOMPARE(cli({u"add"_s, u"email=two@example.com"_s}, file), 0);
    addLead(**gui, u"three@example.com"_s);
    gui->reset();
    QCOMPARE(emails(file).size(), 3);
}

QTEST_GUILESS_MAIN(TestDatabaseFiles)
#include "tst_databasefiles.moc"
