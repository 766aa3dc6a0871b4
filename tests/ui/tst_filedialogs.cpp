#include "filedialogs.h"
#include "leads/leadservice.h"
#include "storage/database.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lf;

/// FileDialogs: browsing into the database's folder while the database is open must not open its
/// files. The stock dialog guessed the type of -wal and -shm from their bytes, which dropped the
/// process's SQLite locks; the next leadflow-cli run then deleted the -wal and -shm under the open
/// connection, and later writes were lost or corrupted the file.
class TestFileDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void browsingTheDatabaseFolderKeepsEveryWrite();
    void typesComeFromNames();

private:
    static void addLead(Database &database, const QString &email);
    static int cli(const QStringList &arguments, const QString &file);
    static QStringList emails(const QString &file);
    /// Shows a dialog on folder and waits until every row's type and icon were asked for.
    static void browse(const QString &folder, QStringList *types = nullptr);

    QTemporaryDir m_dir;
};

void TestFileDialogs::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(LEADFLOW_CLI_PATH)));
}

void TestFileDialogs::addLead(Database &database, const QString &email)
{
    LeadService leads(database.connection());
    auto created = leads.create({{LeadField::Email, email}});
    QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
}

int TestFileDialogs::cli(const QStringList &arguments, const QString &file)
{
    QProcess process;
    process.start(QStringLiteral(LEADFLOW_CLI_PATH), arguments + QStringList {u"--db"_s, file});
    if (!process.waitForFinished(60000))
        return -1;
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QStringList TestFileDialogs::emails(const QString &file)
{
    QStringList found;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
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
    QSqlDatabase::removeDatabase(u"check"_s);
    return found;
}

void TestFileDialogs::browse(const QString &folder, QStringList *types)
{
    QFileDialog *dialog = FileDialogs::create(
        nullptr, u"Choose a CSV file"_s, folder, u"CSV files (*.csv);;All files (*)"_s);
    dialog->selectNameFilter(u"All files (*)"_s);
    dialog->setViewMode(QFileDialog::Detail);
    auto *model = dialog->findChild<QFileSystemModel *>();
    QVERIFY(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(model, &QFileSystemModel::directoryLoaded);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTRY_VERIFY(loaded.count() > 0 || model->rowCount(model->index(folder)) > 0);
    const QModelIndex root = model->index(folder);
    QTRY_VERIFY(model->rowCount(root) >= 3);
    for (int row = 0; row < model->rowCount(root); ++row) {
        const QModelIndex name = model->index(row, 0, root);
        static_cast<void>(model->data(name, Qt::DecorationRole)); // icons come from a thread
        const QString type = model->data(model->index(row, 2, root)).toString();
        if (types)
            types->append(model->fileName(name) + u'=' + type);
    }
    QTest::qWait(300);
    for (int row = 0; row < model->rowCount(root); ++row)
        static_cast<void>(model->data(model->index(row, 0, root), Qt::DecorationRole));
    dialog->reject();
    delete dialog;
}

void TestFileDialogs::browsingTheDatabaseFolderKeepsEveryWrite()
{
    const QString file = m_dir.filePath(u"leads.sqlite"_s);
    auto gui = Database::open(file);
    QVERIFY(gui);
    addLead(**gui, u"one@example.com"_s);
    QVERIFY(QFile::exists(file + u"-wal"_s));
    QVERIFY(QFile::exists(file + u"-shm"_s));

    browse(m_dir.path());

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

void TestFileDialogs::typesComeFromNames()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const char *name : {"leads.csv", "notes.txt", "blob-wal"}) {
        QFile f(dir.filePath(QString::fromLatin1(name)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4 not what the name says\n");
    }
    QStringList types;
    browse(dir.path(), &types);
    types.sort();
    QCOMPARE(types.size(), 3);
    QVERIFY2(!types.at(0).contains(u"PDF"_s), qPrintable(types.join(u", "_s))); // blob-wal
    QVERIFY2(types.at(1).startsWith(u"leads.csv="_s) && types.at(1).contains(u"CSV"_s),
        qPrintable(types.join(u", "_s)));
}

QTEST_MAIN(TestFileDialogs)
#include "tst_filedialogs.moc"
