#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

/// The files leadflow-cli writes (exports, errors files, rule exports, .eml): never over the
/// database it has open (by any name), never over the file it reads, and private when new.
class TestCliOutputs : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void refusedOutputs_data();
    void refusedOutputs();
    void newFilesArePrivate();
    void importOfTheDatabaseItselfIsRefused();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &arguments) const;
    QString path(const QString &name) const { return m_dir->filePath(name); }
    static QByteArray sha256(const QString &file);
    /// integrity_check and the lead count, read with plain SQLite.
    static QString state(const QString &file);
    static mode_t mode(const QString &file);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

TestCliOutputs::Run TestCliOutputs::cli(const QStringList &arguments) const
{
    QProcess process;
    process.start(QStringLiteral(LEADFLOW_CLI_PATH), arguments + QStringList {u"--db"_s, m_db});
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

QByteArray TestCliOutputs::sha256(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString TestCliOutputs::state(const QString &file)
{
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"state"_s);
        db.setDatabaseName(file);
        if (!db.open())
            return u"cannot open"_s;
        QSqlQuery integrity(u"PRAGMA integrity_check"_s, db);
        integrity.next();
        QSqlQuery count(u"SELECT COUNT(*) FROM leads"_s, db);
        count.next();
        result = integrity.value(0).toString() + u" leads="_s + count.value(0).toString();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"state"_s);
    return result;
}

mode_t TestCliOutputs::mode(const QString &file)
{
    struct stat info;
    if (::stat(QFile::encodeName(file).constData(), &info) != 0)
        return 0;
    return info.st_mode & 0777;
}

void TestCliOutputs::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = path(u"x.sqlite"_s);
    QCOMPARE(cli({u"init"_s}).exitCode, 0);
    QCOMPARE(cli({u"add"_s, u"email=ada@example.com"_s, u"first_name=Ada"_s}).exitCode, 0);
    QFile csv(path(u"in.csv"_s));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("email,first_name\r\nbob@example.com,Bob\r\nnot-an-email,Bad\r\n");
    csv.close();
    QVERIFY(QFile::link(m_db, path(u"link.csv"_s)));
}

void TestCliOutputs::cleanup()
{
    m_dir.reset();
}

void TestCliOutputs::refusedOutputs_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("target");
    const auto file = [](const char *name) {
        return QString::fromLatin1(name);
    };
    QTest::newRow("export over the database")
        << QStringList {u"export"_s, u"leads"_s, u"@x.sqlite"_s} << file("x.sqlite");
    QTest::newRow("export through a link to it")
        << QStringList {u"export"_s, u"leads"_s, u"@link.csv"_s} << file("link.csv");
    QTest::newRow("export over its -wal")
        << QStringList {u"export"_s, u"leads"_s, u"@x.sqlite-wal"_s} << file("x.sqlite-wal");
    QTest::newRow("errors file over the database")
        << QStringList {u"import"_s, u"leads"_s, u"@in.csv"_s, u"--errors"_s, u"@x.sqlite"_s}
        << file("x.sqlite");
    QTest::newRow("errors file over the input")
        << QStringList {u"import"_s, u"leads"_s, u"@in.csv"_s, u"--errors"_s, u"@in.csv"_s}
        << file("in.csv");
    QTest::newRow("rules export over the database")
        << QStringList {u"rules"_s, u"export"_s, u"@x.sqlite"_s} << file("x.sqlite");
}

void TestCliOutputs::refusedOutputs()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, target);
    for (QString &argument : arguments) {
        if (argument.startsWith(u'@'))
            argument = path(argument.mid(1));
    }
    const QString before = state(m_db);
    QCOMPARE(before, u"ok leads=1"_s);
    const QByteArray input = sha256(path(u"in.csv"_s));
    const QStringList listing = QDir(m_dir->path()).entryList(QDir::Files | QDir::System);

    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(path(target)) && run.err.contains(u"Nothing was written"_s),
        qPrintable(run.err));
    QCOMPARE(state(m_db), before);
    QCOMPARE(sha256(path(u"in.csv"_s)), input);
    QVERIFY(QFileInfo(path(u"link.csv"_s)).isSymLink());
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::System), listing);
}

void TestCliOutputs::newFilesArePrivate()
{
    const mode_t old = ::umask(022);
    const QString db = m_db;
    m_db = path(u"new.sqlite"_s);
    const Run init = cli({u"init"_s});
    const Run add = cli({u"add"_s, u"email=c@example.com"_s});
    const Run exported = cli({u"export"_s, u"leads"_s, path(u"out.csv"_s)});
    const Run imported = cli({u"import"_s, u"leads"_s, path(u"in.csv"_s),
        u"--reject-malformed-email"_s, u"--errors"_s, path(u"rejected.csv"_s)});
    ::umask(old);
    QCOMPARE(init.exitCode, 0);
    QCOMPARE(add.exitCode, 0);
    QCOMPARE(exported.exitCode, 0);
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    for (const char *name : {"new.sqlite", "out.csv", "rejected.csv"})
        QVERIFY2(mode(path(QString::fromLatin1(name))) == 0600,
            qPrintable(u"%1: %2"_s.arg(QLatin1StringView(name))
                           .arg(mode(path(QString::fromLatin1(name))), 0, 8)));
    m_db = db;
}

void TestCliOutputs::importOfTheDatabaseItselfIsRefused()
{
    const QString before = state(m_db);
    const Run run = cli({u"import"_s, u"leads"_s, m_db});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"open database"_s), qPrintable(run.err));
    QCOMPARE(state(m_db), before);
}

QTEST_GUILESS_MAIN(TestCliOutputs)
#include "tst_cli_outputs.moc"
