#pragma once

#include "leads/leadquery.h"

#include <QMainWindow>

#include <chrono>

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QSplitter;
class QStackedWidget;
class QUndoStack;

namespace lf {

class AutomationStatus;
class Database;
class DashboardPage;
class ImportsPage;
class LeadActions;
class LeadDetail;
class LeadsPage;
class PipelineBoard;
class SettingsPage;
class TasksPage;

/// The main window: a navigation list (Leads, My tasks, Pipeline, Dashboard, Imports, Settings)
/// beside the page it shows, menus and a toolbar with the standard shortcuts, one undo stack for
/// every change made to leads, and a status bar with the lead count and the database file.
/// Window geometry, the page shown and the splitter are kept in QSettings.
///
/// The database is not owned and must outlive the window. When it is read-only, leads can be
/// looked at but not changed.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page { Leads, Tasks, Pipeline, Dashboard, Imports, Settings };

    explicit MainWindow(Database &database, QWidget *parent = nullptr);
    ~MainWindow() override;

    bool isReadOnly() const { return m_readOnly; }
    Page currentPage() const;
    LeadsPage *leadsPage() const { return m_leads; }
    LeadDetail *leadDetail() const { return m_detail; }
    TasksPage *tasksPage() const { return m_tasks; }
    PipelineBoard *pipelineBoard() const { return m_pipeline; }
    DashboardPage *dashboardPage() const { return m_dashboard; }
    ImportsPage *importsPage() const { return m_imports; }
    SettingsPage *settingsPage() const { return m_settings; }
    QListWidget *navigation() const { return m_navigation; }
    LeadActions *actions() const { return m_actions; }
    QUndoStack *undoStack() const { return m_undoStack; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    AutomationStatus *automationStatus() const { return m_automation; }

    /// Runs the database's due work on a worker thread now and every interval while the window is
    /// open (never on a read-only database). The GUI's entry point starts it with one minute.
    void startAutomation(std::chrono::milliseconds interval);

    /// The languages the GUI ships, as (QSettings value, native name); "" follows the system.
    static QList<std::pair<QString, QString>> languages();
    static inline const QString LanguageKey = QStringLiteral("ui/language");
    static inline const QString ThemeKey = QStringLiteral("ui/theme");

public slots:
    void showPage(lf::MainWindow::Page page);
    void newLead();
    /// Shows the lead in the detail beside the table (switching to the Leads page).
    void openLead(qint64 id);
    /// Shows the lead table filtered by query (e.g. from a dashboard funnel stage).
    void showLeads(const lf::LeadQuery &query);
    void importLeads();
    void refresh();
    void focusSearch();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createPages();
    void createActions();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void restoreSettings();
    void saveSettings() const;
    void updateCount();
    void showCurrentLead(qint64 id);
    void leadChanged(qint64 id);
    void setTheme(const QString &theme);
    void setLanguage(const QString &language);
    void showAbout();

    Database &m_database;
    const bool m_readOnly;
    QUndoStack *m_undoStack = nullptr;
    LeadActions *m_actions = nullptr;

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QSplitter *m_leadSplitter = nullptr;
    LeadsPage *m_leads = nullptr;
    LeadDetail *m_detail = nullptr;
    TasksPage *m_tasks = nullptr;
    PipelineBoard *m_pipeline = nullptr;
    DashboardPage *m_dashboard = nullptr;
    ImportsPage *m_imports = nullptr;
    SettingsPage *m_settings = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_quitAction = nullptr;
    QList<QAction *> m_pageActions;

    QLabel *m_countLabel = nullptr;
    QLabel *m_readOnlyLabel = nullptr;
    QLabel *m_pathLabel = nullptr;
    AutomationStatus *m_automation = nullptr;
};

/// Applies the theme kept under MainWindow::ThemeKey ("system", "light" or "dark") to the
/// application: the system's palette, or Leadflow's own light or dark one.
void applyTheme(const QString &theme);

} // namespace lf
