#pragma once

#include "util/result.h"

#include <QList>
#include <QMainWindow>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace lf {

class Database;
class LeadService;
class LeadTableModel;

/// The main window: the lead table with search, add, edit and delete, and a status bar with the
/// count of leads and the database file. Window geometry, toolbar state and the table's columns
/// and sort are kept in QSettings.
///
/// The database and the service are not owned and must outlive the window. When the database is
/// read-only, the window lets leads be looked at but not changed.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Database &database, LeadService &service, QWidget *parent = nullptr);
    ~MainWindow() override;

    LeadTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    bool isReadOnly() const { return m_readOnly; }

    /// Milliseconds the search waits after the last key before it runs.
    static constexpr int SearchDelay = 250;

public slots:
    void newLead();
    /// Opens the current lead (read-only when the database is).
    void editCurrentLead();
    /// Soft-deletes the selected leads after asking.
    void deleteSelectedLeads();
    /// Reads the leads again, keeping the current lead selected where it still is listed.
    void refresh();
    void focusSearch();
    /// Runs the search typed so far without waiting for the delay.
    void applySearch();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createTable();
    void createEmptyState();
    void createStatusBar();
    void restoreSettings();
    void saveSettings() const;
    void updateActions();
    void updateCount();
    void updateEmptyState();
    void placeEmptyState();
    void emptyStateButtonClicked();
    void showError(const QString &what, const Error &error);
    void selectLead(qint64 id);
    QList<qint64> selectedLeadIds() const;
    void showAbout();

    Database &m_database;
    LeadService &m_service;
    const bool m_readOnly;
    LeadTableModel *m_model = nullptr;

    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchTimer = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_quitAction = nullptr;

    enum class EmptyKind { None, NoLeads, NoMatch, LoadFailed };
    EmptyKind m_emptyKind = EmptyKind::None;
    QWidget *m_emptyState = nullptr;
    QLabel *m_emptyTitle = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_emptyButton = nullptr;

    QLabel *m_countLabel = nullptr;
    QLabel *m_readOnlyLabel = nullptr;
    QLabel *m_pathLabel = nullptr;
};

} // namespace lf
