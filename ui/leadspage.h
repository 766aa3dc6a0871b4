#pragma once

#include "domain/lead.h"
#include "leads/leadquery.h"
#include "util/result.h"

#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QToolBar;

namespace lf {

class Database;
class LeadActions;
class LeadFilterBar;
class LeadTableModel;

/// The Leads page: filters, saved views and search above a table of every lead the filters
/// select (a million and more, read a page at a time), a count, and actions on the selected
/// leads: assign, change stage, enrol in a sequence, export, delete.
///
/// Stage changes, assignments and deletes go through LeadActions (one undoable step each); the
/// page reloads what LeadActions reports as changed. The header sorts (in SQL); its context menu
/// hides and shows columns; the columns' order, widths, visibility and the sort are kept in
/// QSettings under "leads/header".
///
/// The database and the actions are not owned and must outlive the page. With a read-only
/// database (or no actions) the page only shows and exports.
class LeadsPage : public QWidget
{
    Q_OBJECT

public:
    LeadsPage(Database &database, LeadActions *actions, QWidget *parent = nullptr);
    ~LeadsPage() override;

    LeadTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const;
    LeadFilterBar *filterBar() const { return m_filterBar; }
    QLabel *countLabel() const { return m_countLabel; }
    /// The ids of the selected leads whose rows are loaded, in row order.
    QList<qint64> selectedLeadIds() const;
    /// The header context menu's column actions (checked = shown), by column.
    QList<QAction *> columnActions() const { return m_columnActions; }

    QAction *assignAction() const { return m_assignAction; }
    QAction *stageAction() const { return m_stageAction; }
    QAction *enrolAction() const { return m_enrolAction; }
    QAction *acceptAction() const { return m_acceptAction; }
    QAction *rejectAction() const { return m_rejectAction; }
    QAction *recycleAction() const { return m_recycleAction; }
    QAction *logAction() const { return m_logAction; }
    QAction *exportAction() const { return m_exportAction; }
    QAction *deleteAction() const { return m_deleteAction; }

    /// Replaces the filters (a dashboard click, a saved view) and shows the leads they select.
    void showQuery(const lf::LeadQuery &query);

    /// Assigns the selected leads without asking (what the Assign dialog does once answered).
    Result<qint64> assignSelected(qint64 userId, const QString &reason);
    /// Moves the selected leads to a stage; asks for a reason when the stage needs one.
    Result<QList<Lead>> changeSelectedStage(Stage stage);
    /// Enrols the selected leads in a sequence; returns how many were enrolled, and the first
    /// refusal's message in refused (empty when none).
    qint64 enrolSelected(const QString &sequence, QString *refused = nullptr);
    /// Writes the selected leads (or, with none selected, every lead the filters select) to a CSV
    /// file, on a worker thread with a progress dialog; returns the leads written.
    Result<qint64> exportTo(const QString &path);

public slots:
    /// Reads the leads again, keeping the current lead where it is still listed.
    void refresh();
    void focusSearch();

signals:
    /// Enter or a double-click on a lead.
    void openLead(qint64 id);
    /// The current lead changed (0 = none).
    void currentLeadChanged(qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createTable();
    void restoreHeader();
    void saveHeader() const;
    void updateCount();
    void updateActions();
    void filtersChanged(const LeadQuery &filters);
    void modelLoaded();
    void showError(const QString &what, const QString &message);
    void showHeaderMenu(const QPoint &pos);
    void showTableMenu(const QPoint &pos);
    void assignAsked();
    void stageAsked();
    void enrolAsked();
    void salesFeedbackAsked(QAction *action);
    void logAsked();
    void exportAsked();
    void deleteAsked();

    Database &m_database;
    LeadActions *m_actions;
    LeadTableModel *m_model = nullptr;
    LeadFilterBar *m_filterBar = nullptr;
    QTableView *m_table = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_countLabel = nullptr;
    QMenu *m_headerMenu = nullptr;
    QList<QAction *> m_columnActions;
    QAction *m_assignAction = nullptr;
    QAction *m_stageAction = nullptr;
    QAction *m_enrolAction = nullptr;
    QAction *m_acceptAction = nullptr;
    QAction *m_rejectAction = nullptr;
    QAction *m_recycleAction = nullptr;
    QAction *m_logAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_refreshAction = nullptr;
    qint64 m_keepLead = 0; ///< the lead to select again when the next reload arrives
    bool m_restoring = false;
};

} // namespace lf
