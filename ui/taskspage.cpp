#include "taskspage.h"

#include "leadactions.h"
#include "logtouchdialog.h"
#include "routing/userservice.h"
#include "storage/database.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lf {
namespace {

QString userKey()
{
    return u"tasks/user"_s;
}

QColor overdueColor()
{
    return QColor(0xc6, 0x28, 0x28);
}

/// The locale's short time format without seconds ("HH:mm", "h:mm AP").
QString shortTimeFormat()
{
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QRegularExpression(u"[:.]ss?"_s));
    return format;
}

/// A local date and time, short, without seconds.
QString shortDateTime(const QDateTime &at)
{
    const QDateTime local = at.toLocalTime();
    return QLocale().toString(local.date(), QLocale::ShortFormat) + u' '
        + QLocale().toString(local.time(), shortTimeFormat());
}

QString loginName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.trimmed();
}

/// Whether a user is the person logged in: the login name equals their email's local part, their
/// whole name, or their first name, ignoring case.
bool matchesLogin(const User &user, const QString &login)
{
    if (login.isEmpty())
        return false;
    const QString local = user.email.section(u'@', 0, 0);
    const QString first = user.name.section(u' ', 0, 0);
    for (const QString &candidate : {local, user.name, first, user.email}) {
        if (!candidate.isEmpty() && candidate.compare(login, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

// --- TaskTableModel ---------------------------------------------------------------------------

TaskTableModel::TaskTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int TaskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

int TaskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TaskTableModel::kindLabel(Task::Kind kind)
{
    switch (kind) {
    case Task::Kind::Call:
        return tr("Call");
    case Task::Kind::Email:
        return tr("Email");
    case Task::Kind::FollowUp:
        return tr("Follow-up");
    case Task::Kind::Escalation:
        return tr("Escalation");
    }
    return {};
}

bool TaskTableModel::isOverdue(const Task &task) const
{
    return task.dueAt.isValid() && task.dueAt.toLocalTime().date() < m_now.toLocalTime().date();
}

qint64 TaskTableModel::overdueCount() const
{
    return std::count_if(
        m_tasks.cbegin(), m_tasks.cend(), [this](const Task &t) { return isOverdue(t); });
}

QString TaskTableModel::dueText(const QDateTime &due) const
{
    if (!due.isValid())
        return tr("No due time");
    const QDateTime local = due.toLocalTime();
    const QDate today = m_now.toLocalTime().date();
    const QString time = QLocale().toString(local.time(), shortTimeFormat());
    if (local.date() == today)
        return tr("Today %1").arg(time);
    if (local.date() == today.addDays(-1))
        return tr("Yesterday %1").arg(time);
    if (local.date() == today.addDays(1))
        return tr("Tomorrow %1").arg(time);
    return shortDateTime(due);
}

QVariant TaskTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Task &task = m_tasks.at(index.row());
    const bool overdue = isOverdue(task);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DueColumn:
            return dueText(task.dueAt);
        case LeadColumn:
            return task.leadName.isEmpty() ? tr("Lead %1").arg(task.leadId) : task.leadName;
        case KindColumn:
            return kindLabel(task.kind);
        case TitleColumn:
            return task.title;
        case StepColumn:
            return task.enrolmentId > 0
                ? tr("%1, step %2").arg(task.sequenceName).arg(task.stepPosition)
                : QString();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == DueColumn)
            return overdue
                ? tr("Overdue: due %1")
                      .arg(QLocale().toString(task.dueAt.toLocalTime(), QLocale::LongFormat))
                : QLocale().toString(task.dueAt.toLocalTime(), QLocale::LongFormat);
        if (index.column() == TitleColumn && !task.detail.isEmpty())
            return task.detail;
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == DueColumn)
            return overdue ? tr("Overdue, due %1").arg(dueText(task.dueAt)) : dueText(task.dueAt);
        return {};
    case Qt::ForegroundRole:
        if (overdue && index.column() == DueColumn)
            return overdueColor();
        return {};
    case Qt::FontRole:
        if (overdue && index.column() == DueColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case TaskIdRole:
        return task.id;
    case LeadIdRole:
        return task.leadId;
    case OverdueRole:
        return overdue;
    case KindRole:
        return Task::kindKey(task.kind);
    default:
        return {};
    }
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DueColumn:
        return tr("Due");
    case LeadColumn:
        return tr("Lead");
    case KindColumn:
        return tr("Kind");
    case TitleColumn:
        return tr("Task");
    case StepColumn:
        return tr("Sequence step");
    }
    return {};
}

void TaskTableModel::setTasks(const QList<Task> &tasks, const QDateTime &now)
{
    beginResetModel();
    m_tasks = tasks;
    m_now = now;
    endResetModel();
}

int TaskTableModel::rowOfTask(qint64 id) const
{
    for (int row = 0; row < m_tasks.size(); ++row) {
        if (m_tasks.at(row).id == id)
            return row;
    }
    return -1;
}

// --- TasksPage --------------------------------------------------------------------------------

void TasksPage::buildLeadButton()
{
    m_leadButton = new QPushButton(tr("&Lead"));
    m_leadButton->setObjectName(u"leadButton"_s);
    m_leadButton->setAccessibleName(tr("Act on the task's lead"));
    m_leadButton->setToolTip(tr("Log a call, email or meeting with the lead, or give sales "
                                "feedback on it"));
    auto *leadMenu = new QMenu(m_leadButton);
    for (const auto &[type, text] :
        {std::pair {u"call"_s, tr("Log &call…")}, std::pair {u"email"_s, tr("Log &email…")},
            std::pair {u"meeting"_s, tr("Log &meeting…")}}) {
        QAction *action = leadMenu->addAction(text);
        action->setObjectName(u"log_"_s + type);
        connect(action, &QAction::triggered, this, [this, type] { logOnCurrentLead(type); });
    }
    leadMenu->addSeparator();
    for (const auto &[what, text] : {std::pair {u"accept"_s, tr("&Accept")},
             std::pair {u"reject"_s, tr("&Reject…")}, std::pair {u"recycle"_s, tr("Rec&ycle…")}}) {
        QAction *action = leadMenu->addAction(text);
        action->setObjectName(what + u"Action"_s);
        connect(action, &QAction::triggered, this, [this, what] { feedbackOnCurrentLead(what); });
    }
    m_leadButton->setMenu(leadMenu);
}

TasksPage::TasksPage(Database &database, LeadActions *actions, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_actions(actions)
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(u"TasksPage"_s);
    setAccessibleName(tr("My tasks"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);

    auto *bar = new QHBoxLayout;
    auto *heading = new QLabel(tr("My tasks"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.35);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    bar->addWidget(heading);
    bar->addSpacing(16);
    auto *userLabel = new QLabel(tr("&User:"));
    m_userCombo = new QComboBox;
    m_userCombo->setObjectName(u"userCombo"_s);
    m_userCombo->setAccessibleName(tr("Whose tasks"));
    m_userCombo->setMinimumContentsLength(22);
    m_userCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    userLabel->setBuddy(m_userCombo);
    bar->addWidget(userLabel);
    bar->addWidget(m_userCombo);
    bar->addSpacing(12);
    auto *filterLabel = new QLabel(tr("&Show:"));
    m_filterCombo = new QComboBox;
    m_filterCombo->setObjectName(u"filterCombo"_s);
    m_filterCombo->setAccessibleName(tr("Which tasks"));
    m_filterCombo->addItem(tr("Due today"), int(Filter::Today));
    m_filterCombo->addItem(tr("Overdue"), int(Filter::Overdue));
    m_filterCombo->addItem(tr("Upcoming"), int(Filter::Upcoming));
    m_filterCombo->addItem(tr("All open"), int(Filter::All));
    filterLabel->setBuddy(m_filterCombo);
    bar->addWidget(filterLabel);
    bar->addWidget(m_filterCombo);
    bar->addStretch(1);
    auto *refreshButton = new QPushButton(tr("&Refresh"));
    refreshButton->setObjectName(u"refreshButton"_s);
    refreshButton->setAccessibleName(tr("Refresh the tasks"));
    connect(refreshButton, &QPushButton::clicked, this, &TasksPage::refresh);
    bar->addWidget(refreshButton);
    layout->addLayout(bar);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setChildrenCollapsible(false);

    auto *tasksPane = new QWidget;
    auto *tasksLayout = new QVBoxLayout(tasksPane);
    tasksLayout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel;
    m_summary->setObjectName(u"summary"_s);
    tasksLayout->addWidget(m_summary);

    m_model = new TaskTableModel(this);
    m_table = new QTableView;
    m_table->setObjectName(u"taskTable"_s);
    m_table->setAccessibleName(tr("Tasks"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(
        TaskTableModel::DueColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(
        TaskTableModel::KindColumn, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(TaskTableModel::LeadColumn, 180);
    m_table->setColumnWidth(TaskTableModel::TitleColumn, 280);
    tasksLayout->addWidget(m_table, 1);
    m_empty = new QLabel;
    m_empty->setObjectName(u"emptyState"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setWordWrap(true);
    tasksLayout->addWidget(m_empty, 1);

    auto *buttons = new QHBoxLayout;
    m_completeButton = new QPushButton(tr("&Complete"));
    m_completeButton->setObjectName(u"completeButton"_s);
    m_completeButton->setAccessibleName(tr("Complete the task"));
    m_completeButton->setToolTip(tr("Mark the task done (Ctrl+D)"));
    m_openButton = new QPushButton(tr("&Open lead"));
    m_openButton->setObjectName(u"openButton"_s);
    m_openButton->setAccessibleName(tr("Open the task's lead"));
    m_openButton->setToolTip(tr("Open the lead (Enter)"));
    m_composeButton = new QPushButton(tr("Compose &email"));
    m_composeButton->setObjectName(u"composeButton"_s);
    m_composeButton->setAccessibleName(tr("Compose the task's email"));
    m_composeButton->setToolTip(
        tr("Open the email in your mail client, mark the task done and log the email on the lead"));
    buildLeadButton();
    buttons->addWidget(m_completeButton);
    buttons->addWidget(m_composeButton);
    buttons->addWidget(m_leadButton);
    buttons->addWidget(m_openButton);
    buttons->addStretch(1);
    tasksLayout->addLayout(buttons);
    m_message = new QLabel;
    m_message->setObjectName(u"message"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    tasksLayout->addWidget(m_message);
    splitter->addWidget(tasksPane);

    auto *overduePane = new QWidget;
    auto *overdueLayout = new QVBoxLayout(overduePane);
    overdueLayout->setContentsMargins(0, 0, 0, 0);
    m_overdueTitle = new QLabel;
    QFont overdueFont = m_overdueTitle->font();
    overdueFont.setBold(true);
    m_overdueTitle->setFont(overdueFont);
    overdueLayout->addWidget(m_overdueTitle);
    m_overdueList = new QListWidget;
    m_overdueList->setObjectName(u"overdueList"_s);
    m_overdueList->setAccessibleName(tr("Overdue first contacts"));
    m_overdueList->setAccessibleDescription(tr("Enter or double-click opens the lead."));
    m_overdueList->setAlternatingRowColors(true);
    m_overdueList->setWordWrap(true);
    m_overdueList->setSpacing(2);
    m_overdueTitle->setBuddy(m_overdueList);
    overdueLayout->addWidget(m_overdueList, 1);
    auto *overdueHint = new QLabel(
        tr("Leads assigned to this user that nobody has called, emailed or met yet, past their "
           "first-contact deadline."));
    overdueHint->setWordWrap(true);
    overdueHint->setForegroundRole(QPalette::PlaceholderText);
    overdueLayout->addWidget(overdueHint);
    splitter->addWidget(overduePane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({880, 340});
    layout->addWidget(splitter, 1);

    connect(m_completeButton, &QPushButton::clicked, this, &TasksPage::completeCurrent);
    connect(m_composeButton, &QPushButton::clicked, this, &TasksPage::composeCurrent);
    connect(m_openButton, &QPushButton::clicked, this, &TasksPage::openCurrentLead);
    connect(m_table, &QTableView::activated, this, &TasksPage::openCurrentLead);
    auto *completeShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_D), m_table);
    completeShortcut->setContext(Qt::WidgetShortcut);
    connect(completeShortcut, &QShortcut::activated, this, &TasksPage::completeCurrent);
    connect(m_overdueList, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { emit openLead(item->data(Qt::UserRole).toLongLong()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &TasksPage::updateActions);
    connect(m_filterCombo, &QComboBox::currentIndexChanged, this, [this] {
        showMessage({}, false);
        loadTasks();
    });

    loadUsers();
    connect(m_userCombo, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(userKey(), userId());
        showMessage({}, false);
        loadTasks();
        loadOverdue();
    });

    if (m_actions) {
        // A stage change ends enrolments (their tasks go) and may change the overdue list.
        auto *pending = new QTimer(this);
        pending->setSingleShot(true);
        pending->setInterval(0);
        connect(pending, &QTimer::timeout, this, &TasksPage::refresh);
        connect(m_actions, &LeadActions::leadChanged, pending, qOverload<>(&QTimer::start));
        connect(m_actions, &LeadActions::leadsChanged, pending, qOverload<>(&QTimer::start));
    }
    refresh();
}

TasksPage::~TasksPage() = default;

QDateTime TasksPage::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

QString TasksPage::actor() const
{
    if (m_actions && !m_actions->actor().isEmpty())
        return m_actions->actor();
    return loginName();
}

bool TasksPage::writable() const
{
    return !m_database.isReadOnly() && !(m_actions && m_actions->isReadOnly());
}

qint64 TasksPage::userId() const
{
    return m_userCombo->currentData().toLongLong();
}

void TasksPage::setUserId(qint64 userId)
{
    const int index = m_userCombo->findData(userId);
    if (index >= 0)
        m_userCombo->setCurrentIndex(index);
}

TasksPage::Filter TasksPage::filter() const
{
    return Filter(m_filterCombo->currentData().toInt());
}

void TasksPage::setFilter(Filter filter)
{
    m_filterCombo->setCurrentIndex(m_filterCombo->findData(int(filter)));
}

void TasksPage::loadUsers()
{
    const qint64 previous = m_userCombo->count() > 0 ? userId() : 0;
    const QSignalBlocker blocker(m_userCombo);
    m_userCombo->clear();
    UserService service(m_database.connection());
    Result<QList<User>> users = service.list(false);
    if (!users) {
        showMessage(tr("Could not read the users: %1").arg(users.error().message), true);
        return;
    }
    qint64 loginMatch = 0;
    const QString login = loginName();
    for (const User &user : std::as_const(*users)) {
        m_userCombo->addItem(
            user.email.isEmpty() ? user.name : tr("%1 <%2>").arg(user.name, user.email), user.id);
        if (loginMatch == 0 && matchesLogin(user, login))
            loginMatch = user.id;
    }
    m_userCombo->addItem(tr("Nobody (leads without an owner)"), NurtureService::Unassigned);

    qint64 wanted = previous;
    if (wanted == 0)
        wanted = QSettings().value(userKey(), 0).toLongLong();
    if (wanted == 0 || m_userCombo->findData(wanted) < 0)
        wanted = loginMatch;
    const int index = m_userCombo->findData(wanted);
    m_userCombo->setCurrentIndex(index >= 0 ? index : 0);
}

void TasksPage::refresh()
{
    loadUsers();
    if (writable()) {
        NurtureService service(m_database.connection());
        if (auto advanced = service.advance(now()); !advanced)
            showMessage(
                tr("Could not bring the sequences up to date: %1").arg(advanced.error().message),
                true);
    }
    loadTasks();
    loadOverdue();
}

void TasksPage::loadTasks()
{
    const qint64 previousTask = m_model->taskAt(m_table->currentIndex().row()).id;
    const Filter shown = filter();
    NurtureService::TaskFilter taskFilter = NurtureService::TaskFilter::Open;
    if (shown == Filter::Today)
        taskFilter = NurtureService::TaskFilter::DueToday;
    else if (shown == Filter::Overdue)
        taskFilter = NurtureService::TaskFilter::Overdue;

    QList<Task> tasks;
    const qint64 user = userId();
    if (user != 0) {
        NurtureService service(m_database.connection());
        Result<QList<Task>> read = service.tasks(user, taskFilter, now());
        if (!read) {
            showMessage(tr("Could not read the tasks: %1").arg(read.error().message), true);
        } else {
            tasks = std::move(*read);
        }
    }
    if (shown == Filter::Upcoming) {
        // Upcoming: open tasks due after today (the machine's time zone, as the core counts).
        const QDate today = now().toLocalTime().date();
        tasks.removeIf([today](const Task &t) { return t.dueAt.toLocalTime().date() <= today; });
    }
    m_model->setTasks(tasks, now());

    const QLocale locale;
    const qint64 overdue = m_model->overdueCount();
    QString summary =
        tasks.size() == 1 ? tr("1 task") : tr("%1 tasks").arg(locale.toString(tasks.size()));
    if (overdue > 0)
        summary = tr("%1, <span style=\"color:%2\"><b>%3 overdue</b></span>")
                      .arg(summary, overdueColor().name(), locale.toString(overdue));
    m_summary->setText(summary);
    m_summary->setAccessibleName(m_summary->text().remove(QRegularExpression(u"<[^>]*>"_s)));

    const bool empty = tasks.isEmpty();
    m_table->setVisible(!empty);
    m_empty->setVisible(empty);
    switch (shown) {
    case Filter::Today:
        m_empty->setText(tr("Nothing due today."));
        break;
    case Filter::Overdue:
        m_empty->setText(tr("No overdue tasks."));
        break;
    case Filter::Upcoming:
        m_empty->setText(tr("No tasks coming up."));
        break;
    case Filter::All:
        m_empty->setText(tr("No open tasks."));
        break;
    }

    int row = m_model->rowOfTask(previousTask);
    if (row < 0 && !empty)
        row = 0;
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, TaskTableModel::DueColumn));
    updateActions();
}

void TasksPage::loadOverdue()
{
    m_overdueList->clear();
    const qint64 user = userId();
    Router router(m_database.connection());
    if (m_now.isValid())
        router.setNow(m_now.toMSecsSinceEpoch());
    Result<QList<OverdueLead>> overdue = router.overdue();
    if (!overdue) {
        m_overdueTitle->setText(tr("Overdue first contacts"));
        showMessage(
            tr("Could not read the overdue first contacts: %1").arg(overdue.error().message), true);
        return;
    }
    const QLocale locale;
    for (const OverdueLead &lead : std::as_const(*overdue)) {
        if (lead.userId != user)
            continue;
        const QString late =
            tr("%1 business hours late").arg(locale.toString(lead.businessHoursLate, 'f', 1));
        auto *item = new QListWidgetItem(
            tr("%1\nDue %2, %3").arg(lead.leadName, shortDateTime(lead.dueAt), late));
        item->setData(Qt::UserRole, lead.leadId);
        item->setForeground(overdueColor());
        item->setToolTip(tr("Assigned %1; first contact was due %2.")
                             .arg(shortDateTime(lead.assignedAt), shortDateTime(lead.dueAt)));
        m_overdueList->addItem(item);
    }
    const int count = m_overdueList->count();
    m_overdueTitle->setText(
        count > 0 ? tr("&Overdue first contacts (%1)").arg(count) : tr("&Overdue first contacts"));
    if (count == 0) {
        auto *item = new QListWidgetItem(tr("None: every lead has been contacted in time."));
        item->setFlags(Qt::NoItemFlags);
        m_overdueList->addItem(item);
    } else {
        m_overdueList->setCurrentRow(0, QItemSelectionModel::NoUpdate);
    }
}

void TasksPage::updateActions()
{
    const Task task = m_model->taskAt(m_table->currentIndex().row());
    const bool has = task.id > 0;
    const bool canWrite = writable();
    m_completeButton->setEnabled(has && canWrite);
    m_leadButton->setEnabled(has && canWrite && m_actions);
    m_openButton->setEnabled(has);
    m_composeButton->setEnabled(has && canWrite && task.kind == Task::Kind::Email);
    if (!canWrite) {
        m_completeButton->setToolTip(tr("The database is open read-only."));
        m_composeButton->setToolTip(tr("The database is open read-only."));
    }
}

bool TasksPage::completeCurrent()
{
    const Task task = m_model->taskAt(m_table->currentIndex().row());
    if (task.id <= 0)
        return false;
    if (!writable()) {
        showMessage(tr("The database is open read-only; tasks cannot be completed."), true);
        return false;
    }
    // A call is done when it was made: how it went is logged on the lead first (which also stops
    // its first-contact clock); cancelling leaves the task open.
    std::optional<Touchpoint> call;
    if (task.kind == Task::Kind::Call) {
        LogTouchDialog dialog(m_database.connection(), task.leadId, task.leadName, u"call"_s, this);
        dialog.setActor(actor());
        dialog.noteEdit()->setPlainText(task.title);
        if (dialog.exec() != QDialog::Accepted || !dialog.touchpoint()) {
            showMessage(tr("The call was not logged; the task stays open."), false);
            return false;
        }
        call = dialog.touchpoint();
    }
    NurtureService service(m_database.connection());
    Result<Task> done = service.completeTask(task.id, actor());
    if (!done) {
        showMessage(done.error().message, true);
        loadTasks();
        return false;
    }
    if (call) {
        showMessage(call->outcome.isEmpty()
                ? tr("Done: %1 (%2); the call is logged on the lead.")
                      .arg(task.title, task.leadName)
                : tr("Done: %1 (%2); the call (%3) is logged on the lead.")
                      .arg(task.title, task.leadName, call->outcome),
            false);
    } else {
        showMessage(done->kind == Task::Kind::Email
                ? tr("Done: %1 (%2); the email is logged on the lead.")
                      .arg(task.title, task.leadName)
                : tr("Done: %1 (%2).").arg(task.title, task.leadName),
            false);
    }
    emit leadChanged(task.leadId);
    const int row = m_table->currentIndex().row();
    loadTasks();
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(
            m_model->index(qMin(row, m_model->rowCount() - 1), TaskTableModel::DueColumn));
    m_table->setFocus();
    return true;
}

bool TasksPage::composeCurrent()
{
    const Task task = m_model->taskAt(m_table->currentIndex().row());
    if (task.id <= 0)
        return false;
    if (task.kind != Task::Kind::Email) {
        showMessage(tr("Only email tasks can be composed."), true);
        return false;
    }
    if (!writable()) {
        showMessage(tr("The database is open read-only; the email cannot be logged."), true);
        return false;
    }
    NurtureService service(m_database.connection());
    Result<RenderedEmail> email = service.renderEmail(task.id);
    if (!email) {
        showMessage(email.error().message, true);
        return false;
    }
    const QUrl url(NurtureService::mailtoUrl(*email));
    if (!m_openUrl(url)) {
        showMessage(
            tr("No mail client opened the email to %1. The task stays open.").arg(email->to), true);
        return false;
    }
    // As `leadflow-cli mail` does: once handed to the mail client, the task is done and the
    // email logged on the lead.
    Result<Task> done = service.completeTask(task.id, actor());
    if (!done) {
        showMessage(done.error().message, true);
        loadTasks();
        return false;
    }
    QString text = tr("The email to %1 is open in your mail client; the task is done and the "
                      "email logged on the lead.")
                       .arg(email->to);
    if (!email->missing.isEmpty())
        text += u' '
            + tr("The lead has no value for %1; check the text before sending.")
                  .arg(email->missing.join(u", "_s));
    showMessage(text, !email->missing.isEmpty());
    loadTasks();
    return true;
}

void TasksPage::logOnCurrentLead(const QString &type)
{
    const Task task = m_model->taskAt(m_table->currentIndex().row());
    if (task.leadId <= 0 || !writable())
        return;
    LogTouchDialog dialog(m_database.connection(), task.leadId, task.leadName, type, this);
    dialog.setActor(actor());
    if (dialog.exec() != QDialog::Accepted || !dialog.touchpoint())
        return;
    showMessage(tr("Logged on %1.").arg(task.leadName), false);
    emit leadChanged(task.leadId);
    loadTasks();
}

void TasksPage::feedbackOnCurrentLead(const QString &what)
{
    const Task task = m_model->taskAt(m_table->currentIndex().row());
    if (task.leadId <= 0 || !writable() || !m_actions)
        return;
    bool done = false;
    if (what == u"accept"_s)
        done = m_actions->askAccept({task.leadId}, this).value_or(QList<Lead>()).size() == 1;
    else if (what == u"reject"_s)
        done = m_actions->askReject(task.leadId, this).has_value();
    else
        done = m_actions->askRecycle(task.leadId, this).has_value();
    if (!done)
        return;
    showMessage(what == u"accept"_s ? tr("%1 accepted.").arg(task.leadName)
            : what == u"reject"_s   ? tr("%1 handed back.").arg(task.leadName)
                                    : tr("%1 is back with marketing.").arg(task.leadName),
        false);
    loadTasks();
}

void TasksPage::openCurrentLead()
{
    const Task task = m_model->taskAt(m_table->currentIndex().row());
    if (task.leadId > 0)
        emit openLead(task.leadId);
}

void TasksPage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_message->setStyleSheet(error
            ? u"QLabel { background: #fdecea; color: #8a1c14; border: 1px solid #f5c2bd; "
              "border-radius: 4px; padding: 6px; }"_s
            : u"QLabel { background: #e8f5e9; color: #1b5e20; border: 1px solid #c8e6c9; "
              "border-radius: 4px; padding: 6px; }"_s);
}

QString TasksPage::message() const
{
    return m_message->text();
}

} // namespace lf
