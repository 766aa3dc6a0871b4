#include "leads/leadservice.h"
#include "leadtablemodel.h"
#include "mainwindow.h"
#include "storage/database.h"
#include "testleads.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace lf;

namespace {

constexpr qint64 LeadCount = 300;

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void showsLeads();
    void searchNarrowsRows();
    void findShortcutFocusesSearch();
    void keepsGeometryInSettings();
    void emptyDatabaseShowsEmptyState();
    void readOnlyDisablesEditing();

private:
    static QString labelText(const MainWindow &window, const QString &name)
    {
        const auto *label = window.findChild<QLabel *>(name);
        return label ? label->text() : QString();
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<LeadService> m_service;
    QList<test::LeadInput> m_inputs;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
    QCoreApplication::setOrganizationName(u"LeadflowTest"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);

    m_path = m_dir.filePath(u"leads.sqlite"_s);
    auto db = Database::open(m_path);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    m_db = std::move(*db);
    m_service = std::make_unique<LeadService>(m_db->connection());
    m_inputs = test::makeLeadInputs(int(LeadCount));
    const QString error = test::createLeads(*m_service, m_inputs);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestMainWindow::showsLeads()
{
    MainWindow window(*m_db, *m_service);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QTableView *table = window.table();
    QVERIFY(table->isVisible());
    QCOMPARE(table->model(), window.model());
    QVERIFY(table->model()->rowCount() >= LeadTableModel::DefaultPageSize);
    QCOMPARE(window.model()->totalCount(), LeadCount);
    QVERIFY(table->isSortingEnabled());
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(LeadTableModel::CreatedColumn));
    QVERIFY(table->rowAt(0) == 0);
    QVERIFY(!table->viewport()->findChild<QWidget *>(u"emptyState"_s)->isVisible());

    QVERIFY2(labelText(window, u"countLabel"_s).contains(u"300"_s),
        qPrintable(labelText(window, u"countLabel"_s)));
    QVERIFY(window.findChild<QLabel *>(u"pathLabel"_s)
                ->toolTip()
                .contains(QDir::toNativeSeparators(m_path)));
    QVERIFY(!window.findChild<QLabel *>(u"readOnlyLabel"_s)->isVisible());
    QVERIFY(window.windowTitle().contains(u"leads.sqlite"_s));

    // Editing needs a selected lead.
    auto *edit = window.findChild<QAction *>(u"editLeadAction"_s);
    auto *remove = window.findChild<QAction *>(u"deleteLeadAction"_s);
    QVERIFY(!remove->isEnabled());
    table->selectRow(2);
    QVERIFY(edit->isEnabled());
    QVERIFY(remove->isEnabled());

    // Clicking a header sorts in SQL.
    table->sortByColumn(LeadTableModel::CompanyColumn, Qt::AscendingOrder);
    QCOMPARE(window.model()->query().sortField, LeadField::Company);
    QCOMPARE(window.model()->query().sortOrder, Qt::AscendingOrder);
}

void TestMainWindow::searchNarrowsRows()
{
    MainWindow window(*m_db, *m_service);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    qint64 expected = 0;
    for (const test::LeadInput &in : std::as_const(m_inputs))
        expected += in.searchText().contains(u"lovelace"_s) ? 1 : 0;
    QVERIFY(expected > 0 && expected < LeadCount);

    QTest::keyClicks(window.searchField(), u"Lovelace"_s);
    // Debounced: nothing happens on each key.
    QCOMPARE(window.model()->totalCount(), LeadCount);
    QTRY_COMPARE(window.model()->totalCount(), expected);
    QCOMPARE(window.table()->model()->rowCount(), expected);
    const QString count = labelText(window, u"countLabel"_s);
    QVERIFY2(
        count.contains(QString::number(expected)) && count.contains(u"300"_s), qPrintable(count));

    window.searchField()->setText(u"no-such-lead-anywhere"_s);
    window.applySearch();
    QCOMPARE(window.table()->model()->rowCount(), 0);
    auto *empty = window.table()->viewport()->findChild<QWidget *>(u"emptyState"_s);
    QVERIFY(empty->isVisible());
    QVERIFY(labelText(window, u"emptyStateTitle"_s).contains(u"no-such-lead-anywhere"_s));

    // The empty state's button clears the search.
    window.findChild<QPushButton *>(u"emptyStateButton"_s)->click();
    QCOMPARE(window.searchField()->text(), QString());
    QCOMPARE(window.model()->totalCount(), LeadCount);
    QVERIFY(!empty->isVisible());
}

void TestMainWindow::findShortcutFocusesSearch()
{
    MainWindow window(*m_db, *m_service);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.table()->setFocus();
    QVERIFY(!window.searchField()->hasFocus());
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(window.searchField()->hasFocus());
}

void TestMainWindow::keepsGeometryInSettings()
{
    {
        MainWindow window(*m_db, *m_service);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.table()->horizontalHeader()->resizeSection(LeadTableModel::EmailColumn, 333);
        window.close();
    }
    QSettings settings;
    QVERIFY(!settings.value(u"mainWindow/geometry"_s).toByteArray().isEmpty());

    MainWindow again(*m_db, *m_service);
    QCOMPARE(again.table()->horizontalHeader()->sectionSize(LeadTableModel::EmailColumn), 333);
}

void TestMainWindow::emptyDatabaseShowsEmptyState()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(u"empty.sqlite"_s));
    QVERIFY(db);
    LeadService service((*db)->connection());
    MainWindow window(**db, service);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.table()->model()->rowCount(), 0);
    QVERIFY(window.table()->viewport()->findChild<QWidget *>(u"emptyState"_s)->isVisible());
    QVERIFY(window.findChild<QPushButton *>(u"emptyStateButton"_s)->isVisible());
    QVERIFY(labelText(window, u"countLabel"_s).contains(u"0"_s));
}

void TestMainWindow::readOnlyDisablesEditing()
{
    auto db = Database::open(m_path, Database::Options {true, false});
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    QVERIFY((*db)->isReadOnly());
    LeadService service((*db)->connection());
    MainWindow window(**db, service);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.isReadOnly());
    QVERIFY(window.findChild<QLabel *>(u"readOnlyLabel"_s)->isVisible());
    QVERIFY(!window.findChild<QAction *>(u"newLeadAction"_s)->isEnabled());
    window.table()->selectRow(0);
    QVERIFY(!window.findChild<QAction *>(u"deleteLeadAction"_s)->isEnabled());
    QVERIFY(window.findChild<QAction *>(u"editLeadAction"_s)->isEnabled());
    QCOMPARE(window.model()->totalCount(), LeadCount);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
