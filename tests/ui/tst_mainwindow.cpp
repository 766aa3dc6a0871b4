// The main window: navigation between the six pages by mouse and keyboard, the lead detail beside
// the table, one undo stack for the whole window, a dashboard stage opening the lead table,
// settings kept, read-only databases, shipped translations, and screenshots of every page.

#include "automationstatus.h"
#include "conflictdialog.h"
#include "dashboardpage.h"
#include "importspage.h"
#include "importwizard.h"
#include "leadactions.h"
#include "leaddetail.h"
#include "leads/leadservice.h"
#include "leadspage.h"
#include "leadtablemodel.h"
#include "mainwindow.h"
#include "pipelineboard.h"
#include "routing/router.h"
#include "routing/userservice.h"
#include "settingspage.h"
#include "storage/database.h"
#include "taskspage.h"
#include "testleads.h"
#include "translator.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace lf;

namespace {

constexpr qint64 LeadCount = 300;

bool waitLoaded(LeadTableModel *model)
{
    return QTest::qWaitFor([model] { return !model->isLoading() && model->isCounted(); }, 10000);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void showsLeadsAndCount();
    void navigation_data();
    void navigation();
    void currentLeadShowsInDetail();
    void undoRedoFromTheWindow();
    void dashboardStageOpensFilteredLeads();
    void keepsGeometryAndPage();
    void readOnlyDisablesEditing();
    void runsTheDueWorkInTheBackground();
    void everyControlHasAnAccessibleName();
    void translationsShipped_data();
    void translationsShipped();
    void coreMessagesFoundByText();
    void screenshots();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<LeadService> m_service;
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
    const QString error = test::createLeads(*m_service, test::makeLeadInputs(int(LeadCount)));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestMainWindow::showsLeadsAndCount()
{
    MainWindow window(*m_db);
    window.show();
    QVERIFY(waitLoaded(window.leadsPage()->model()));
    QCOMPARE(window.leadsPage()->model()->totalCount(), LeadCount);
    QCOMPARE(window.leadsPage()->model()->rowCount(), int(LeadCount));
    QTRY_COMPARE(window.findChild<QLabel *>(u"countLabel"_s)->text(), u"300 leads"_s);
    QCOMPARE(window.findChild<QLabel *>(u"pathLabel"_s)->text(), QDir::toNativeSeparators(m_path));
    QVERIFY(!window.findChild<QLabel *>(u"readOnlyLabel"_s)->isVisibleTo(&window));
}

void TestMainWindow::navigation_data()
{
    QTest::addColumn<int>("row");
    QTest::newRow("leads") << int(MainWindow::Page::Leads);
    QTest::newRow("my tasks") << int(MainWindow::Page::Tasks);
    QTest::newRow("pipeline") << int(MainWindow::Page::Pipeline);
    QTest::newRow("dashboard") << int(MainWindow::Page::Dashboard);
    QTest::newRow("imports") << int(MainWindow::Page::Imports);
    QTest::newRow("settings") << int(MainWindow::Page::Settings);
}

void TestMainWindow::navigation()
{
    QFETCH(int, row);
    MainWindow window(*m_db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QList<QWidget *> pages {static_cast<QWidget *>(window.leadsPage()), window.tasksPage(),
        window.pipelineBoard(), window.dashboardPage(), window.importsPage(),
        window.settingsPage()};

    // By keyboard: Ctrl+1 … Ctrl+6 from anywhere in the window.
    window.showPage(MainWindow::Page(row == 0 ? 1 : 0));
    QTest::keyClick(&window, Qt::Key(Qt::Key_1 + row), Qt::ControlModifier);
    QCOMPARE(int(window.currentPage()), row);
    QVERIFY(pages[row]->isVisible());
    for (int other = 0; other < pages.size(); ++other) {
        if (other != row)
            QVERIFY2(!pages[other]->isVisible(), qPrintable(u"page %1 visible"_s.arg(other)));
    }

    // By the navigation list, with the keyboard inside it.
    window.showPage(MainWindow::Page::Leads);
    window.navigation()->setFocus();
    for (int i = 0; i < row; ++i)
        QTest::keyClick(window.navigation(), Qt::Key_Down);
    QCOMPARE(int(window.currentPage()), row);
    QVERIFY(pages[row]->isVisible());
    QVERIFY(!window.navigation()->item(row)->text().isEmpty());
}

void TestMainWindow::currentLeadShowsInDetail()
{
    MainWindow window(*m_db);
    window.show();
    LeadTableModel *model = window.leadsPage()->model();
    QVERIFY(waitLoaded(model));
    QVERIFY(!window.leadDetail()->isVisible());
    QTRY_VERIFY(model->leadAt(2).id() > 0);
    const qint64 id = model->leadAt(2).id();
    window.leadsPage()->table()->setCurrentIndex(model->index(2, 0));
    QTRY_VERIFY(window.leadDetail()->isVisible());
    QCOMPARE(window.leadDetail()->leadId(), id);

    // Enter on a row opens it too and moves the focus into the detail.
    QTRY_VERIFY(model->leadAt(5).id() > 0);
    const qint64 other = model->leadAt(5).id();
    window.openLead(other);
    QCOMPARE(window.leadDetail()->leadId(), other);
    QCOMPARE(window.currentPage(), MainWindow::Page::Leads);
}

void TestMainWindow::undoRedoFromTheWindow()
{
    MainWindow window(*m_db);
    window.show();
    QVERIFY(waitLoaded(window.leadsPage()->model()));
    QVERIFY(!window.undoAction()->isEnabled());

    LeadQuery newLeads;
    newLeads.stages = {Stage::New};
    newLeads.limit = 1;
    auto lead = m_service->list(newLeads);
    QVERIFY(lead && !lead->isEmpty());
    const qint64 id = lead->first().id();
    QVERIFY(window.actions()->changeStageQuiet({id}, Stage::Contacted, {}));
    QVERIFY(window.undoAction()->isEnabled());
    QVERIFY(window.undoAction()->text().contains(stageLabel(Stage::Contacted)));

    // Ctrl+Z in the window takes it back; Ctrl+Shift+Z puts it again.
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_service->get(id)->stage(), Stage::New);
    QVERIFY(window.redoAction()->isEnabled());
    window.redoAction()->trigger();
    QCOMPARE(m_service->get(id)->stage(), Stage::Contacted);
    window.undoAction()->trigger();
    QCOMPARE(m_service->get(id)->stage(), Stage::New);
}

void TestMainWindow::dashboardStageOpensFilteredLeads()
{
    MainWindow window(*m_db);
    window.show();
    window.showPage(MainWindow::Page::Dashboard);
    LeadQuery query;
    query.stages = {Stage::Contacted};
    emit window.dashboardPage()->stageClicked(query);
    QCOMPARE(window.currentPage(), MainWindow::Page::Leads);
    LeadTableModel *model = window.leadsPage()->model();
    QTRY_COMPARE(model->query().stages, QList<Stage> {Stage::Contacted});
    QVERIFY(waitLoaded(model));
    QCOMPARE(model->totalCount(), *m_service->count(query));
    QVERIFY(model->totalCount() > 0);
    QVERIFY(model->totalCount() < LeadCount);
}

void TestMainWindow::keepsGeometryAndPage()
{
    // No page may force the window wider than a small laptop screen.
    {
        MainWindow probe(*m_db);
        QVERIFY2(probe.minimumSizeHint().width() <= 1100,
            qPrintable(u"minimum width %1"_s.arg(probe.minimumSizeHint().width())));
    }
    {
        MainWindow window(*m_db);
        window.show();
        window.resize(1111, 777);
        window.showPage(MainWindow::Page::Pipeline);
        window.close();
    }
    MainWindow again(*m_db);
    QCOMPARE(again.size(), QSize(1111, 777));
    QCOMPARE(again.currentPage(), MainWindow::Page::Pipeline);
    again.showPage(MainWindow::Page::Leads);
    again.close();
}

void TestMainWindow::readOnlyDisablesEditing()
{
    auto readOnly = Database::open(m_path, {.readOnly = true, .create = false});
    QVERIFY(readOnly);
    MainWindow window(**readOnly);
    window.show();
    QVERIFY(window.isReadOnly());
    QVERIFY(window.findChild<QLabel *>(u"readOnlyLabel"_s)->isVisibleTo(&window));
    QVERIFY(!window.findChild<QAction *>(u"newLeadAction"_s)->isEnabled());
    QVERIFY(!window.findChild<QAction *>(u"importAction"_s)->isEnabled());
    QVERIFY(window.actions()->isReadOnly());
    QVERIFY(!window.automationStatus()); // due work needs a writable database
}

void TestMainWindow::runsTheDueWorkInTheBackground()
{
    // Ann (whose manager is Maria) owns an MQL whose first contact was due an hour ago.
    auto opened = Database::open(m_dir.filePath(u"automation.sqlite"_s));
    QVERIFY(opened);
    Database &db = **opened;
    UserService users(db.connection());
    User maria;
    maria.name = u"Maria Boss"_s;
    maria.role = User::Role::Manager;
    maria.id = users.add(maria)->id;
    User ann;
    ann.name = u"Ann Lee"_s;
    ann.managerId = maria.id;
    ann.id = users.add(ann)->id;
    LeadService leads(db.connection());
    const qint64 lena = leads
                            .create({{LeadField::FirstName, u"Lena"_s},
                                {LeadField::LastName, u"Lang"_s}, {LeadField::Stage, u"mql"_s}})
                            ->id();
    QVERIFY(Router(db.connection()).assign(lena, ann.id, u"test"_s));
    QSqlQuery query(db.connection());
    query.prepare(u"UPDATE assignments SET sla_due_at = ?"_s);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch() - 3600 * 1000);
    QVERIFY(query.exec());

    MainWindow window(db);
    window.show();
    AutomationStatus *status = window.automationStatus();
    QVERIFY(status);
    QVERIFY(status->isVisibleTo(&window));
    QCOMPARE(status->text(), u"Due work: not run yet"_s);
    window.startAutomation(std::chrono::seconds(1));
    QTRY_VERIFY_WITH_TIMEOUT(status->lastReport().has_value(), 10000);
    QCOMPARE(status->lastReport()->breached, 1);
    QVERIFY2(status->text().startsWith(u"Due work done at "_s), qPrintable(status->text()));
    QVERIFY(status->toolTip().contains(u"1 first-contact deadline missed"_s));
    QVERIFY(window.statusBar()->currentMessage().contains(u"First contact overdue: Lena Lang"_s));
    QVERIFY(query.exec(
        u"SELECT COUNT(*) FROM tasks WHERE kind = 'escalation' AND user_id = %1"_s.arg(maria.id)));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    // The next passes find nothing more to do, and the window stays responsive meanwhile.
    const qint64 first = status->lastReport()->runId;
    QTRY_VERIFY_WITH_TIMEOUT(status->lastReport()->runId > first, 10000);
    QCOMPARE(status->lastReport()->breached, 0);
    QVERIFY2(status->text().startsWith(u"Nothing due at "_s), qPrintable(status->text()));
}

void TestMainWindow::everyControlHasAnAccessibleName()
{
    // What a screen reader says for a control: its accessible name, else its own text, else the
    // label it is the buddy of. A control with none of them is announced as nothing.
    MainWindow window(*m_db);
    window.show();
    QVERIFY(waitLoaded(window.leadsPage()->model()));
    window.openLead(window.leadsPage()->model()->leadAt(0).id());
    QSet<QWidget *> labelled;
    for (QLabel *label : window.findChildren<QLabel *>()) {
        if (label->buddy())
            labelled.insert(label->buddy());
    }
    QStringList silent;
    int checked = 0;
    const auto check = [&](QWidget *widget, const QString &ownText) {
        if (!widget->isVisibleTo(&window) || widget->focusPolicy() == Qt::NoFocus)
            return;
        ++checked;
        if (!widget->accessibleName().isEmpty() || !ownText.isEmpty() || labelled.contains(widget))
            return;
        silent.append(u"%1 %2 in %3"_s.arg(QString::fromLatin1(widget->metaObject()->className()),
            widget->objectName(),
            QString::fromLatin1(widget->parentWidget()->metaObject()->className())));
    };
    for (int page = 0; page < 6; ++page) {
        window.showPage(MainWindow::Page(page));
        QTest::qWait(50);
        for (QAbstractButton *button : window.findChildren<QAbstractButton *>())
            check(button, button->text().remove(u'&').trimmed());
        for (QLineEdit *edit : window.findChildren<QLineEdit *>()) {
            if (!qobject_cast<QAbstractSpinBox *>(edit->parentWidget())
                && !qobject_cast<QComboBox *>(edit->parentWidget()))
                check(edit, edit->placeholderText());
        }
        for (QComboBox *combo : window.findChildren<QComboBox *>())
            check(combo, {});
        for (QAbstractSpinBox *spin : window.findChildren<QAbstractSpinBox *>())
            check(spin, {});
        for (QAbstractItemView *view : window.findChildren<QAbstractItemView *>()) {
            if (!qobject_cast<QComboBox *>(view->parentWidget()->parentWidget()))
                check(view, {});
        }
    }
    silent.removeDuplicates();
    QVERIFY2(checked > 60, qPrintable(u"only %1 controls seen"_s.arg(checked)));
    QVERIFY2(silent.isEmpty(), qPrintable(silent.join(u"; "_s)));
}

void TestMainWindow::translationsShipped_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    QTest::newRow("de page") << u"de"_s << u"lf::MainWindow"_s << u"My tasks"_s
                             << u"Meine Aufgaben"_s;
    QTest::newRow("de stage") << u"de"_s << u"Stage"_s << u"Won"_s << u"Gewonnen"_s;
    QTest::newRow("fr page") << u"fr"_s << u"lf::MainWindow"_s << u"My tasks"_s << u"Mes tâches"_s;
    QTest::newRow("fr stage") << u"fr"_s << u"Stage"_s << u"Won"_s << u"Gagné"_s;
}

void TestMainWindow::translationsShipped()
{
    QFETCH(QString, language);
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, expected);
    QVERIFY(MainWindow::languages().contains(
        {language, MainWindow::languages().at(language == u"de" ? 2 : 3).second}));
    QTranslator translator;
    QVERIFY2(translator.load(QLocale(language), u"leadflow"_s, u"_"_s, u":/i18n"_s),
        "the compiled translation is not in the resources");
    QCOMPARE(
        translator.translate(context.toUtf8().constData(), source.toUtf8().constData()), expected);
}

void TestMainWindow::coreMessagesFoundByText()
{
    // UserService translates under "Users"; lupdate filed the text under "lf::User".
    LeadflowTranslator german;
    QVERIFY(german.loadFor(QLocale(u"de"_s)));
    QVERIFY(german.fallbackSize() > 1500);
    QCOMPARE(
        german.translate("Users", "A user needs a name."), u"Ein Benutzer braucht einen Namen."_s);
    QCOMPARE(german.translate("lf::MainWindow", "My tasks"), u"Meine Aufgaben"_s);
    QVERIFY(german.translate("Users", "no such text").isEmpty());
    QCoreApplication::installTranslator(&german);
    User nameless;
    nameless.email = u"x@example.com"_s;
    auto refused = UserService(m_db->connection()).add(nameless);
    QCoreApplication::removeTranslator(&german);
    QVERIFY(!refused);
    QCOMPARE(refused.error().message, u"Ein Benutzer braucht einen Namen."_s);

    LeadflowTranslator english;
    QVERIFY(!english.loadFor(QLocale(u"en"_s)));
}

void TestMainWindow::screenshots()
{
    const QString folder = qEnvironmentVariable("LEADFLOW_SHOTS");
    if (folder.isEmpty())
        QSKIP("Set LEADFLOW_SHOTS to a folder to save a screenshot of every page.");
    QDir().mkpath(folder);
    // LEADFLOW_SHOTS_DB: a copy of a real database (e.g. `leadflow-cli init --sample`) to show.
    std::unique_ptr<Database> other;
    if (const QString path = qEnvironmentVariable("LEADFLOW_SHOTS_DB"); !path.isEmpty()) {
        auto opened = Database::open(path);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
        other = std::move(*opened);
    }
    // LEADFLOW_SHOTS_LANG=de: the shots in that language (the app's translation).
    QTranslator translator;
    if (const QString language = qEnvironmentVariable("LEADFLOW_SHOTS_LANG"); !language.isEmpty()) {
        QVERIFY(translator.load(QLocale(language), u"leadflow"_s, u"_"_s, u":/i18n"_s));
        QCoreApplication::installTranslator(&translator);
        QLocale::setDefault(QLocale(language));
    }
    MainWindow window(other ? *other : *m_db);
    window.resize(1280, 720); // the smallest screen the app is made for
    window.show();
    QVERIFY(waitLoaded(window.leadsPage()->model()));
    // The first lead someone owns, so the detail shows the sales actions too.
    qint64 shown = window.leadsPage()->model()->leadAt(0).id();
    for (int row = 0; row < window.leadsPage()->model()->rowCount(); ++row) {
        const Lead lead = window.leadsPage()->model()->leadAt(row);
        if (!lead.isNull(LeadField::OwnerId) && lead.stage() == Stage::Mql) {
            shown = lead.id();
            break;
        }
    }
    window.openLead(shown);
    window.startAutomation(std::chrono::minutes(1));
    QTRY_VERIFY_WITH_TIMEOUT(window.automationStatus()->lastReport().has_value(), 60000);
    const std::pair<MainWindow::Page, QString> pages[] = {
        {MainWindow::Page::Leads, u"main-leads"_s},
        {MainWindow::Page::Tasks, u"main-tasks"_s},
        {MainWindow::Page::Pipeline, u"main-pipeline"_s},
        {MainWindow::Page::Dashboard, u"main-dashboard"_s},
        {MainWindow::Page::Imports, u"main-imports"_s},
        {MainWindow::Page::Settings, u"main-settings"_s},
    };
    for (const auto &[page, name] : pages) {
        window.showPage(page);
        if (page == MainWindow::Page::Dashboard) {
            window.dashboardPage()->refresh();
            QTRY_VERIFY_WITH_TIMEOUT(!window.dashboardPage()->isBusy(), 20000);
        }
        QTest::qWait(300);
        QVERIFY(window.grab().save(QDir(folder).filePath(name + u".png"_s)));
    }
    QCoreApplication::removeTranslator(&translator);
    QLocale::setDefault(QLocale::c());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
