#pragma once

#include "nurture/nurtureservice.h"
#include "routing/router.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QUrl>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace lf {

class Database;
class LeadActions;

/// Open tasks as a table: due time, lead, kind, what to do, sequence step. A task due before
/// today's date (the machine's time zone, as NurtureService counts overdue) is overdue: its due
/// time is shown in red and bold.
class TaskTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DueColumn, LeadColumn, KindColumn, TitleColumn, StepColumn, ColumnCount };
    enum Role {
        TaskIdRole = Qt::UserRole + 1, ///< qint64
        LeadIdRole, ///< qint64
        OverdueRole, ///< bool
        KindRole, ///< QString, Task::kindKey()
    };

    explicit TaskTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Shows tasks as of now (which decides what is overdue and what "today" is).
    void setTasks(const QList<Task> &tasks, const QDateTime &now);
    Task taskAt(int row) const { return m_tasks.value(row); }
    int rowOfTask(qint64 id) const;
    bool isOverdue(const Task &task) const;
    qint64 overdueCount() const;

    static QString kindLabel(Task::Kind kind);

private:
    QString dueText(const QDateTime &due) const;

    QList<Task> m_tasks;
    QDateTime m_now;
};

/// "My tasks": the open nurture and follow-up tasks of one user, with the leads whose first
/// contact is overdue beside them. A task can be completed, its lead opened, and an email task
/// composed in the desktop's mail client (which completes it and logs the email on the lead, as
/// `leadflow-cli mail` does).
///
/// The user shown is remembered in QSettings ("tasks/user"); the first time it is the user whose
/// email or name matches the login name, else the first user. Due steps become tasks on every
/// refresh (NurtureService::advance) unless the database is read-only.
///
/// The database and the actions are not owned and must outlive the page.
class TasksPage : public QWidget
{
    Q_OBJECT

public:
    enum class Filter { Today, Overdue, Upcoming, All };

    TasksPage(Database &database, LeadActions *actions, QWidget *parent = nullptr);
    ~TasksPage() override;

    TaskTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QListWidget *overdueList() const { return m_overdueList; }

    /// The user whose tasks are shown (NurtureService::Unassigned for nobody's, 0 when none).
    qint64 userId() const;
    void setUserId(qint64 userId);
    Filter filter() const;
    void setFilter(Filter filter);

    /// Fixes the clock (tests); an invalid time means the system clock.
    void setNow(const QDateTime &now) { m_now = now; }
    /// Replaces how mailto: URLs are opened (QDesktopServices::openUrl by default).
    void setUrlOpener(std::function<bool(const QUrl &)> opener) { m_openUrl = std::move(opener); }

    /// The last message shown under the table; empty if none.
    QString message() const;

public slots:
    /// Reads the users, the tasks and the overdue first contacts again.
    void refresh();
    /// Marks the current task done. Returns false (and says why) when it could not be.
    bool completeCurrent();
    /// Opens the current task's email in the mail client, then marks the task done and logs the
    /// email on the lead.
    bool composeCurrent();
    void openCurrentLead();

signals:
    void openLead(qint64 id);
    /// A task's completion logged something on the lead (a call, an email): views reload it.
    void leadChanged(qint64 id);

private:
    void loadUsers();
    void loadTasks();
    void loadOverdue();
    void updateActions();
    void showMessage(const QString &text, bool error);
    /// The current task's lead: log a touchpoint of `type`, or accept / reject / recycle it.
    void logOnCurrentLead(const QString &type);
    /// The Lead menu button: log a call, email or meeting; accept, reject, recycle.
    void buildLeadButton();
    void feedbackOnCurrentLead(const QString &what);
    QDateTime now() const;
    QString actor() const;
    bool writable() const;

    Database &m_database;
    LeadActions *m_actions;
    TaskTableModel *m_model = nullptr;
    QComboBox *m_userCombo = nullptr;
    QComboBox *m_filterCombo = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_completeButton = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_composeButton = nullptr;
    QPushButton *m_leadButton = nullptr; ///< a menu: log a call, email or meeting; sales feedback
    QListWidget *m_overdueList = nullptr;
    QLabel *m_overdueTitle = nullptr;
    QDateTime m_now;
    std::function<bool(const QUrl &)> m_openUrl;
};

} // namespace lf
