#include "importspage.h"
#include "importwizard.h"
#include "io/leadimporter.h"
#include "storage/database.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using namespace lf;

namespace {

bool writeCsv(const QString &path, int first, int count)
{
    QString text = u"First Name,Last Name,Email,Company\r\n"_s;
    for (int i = first; i < first + count; ++i)
        text += u"Lead%1,Tester,lead%1@example.com,Acme %2\r\n"_s.arg(i).arg(i % 3);
    QFile file(path);
    const QByteArray bytes = text.toUtf8();
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

qint64 leadCount(const Database &db)
{
    QSqlQuery query(db.connection());
    if (!query.exec(u"SELECT COUNT(*) FROM leads"_s) || !query.next())
        qFatal("count failed");
    return query.value(0).toLongLong();
}

/// Presses button in the next message box that opens (a confirmation run by exec()).
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box && box->button(button))
            box->button(button)->click();
    });
}

void shoot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("LEADFLOW_SHOTS_DIR");
    if (dir.isEmpty())
        return;
    QApplication::processEvents();
    widget.grab().save(QDir(dir).filePath(name + u".png"_s));
}

} // namespace

class TestImportsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void emptyPage();
    void listsBatches();
    void undoAsksFirst();
    void undoFromPage();
    void importFromWizard();

private:
    /// Imports count leads from a new file through the core, as the CLI would.
    qint64 importFile(const QString &name, int first, int count);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_round = 0;
};

void TestImportsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestImportsPage::init()
{
    auto db = Database::open(m_dir.filePath(u"leads-%1.sqlite"_s.arg(++m_round)));
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    m_db = std::move(*db);
}

void TestImportsPage::cleanup()
{
    m_db.reset();
}

qint64 TestImportsPage::importFile(const QString &name, int first, int count)
{
    const QString path = m_dir.filePath(name);
    if (!writeCsv(path, first, count))
        return 0;
    LeadImportOptions options;
    options.actor = u"tester"_s;
    auto report = LeadImporter(*m_db).run(path, options);
    if (!report)
        qWarning("%s", qPrintable(report.error().toString()));
    return report ? report->batchId : 0;
}

void TestImportsPage::emptyPage()
{
    ImportsPage page(*m_db);
    QCOMPARE(page.model()->rowCount(), 0);
    QVERIFY(page.findChild<QLabel *>(u"importsSummary"_s)->text().contains(u"No imports"_s));
    QVERIFY(!page.findChild<QPushButton *>(u"undoImportButton"_s)->isEnabled());
    QVERIFY(page.findChild<QPushButton *>(u"importButton"_s)->isEnabled());
    QVERIFY(!page.undoSelected(false));
}

void TestImportsPage::listsBatches()
{
    const qint64 first = importFile(u"first.csv"_s, 0, 5);
    const qint64 second = importFile(u"second.csv"_s, 100, 12);
    QVERIFY(first > 0 && second > first);

    ImportsPage page(*m_db);
    QAbstractItemModelTester tester(
        page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(page.model()->rowCount(), 2);
    QCOMPARE(page.model()->columnCount(), int(ImportBatchModel::ColumnCount));
    // Newest first.
    QCOMPARE(page.model()->batchAt(0).id, second);
    QCOMPARE(page.model()->batchAt(1).id, first);
    auto cell = [&page](int row, int column) {
        return page.model()->index(row, column).data().toString();
    };
    QCOMPARE(cell(0, ImportBatchModel::FileColumn), u"second.csv"_s);
    QCOMPARE(cell(0, ImportBatchModel::KindColumn), u"Leads"_s);
    QCOMPARE(cell(0, ImportBatchModel::WhoColumn), u"tester"_s);
    QCOMPARE(cell(0, ImportBatchModel::RowsColumn), u"12"_s);
    QCOMPARE(cell(0, ImportBatchModel::CreatedColumn), u"12"_s);
    QCOMPARE(cell(1, ImportBatchModel::CreatedColumn), u"5"_s);
    QCOMPARE(cell(1, ImportBatchModel::UpdatedColumn), u"0"_s);
    QCOMPARE(cell(0, ImportBatchModel::StatusColumn), u"Imported"_s);
    QVERIFY(!cell(0, ImportBatchModel::WhenColumn).isEmpty());
    QCOMPARE(page.model()->index(0, ImportBatchModel::FileColumn).data(Qt::ToolTipRole).toString(),
        m_dir.filePath(u"second.csv"_s));
    QCOMPARE(page.model()->headerData(ImportBatchModel::CreatedColumn, Qt::Horizontal).toString(),
        u"Created"_s);
    QVERIFY(
        page.findChild<QLabel *>(u"importsSummary"_s)->text().startsWith(u"Imports so far: 2."_s));

    // A third import appears on refresh.
    QVERIFY(importFile(u"third.csv"_s, 200, 2) > second);
    page.refresh();
    QCOMPARE(page.model()->rowCount(), 3);
    QCOMPARE(cell(0, ImportBatchModel::FileColumn), u"third.csv"_s);
    page.resize(900, 400);
    shoot(page, u"imports-page"_s);
}

void TestImportsPage::undoAsksFirst()
{
    QVERIFY(importFile(u"keep.csv"_s, 0, 4) > 0);
    ImportsPage page(*m_db);
    page.show();
    QSignalSpy changed(&page, &ImportsPage::leadsChanged);
    page.view()->selectRow(0);
    auto *undo = page.findChild<QPushButton *>(u"undoImportButton"_s);
    QVERIFY(undo->isEnabled());
    answerNextMessageBox(QMessageBox::Cancel);
    undo->click();
    QCOMPARE(leadCount(*m_db), 4);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(
        page.model()->index(0, ImportBatchModel::StatusColumn).data().toString(), u"Imported"_s);
}

void TestImportsPage::undoFromPage()
{
    const qint64 first = importFile(u"first.csv"_s, 0, 5);
    const qint64 second = importFile(u"second.csv"_s, 100, 7);
    QVERIFY(first > 0 && second > 0);
    QCOMPARE(leadCount(*m_db), 12);

    ImportsPage page(*m_db);
    QAbstractItemModelTester tester(
        page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.show();
    QSignalSpy changed(&page, &ImportsPage::leadsChanged);
    page.view()->selectRow(page.model()->rowOfBatch(second));
    auto *undo = page.findChild<QPushButton *>(u"undoImportButton"_s);
    QVERIFY(undo->isEnabled());
    answerNextMessageBox(QMessageBox::Yes);
    undo->click();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(leadCount(*m_db), 5);
    const int row = page.model()->rowOfBatch(second);
    QCOMPARE(
        page.model()->index(row, ImportBatchModel::StatusColumn).data().toString(), u"Undone"_s);
    QVERIFY(page.model()->index(row, 0).data(ImportBatchModel::UndoneRole).toBool());
    // Still selected, and an undone import cannot be undone again.
    QCOMPARE(page.view()->currentIndex().row(), row);
    QVERIFY(!undo->isEnabled());
    QVERIFY(!page.undoSelected(false));
    // The other import is untouched and can go too.
    page.view()->selectRow(page.model()->rowOfBatch(first));
    QVERIFY(undo->isEnabled());
    auto undone = page.undoSelected(false);
    QVERIFY2(undone, qPrintable(undone ? QString() : undone.error().toString()));
    QCOMPARE(*undone, 5);
    QCOMPARE(leadCount(*m_db), 0);
    QCOMPARE(changed.size(), 2);
}

void TestImportsPage::importFromWizard()
{
    const QString path = m_dir.filePath(u"wizard.csv"_s);
    QVERIFY(writeCsv(path, 0, 9));
    ImportsPage page(*m_db);
    page.show();
    QSignalSpy changed(&page, &ImportsPage::leadsChanged);
    page.findChild<QPushButton *>(u"importButton"_s)->click();
    ImportWizard *wizard = page.wizard();
    QVERIFY(wizard);
    QVERIFY(wizard->isVisible());
    wizard->setFile(path);
    QCOMPARE(wizard->currentId(), int(ImportWizard::FormatPage));
    wizard->next();
    wizard->next();
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::SummaryPage));
    if (!wizard->dryRunReport()) {
        QSignalSpy dryRun(wizard, &ImportWizard::dryRunFinished);
        QVERIFY(dryRun.wait(60000));
    }
    QSignalSpy finished(wizard, &ImportWizard::importFinished);
    wizard->next();
    QVERIFY(finished.wait(60000));
    QCOMPARE(wizard->currentId(), int(ImportWizard::ResultPage));
    // The page shows the new import as soon as it is committed.
    QCOMPARE(changed.size(), 1);
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.model()->batchAt(0).id, wizard->batchId());
    QCOMPARE(page.model()->index(0, ImportBatchModel::CreatedColumn).data().toString(), u"9"_s);
    QCOMPARE(leadCount(*m_db), 9);

    // Opening again while the wizard is open brings the same wizard forward.
    page.startImport();
    QCOMPARE(page.wizard(), wizard);
    // Finishing closes and deletes the wizard.
    wizard->accept();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(!page.wizard());
    QCOMPARE(page.model()->rowCount(), 1);
}

QTEST_MAIN(TestImportsPage)
#include "tst_importspage.moc"
