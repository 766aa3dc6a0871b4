#include "mainwindow.h"

#include "automationstatus.h"
#include "conflictdialog.h"
#include "dashboardpage.h"
#include "icons.h"
#include "importspage.h"
#include "importwizard.h"
#include "leadactions.h"
#include "leaddetail.h"
#include "leaddialog.h"
#include "leadspage.h"
#include "leadtablemodel.h"
#include "pipelineboard.h"
#include "settingspage.h"
#include "storage/database.h"
#include "taskspage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QStyleFactory>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace lf {
namespace {

constexpr int StatusMessageTimeout = 8000;

const QString GeometryKey = u"mainWindow/geometry"_s;
const QString StateKey = u"mainWindow/state"_s;
const QString PageKey = u"mainWindow/page"_s;
const QString SplitterKey = u"mainWindow/leadSplitter"_s;

QString leadCountText(qint64 count)
{
    return count == 1 ? MainWindow::tr("1 lead")
                      : MainWindow::tr("%1 leads").arg(QLocale().toString(count));
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe8, 0xea, 0xed);
    const QColor disabled(0x80, 0x86, 0x8b);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2d));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x40, 0x43));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x52));
    p.setColor(QPalette::Midlight, QColor(0x3c, 0x3f, 0x44));
    p.setColor(QPalette::Mid, QColor(0x24, 0x26, 0x29));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x42, 0x85, 0xf4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x53, 0x58));
    return p;
}

} // namespace

void applyTheme(const QString &theme)
{
    if (theme == u"dark") {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(darkPalette());
    } else if (theme == u"light") {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(QApplication::style()->standardPalette());
    } else {
        // The system's: the platform theme's palette (dark when the desktop is dark).
        QApplication::setPalette(QPalette());
    }
}

QList<std::pair<QString, QString>> MainWindow::languages()
{
    return {{QString(), tr("System language")}, {u"en"_s, u"English"_s}, {u"de"_s, u"Deutsch"_s},
        {u"fr"_s, u"Français"_s}};
}

MainWindow::MainWindow(Database &database, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_readOnly(database.isReadOnly())
{
    setObjectName(u"MainWindow"_s);
    setWindowTitle(QFileInfo(database.path()).fileName());
    setWindowFilePath(database.path());
    setWindowIcon(icon(IconKind::Application));

    m_undoStack = new QUndoStack(this);
    m_actions = new LeadActions(database, m_undoStack, this);

    createPages();
    createActions();
    createMenus();
    createToolBar();
    createStatusBar();
    restoreSettings();
    updateCount();
}

MainWindow::~MainWindow() = default;

void MainWindow::createPages()
{
    m_leads = new LeadsPage(m_database, m_actions);
    m_detail = new LeadDetail(m_database, m_actions);
    m_detail->setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_leadSplitter = new QSplitter(Qt::Horizontal);
    m_leadSplitter->setObjectName(u"leadSplitter"_s);
    m_leadSplitter->addWidget(m_leads);
    m_leadSplitter->addWidget(m_detail);
    m_leadSplitter->setStretchFactor(0, 3);
    m_leadSplitter->setStretchFactor(1, 2);
    m_leadSplitter->setChildrenCollapsible(false);
    m_detail->hide();

    m_tasks = new TasksPage(m_database, m_actions);
    m_pipeline = new PipelineBoard(m_database, m_actions);
    m_dashboard = new DashboardPage(m_database);
    m_imports = new ImportsPage(m_database);
    m_settings = new SettingsPage(m_database);

    m_stack = new QStackedWidget;
    m_stack->setObjectName(u"pages"_s);
    m_stack->addWidget(m_leadSplitter);
    m_stack->addWidget(m_tasks);
    m_stack->addWidget(m_pipeline);
    // The dashboard and the settings are laid out for a wide window; in a narrow one they scroll
    // rather than forcing the whole window wider.
    const auto scrolled = [](QWidget *page) {
        auto *area = new QScrollArea;
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        area->setWidget(page);
        return area;
    };
    m_stack->addWidget(scrolled(m_dashboard));
    m_stack->addWidget(m_imports);
    m_stack->addWidget(scrolled(m_settings));

    m_navigation = new QListWidget;
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    m_navigation->setUniformItemSizes(true);
    const std::pair<IconKind, QString> pages[] = {
        {IconKind::Leads, tr("Leads")},
        {IconKind::Tasks, tr("My tasks")},
        {IconKind::Pipeline, tr("Pipeline")},
        {IconKind::Dashboard, tr("Dashboard")},
        {IconKind::Import, tr("Imports")},
        {IconKind::Settings, tr("Settings")},
    };
    int widest = 0;
    for (const auto &[kind, label] : pages) {
        auto *item = new QListWidgetItem(icon(kind), label, m_navigation);
        item->setSizeHint(QSize(0, fontMetrics().height() + 18));
        widest = qMax(widest, fontMetrics().horizontalAdvance(label));
    }
    m_navigation->setFixedWidth(widest + 22 + 48);
    QPalette nav = m_navigation->palette();
    nav.setColor(QPalette::Base, nav.color(QPalette::Window));
    m_navigation->setPalette(nav);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_stack->setCurrentIndex(row);
        if (row == int(Page::Dashboard))
            m_dashboard->reloadSegments();
    });

    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    auto *line = new QFrame;
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    connect(m_leads, &LeadsPage::currentLeadChanged, this, &MainWindow::showCurrentLead);
    connect(m_leads, &LeadsPage::openLead, this, &MainWindow::openLead);
    connect(m_detail, &LeadDetail::openLeadRequested, this, &MainWindow::openLead);
    connect(m_detail, &LeadDetail::leadChanged, this, &MainWindow::leadChanged);
    connect(m_tasks, &TasksPage::openLead, this, &MainWindow::openLead);
    connect(m_tasks, &TasksPage::leadChanged, this, &MainWindow::leadChanged);
    connect(m_pipeline, &PipelineBoard::openLead, this, &MainWindow::openLead);
    connect(m_dashboard, &DashboardPage::stageClicked, this, &MainWindow::showLeads);
    connect(m_imports, &ImportsPage::leadsChanged, this, &MainWindow::refresh);
    connect(m_settings, &SettingsPage::settingsChanged, this,
        [this] { statusBar()->showMessage(tr("Settings saved."), StatusMessageTimeout); });
    connect(m_actions, &LeadActions::actionFailed, this,
        [this](const QString &message) { QMessageBox::warning(this, tr("Leadflow"), message); });
    connect(m_leads->model(), &LeadTableModel::totalCountChanged, this, &MainWindow::updateCount);
    connect(m_leads->model(), &LeadTableModel::counted, this, &MainWindow::updateCount);
}

void MainWindow::createActions()
{
    m_newAction = new QAction(icon(IconKind::NewLead), tr("&New Lead…"), this);
    m_newAction->setObjectName(u"newLeadAction"_s);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setStatusTip(tr("Add a lead"));
    m_newAction->setIconText(tr("New lead"));
    m_newAction->setEnabled(!m_readOnly);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newLead);

    m_importAction = new QAction(icon(IconKind::Import), tr("&Import Leads…"), this);
    m_importAction->setObjectName(u"importAction"_s);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setStatusTip(tr("Import leads from a CSV file"));
    m_importAction->setIconText(tr("Import"));
    m_importAction->setEnabled(!m_readOnly);
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importLeads);

    m_undoAction = m_undoStack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(u"undoAction"_s);
    m_undoAction->setIcon(icon(IconKind::Undo));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(u"redoAction"_s);
    m_redoAction->setIcon(icon(IconKind::Redo));
    m_redoAction->setShortcut(QKeySequence::Redo);

    m_refreshAction = new QAction(icon(IconKind::Refresh), tr("&Refresh"), this);
    m_refreshAction->setObjectName(u"refreshAction"_s);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setStatusTip(tr("Read everything again, with changes made elsewhere"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_findAction = new QAction(icon(IconKind::Search), tr("&Find Leads…"), this);
    m_findAction->setObjectName(u"findAction"_s);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setStatusTip(tr("Search leads by name, company or email"));
    connect(m_findAction, &QAction::triggered, this, &MainWindow::focusSearch);

    m_quitAction = new QAction(icon(IconKind::Quit), tr("&Quit"), this);
    m_quitAction->setObjectName(u"quitAction"_s);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    for (int row = 0; row < m_navigation->count(); ++row) {
        auto *action =
            new QAction(m_navigation->item(row)->icon(), m_navigation->item(row)->text(), this);
        action->setObjectName(u"pageAction%1"_s.arg(row));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
        connect(action, &QAction::triggered, this, [this, row] { showPage(Page(row)); });
        m_pageActions.append(action);
        m_navigation->item(row)->setToolTip(u"%1 (%2)"_s.arg(
            action->text(), action->shortcut().toString(QKeySequence::NativeText)));
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_importAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_findAction);
    edit->addSeparator();
    for (QAction *action : {m_leads->assignAction(), m_leads->stageAction(), m_leads->enrolAction(),
             m_leads->exportAction(), m_leads->deleteAction()}) {
        if (action)
            edit->addAction(action);
    }

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addActions(m_pageActions);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_refreshAction);
    view->addSeparator();
    QMenu *appearance = view->addMenu(tr("&Appearance"));
    auto *themes = new QActionGroup(this);
    const QString theme = QSettings().value(ThemeKey, u"system"_s).toString();
    const std::pair<QString, QString> themeChoices[] = {
        {u"system"_s, tr("Follow the &system")},
        {u"light"_s, tr("&Light")},
        {u"dark"_s, tr("&Dark")},
    };
    for (const auto &[key, label] : themeChoices) {
        QAction *action = appearance->addAction(label);
        action->setCheckable(true);
        action->setChecked(key == theme);
        themes->addAction(action);
        connect(action, &QAction::triggered, this, [this, key] { setTheme(key); });
    }
    QMenu *language = view->addMenu(tr("&Language"));
    auto *languageGroup = new QActionGroup(this);
    const QString chosen = QSettings().value(LanguageKey).toString();
    for (const auto &[key, name] : languages()) {
        QAction *action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(key == chosen);
        languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, key] { setLanguage(key); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Leadflow"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(u"mainToolBar"_s);
    toolBar->setMovable(false);
    toolBar->setFloatable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_newAction);
    toolBar->addAction(m_importAction);
    toolBar->addSeparator();
    toolBar->addAction(m_undoAction);
    toolBar->addAction(m_redoAction);
    toolBar->addSeparator();
    toolBar->addAction(m_refreshAction);
    // Undo and redo show their own text ("Undo Move Ada to MQL") in the menu; the toolbar keeps
    // the short label so it does not jump around.
    for (QAction *action : {m_undoAction, m_redoAction}) {
        connect(action, &QAction::changed, this, [action, toolBar] {
            if (QWidget *button = toolBar->widgetForAction(action))
                button->setToolTip(action->text());
        });
    }
    m_undoAction->setIconText(tr("Undo"));
    m_redoAction->setIconText(tr("Redo"));
}

void MainWindow::createStatusBar()
{
    m_countLabel = new QLabel;
    m_countLabel->setObjectName(u"countLabel"_s);
    statusBar()->addWidget(m_countLabel);
    m_readOnlyLabel = new QLabel(tr("Read-only"));
    m_readOnlyLabel->setObjectName(u"readOnlyLabel"_s);
    m_readOnlyLabel->setToolTip(m_database.readOnlyReason());
    m_readOnlyLabel->setVisible(m_readOnly);
    statusBar()->addPermanentWidget(m_readOnlyLabel);
    if (!m_readOnly) {
        m_automation = new AutomationStatus(m_database);
        statusBar()->addPermanentWidget(m_automation);
        connect(m_automation, &AutomationStatus::dataChanged, this, &MainWindow::refresh);
        connect(m_automation, &AutomationStatus::remindersDue, this,
            [this](const QList<Reminder> &reminders) {
                QStringList titles;
                for (const Reminder &r : reminders)
                    titles << r.title;
                statusBar()->showMessage(tr("Due now: %1").arg(titles.join(u"; "_s)), 15000);
                m_tasks->refresh();
            });
    }
    m_pathLabel = new QLabel(QDir::toNativeSeparators(m_database.path()));
    m_pathLabel->setObjectName(u"pathLabel"_s);
    m_pathLabel->setForegroundRole(QPalette::PlaceholderText);
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_pathLabel);
}

void MainWindow::startAutomation(std::chrono::milliseconds interval)
{
    if (m_automation)
        m_automation->start(interval);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray())) {
        const QSize available = screen() ? screen()->availableSize() : QSize(1280, 800);
        resize(available.boundedTo(QSize(1400, 880)) * 0.95);
    }
    restoreState(settings.value(StateKey).toByteArray());
    m_leadSplitter->restoreState(settings.value(SplitterKey).toByteArray());
    const int page = settings.value(PageKey, 0).toInt();
    m_navigation->setCurrentRow(page >= 0 && page < m_navigation->count() ? page : 0);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(SplitterKey, m_leadSplitter->saveState());
    settings.setValue(PageKey, m_navigation->currentRow());
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(qMax(0, m_navigation->currentRow()));
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(int(page));
    QWidget *const pages[] = {
        m_leads->table(), m_tasks, m_pipeline, m_dashboard, m_imports, m_settings};
    QWidget *target = pages[int(page)];
    // Into the page's first focusable widget, so the keyboard works there at once.
    if (target->focusPolicy() == Qt::NoFocus && target->nextInFocusChain())
        target->nextInFocusChain()->setFocus(Qt::OtherFocusReason);
    else
        target->setFocus(Qt::OtherFocusReason);
}

void MainWindow::newLead()
{
    if (m_readOnly)
        return;
    LeadDialog dialog(m_actions, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    statusBar()->showMessage(tr("Lead added."), StatusMessageTimeout);
}

void MainWindow::showCurrentLead(qint64 id)
{
    if (id <= 0 || (m_detail->isVisible() && m_detail->leadId() == id))
        return;
    if (m_detail->isDirty()) {
        statusBar()->showMessage(
            tr("The lead on the right has unsaved changes: save or revert them first."),
            StatusMessageTimeout);
        return;
    }
    m_detail->show();
    m_detail->showLead(id);
}

void MainWindow::openLead(qint64 id)
{
    if (id <= 0)
        return;
    if (currentPage() != Page::Leads)
        showPage(Page::Leads);
    if (m_detail->isDirty() && m_detail->leadId() != id) {
        const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
            tr("%1 has changes that are not saved. Discard them and open the other lead?")
                .arg(m_detail->lead().displayName()),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    m_detail->show();
    m_detail->showLead(id);
    m_detail->setFocus();
}

void MainWindow::showLeads(const LeadQuery &query)
{
    showPage(Page::Leads);
    m_leads->showQuery(query);
}

void MainWindow::importLeads()
{
    showPage(Page::Imports);
    m_imports->startImport();
}

void MainWindow::refresh()
{
    m_leads->refresh();
    if (m_detail->isVisible() && m_detail->leadId() > 0 && !m_detail->isDirty())
        m_detail->showLead(m_detail->leadId());
    m_tasks->refresh();
    m_pipeline->refresh();
    if (currentPage() == Page::Dashboard)
        m_dashboard->refresh();
    m_imports->refresh();
}

void MainWindow::leadChanged(qint64 id)
{
    // The detail wrote the lead itself (a logged touchpoint): the table shows it as it is now.
    m_leads->model()->reloadLead(id);
}

void MainWindow::focusSearch()
{
    showPage(Page::Leads);
    m_leads->focusSearch();
}

void MainWindow::updateCount()
{
    m_countLabel->setText(leadCountText(m_leads->model()->totalCount()));
}

void MainWindow::setTheme(const QString &theme)
{
    QSettings().setValue(ThemeKey, theme);
    applyTheme(theme);
}

void MainWindow::setLanguage(const QString &language)
{
    QSettings().setValue(LanguageKey, language);
    QMessageBox::information(
        this, tr("Language"), tr("Leadflow will use the new language the next time it starts."));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Leadflow"),
        tr("<h3>Leadflow</h3><p>A lead manager for small-business sales teams: capture, score, "
           "route, nurture and measure leads, offline and fast.</p><p>Database: %1</p>")
            .arg(QDir::toNativeSeparators(m_database.path()).toHtmlEscaped()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_detail->isDirty()) {
        const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
            tr("%1 has changes that are not saved. Quit anyway?")
                .arg(m_detail->lead().displayName()),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            event->ignore();
            return;
        }
    }
    saveSettings();
    event->accept();
}

} // namespace lf
