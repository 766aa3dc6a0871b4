#include "io/fileguard.h"
#include "io/outputfile.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace lf;

/// OutputFile and FileGuard::checkOutput: every file Leadflow writes goes to a temporary file
/// renamed into place, is private when new, and never replaces the open database, its -wal or
/// -shm, or the file being read, under any of their names.
class TestOutputFile : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void refusedTargets_data();
    void refusedTargets();
    void writesNewFilePrivate();
    void keepsPermissionsOfAnExistingFile();
    void withoutCommitNothingChanges();
    void fullDiskSaysSo();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    static QByteArray sha256(const QString &file);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

void TestOutputFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto database = Database::open(path(u"leads.sqlite"_s));
    QVERIFY(database);
    m_database = std::move(*database);
    QSqlQuery(u"CREATE TABLE t(x)"_s, m_database->connection()); // a -wal with content
    QFile input(path(u"input.csv"_s));
    QVERIFY(input.open(QIODevice::WriteOnly));
    input.write("email\r\na@example.com\r\n");
    input.close();
    QFile::link(path(u"leads.sqlite"_s), path(u"link-to-db.csv"_s));
    QFile::link(path(u"input.csv"_s), path(u"link-to-input.csv"_s));
    QCOMPARE(::link(QFile::encodeName(path(u"input.csv"_s)).constData(),
                 QFile::encodeName(path(u"hard-input.csv"_s)).constData()),
        0);
    QDir().mkpath(path(u"folder"_s));
}

void TestOutputFile::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

QByteArray TestOutputFile::sha256(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void TestOutputFile::refusedTargets_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("says");
    QTest::newRow("the database") << u"leads.sqlite"_s << u"open database"_s;
    QTest::newRow("its -wal") << u"leads.sqlite-wal"_s << u"open database"_s;
    QTest::newRow("its -shm") << u"leads.sqlite-shm"_s << u"open database"_s;
    QTest::newRow("its -journal (absent)") << u"leads.sqlite-journal"_s << u"open database"_s;
    QTest::newRow("a link to it") << u"link-to-db.csv"_s << u"open database"_s;
    QTest::newRow("folder path with ..") << u"folder/../leads.sqlite"_s << u"open database"_s;
    QTest::newRow("the input") << u"input.csv"_s << u"being read"_s;
    QTest::newRow("a link to the input") << u"link-to-input.csv"_s << u"being read"_s;
    QTest::newRow("a hard link to the input") << u"hard-input.csv"_s << u"being read"_s;
    QTest::newRow("a folder") << u"folder"_s << u"folder"_s;
}

void TestOutputFile::refusedTargets()
{
    QFETCH(QString, target);
    QFETCH(QString, says);
    const QStringList watched {
        u"leads.sqlite"_s, u"leads.sqlite-wal"_s, u"leads.sqlite-shm"_s, u"input.csv"_s};
    QList<QByteArray> before;
    for (const QString &name : watched)
        before << sha256(path(name));
    const QStringList listing = QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::System);

    OutputFile file;
    auto opened = file.open(path(target), {path(u"input.csv"_s)});
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, ErrorCode::Refused);
    QCOMPARE(opened.error().file, path(target));
    QVERIFY2(opened.error().message.contains(says), qPrintable(opened.error().message));
    QVERIFY(!OutputFile::write(path(target), "x", {path(u"input.csv"_s)}));

    for (qsizetype i = 0; i < watched.size(); ++i)
        QVERIFY2(sha256(path(watched[i])) == before[i], qPrintable(watched[i]));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::System), listing);
}

void TestOutputFile::writesNewFilePrivate()
{
    const mode_t old = ::umask(022);
    const auto written = OutputFile::write(path(u"out.csv"_s), "a,b\r\n");
    ::umask(old);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
    struct stat info;
    QCOMPARE(::stat(QFile::encodeName(path(u"out.csv"_s)).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, mode_t(0600));
    QFile back(path(u"out.csv"_s));
    QVERIFY(back.open(QIODevice::ReadOnly));
    QCOMPARE(back.readAll(), QByteArray("a,b\r\n"));
}

void TestOutputFile::keepsPermissionsOfAnExistingFile()
{
    const QString target = path(u"shared.csv"_s);
    QVERIFY(OutputFile::write(target, "old"));
    QVERIFY(::chmod(QFile::encodeName(target).constData(), 0640) == 0);
    QVERIFY(OutputFile::write(target, "new"));
    struct stat info;
    QCOMPARE(::stat(QFile::encodeName(target).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, mode_t(0640));
}

void TestOutputFile::withoutCommitNothingChanges()
{
    const QString target = path(u"kept.csv"_s);
    QVERIFY(OutputFile::write(target, "old"));
    const QStringList listing = QDir(m_dir->path()).entryList(QDir::Files);
    {
        OutputFile file;
        QVERIFY(file.open(target));
        file.device()->write("new but never committed");
    }
    QFile back(target);
    QVERIFY(back.open(QIODevice::ReadOnly));
    QCOMPARE(back.readAll(), QByteArray("old"));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), listing); // no temporary file left
}

void TestOutputFile::fullDiskSaysSo()
{
    const Error error =
        OutputFile::writeError(u"/x/out.csv"_s, u"No space left on device"_s, ENOSPC);
    QCOMPARE(error.code, ErrorCode::Io);
    QCOMPARE(error.file, u"/x/out.csv"_s);
    QVERIFY2(error.message.contains(u"disk is full"_s), qPrintable(error.message));
    QCOMPARE(error.line, 0);
}

QTEST_GUILESS_MAIN(TestOutputFile)
#include "tst_outputfile.moc"
