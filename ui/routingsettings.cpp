#include "routingsettings.h"

#include "routing/router.h"
#include "scoringruleseditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lf {

namespace {

QStringList splitList(const QString &text, bool upper = false)
{
    QStringList out;
    for (const QString &part : text.split(u',')) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            out << (upper ? trimmed.toUpper() : trimmed);
    }
    return out;
}

QString dateTimeText(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    const QLocale locale;
    return locale.toString(local.date(), QLocale::ShortFormat) + u' '
        + locale.toString(local.time(), u"HH:mm"_s);
}

void setupTable(QTableView *view, QAbstractItemModel *model, const QString &name, int stretch)
{
    view->setModel(model);
    view->setAccessibleName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
}

} // namespace

// --- UserModel -----------------------------------------------------------------------------------

UserModel::UserModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void UserModel::setUsers(const QList<User> &users, const QHash<qint64, Absence> &away)
{
    beginResetModel();
    m_users = users;
    m_away = away;
    endResetModel();
}

std::optional<User> UserModel::userAt(int row) const
{
    if (row < 0 || row >= m_users.size())
        return std::nullopt;
    return m_users[row];
}

QString UserModel::nameOf(qint64 id) const
{
    for (const User &user : m_users)
        if (user.id == id)
            return user.name;
    return {};
}

QString UserModel::roleText(User::Role role)
{
    switch (role) {
    case User::Role::Rep:
        return tr("Rep");
    case User::Role::Manager:
        return tr("Manager");
    case User::Role::Admin:
        return tr("Admin");
    }
    return {};
}

int UserModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User &user = m_users[index.row()];
    if (role == IdRole)
        return user.id;
    if (role == Qt::CheckStateRole && index.column() == Active)
        return user.active ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ForegroundRole && !user.active)
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::TextAlignmentRole && index.column() == Capacity)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        return user.name;
    case Email:
        return user.email;
    case Role:
        return roleText(user.role);
    case Capacity:
        return user.capacityPerWeek > 0 ? tr("%1 / week").arg(user.capacityPerWeek) : tr("—");
    case Territories: {
        QStringList parts;
        if (!user.countries.isEmpty())
            parts << user.countries.join(u", "_s);
        if (!user.industries.isEmpty())
            parts << user.industries.join(u", "_s);
        if (!user.products.isEmpty())
            parts << user.products.join(u", "_s);
        return parts.isEmpty() ? tr("all") : parts.join(u"; "_s);
    }
    case Manager:
        return nameOf(user.managerId);
    case Active:
        return role == Qt::AccessibleTextRole ? (user.active ? tr("active") : tr("inactive"))
                                              : QVariant();
    case Away: {
        const auto it = m_away.constFind(user.id);
        if (it == m_away.cend())
            return {};
        return tr("%1 – %2").arg(dateTimeText(it->from), dateTimeText(it->to));
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant UserModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Email:
        return tr("Email");
    case Role:
        return tr("Role");
    case Capacity:
        return tr("Capacity");
    case Territories:
        return tr("Territories");
    case Manager:
        return tr("Manager");
    case Active:
        return tr("Active");
    case Away:
        return tr("Away");
    case ColumnCount:
        break;
    }
    return {};
}

// --- RoutingRuleModel ----------------------------------------------------------------------------

RoutingRuleModel::RoutingRuleModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RoutingRuleModel::setRules(
    const QList<RoutingRule> &rules, const QHash<qint64, QString> &userNames)
{
    beginResetModel();
    m_rules = rules;
    m_names = userNames;
    endResetModel();
}

std::optional<RoutingRule> RoutingRuleModel::ruleAt(int row) const
{
    if (row < 0 || row >= m_rules.size())
        return std::nullopt;
    return m_rules[row];
}

int RoutingRuleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

int RoutingRuleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoutingRuleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RoutingRule &rule = m_rules[index.row()];
    if (role == IdRole)
        return rule.id;
    if (role == Qt::CheckStateRole && index.column() == Enabled)
        return rule.enabled ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ForegroundRole && !rule.enabled)
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (Column(index.column())) {
    case Position:
        return index.row() + 1;
    case Name:
        return rule.name;
    case Conditions:
        return rule.conditions.isEmpty() ? tr("every lead") : rule.describe();
    case Target: {
        if (rule.targetUserId > 0)
            return m_names.value(rule.targetUserId, tr("user %1").arg(rule.targetUserId));
        QStringList names;
        for (qint64 id : rule.pool)
            names << m_names.value(id, tr("user %1").arg(id));
        return tr("pool: %1").arg(names.join(u", "_s));
    }
    case Sla:
        return rule.slaHours ? tr("%1 h").arg(QLocale().toString(*rule.slaHours)) : tr("default");
    case Enabled:
        return role == Qt::AccessibleTextRole ? (rule.enabled ? tr("enabled") : tr("disabled"))
                                              : QVariant();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RoutingRuleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Position:
        return tr("#");
    case Name:
        return tr("Name");
    case Conditions:
        return tr("When");
    case Target:
        return tr("Goes to");
    case Sla:
        return tr("First contact within");
    case Enabled:
        return tr("Enabled");
    case ColumnCount:
        break;
    }
    return {};
}

// --- UserDialog ----------------------------------------------------------------------------------

UserDialog::UserDialog(
    UserService *service, const User &user, const QList<User> &users, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_original(user)
{
    setWindowTitle(user.id == 0 ? tr("Add user") : tr("Edit user"));
    setMinimumWidth(580);
    auto *form = new QFormLayout;
    const auto line = [this, form](const QString &label, const QString &name, const QString &text,
                          const QString &placeholder) {
        auto *edit = new QLineEdit(text, this);
        edit->setAccessibleName(name);
        edit->setPlaceholderText(placeholder);
        form->addRow(label, edit);
        return edit;
    };
    m_name = line(tr("&Name:"), tr("Name"), user.name, tr("e.g. Maria Schmidt"));
    m_email = line(tr("&Email:"), tr("Email"), user.email, tr("e.g. maria@example.com"));
    m_role = new QComboBox(this);
    for (User::Role role : {User::Role::Rep, User::Role::Manager, User::Role::Admin})
        m_role->addItem(UserModel::roleText(role), int(role));
    m_role->setCurrentIndex(m_role->findData(int(user.role)));
    m_role->setAccessibleName(tr("Role"));
    form->addRow(tr("&Role:"), m_role);
    m_capacity = new QSpinBox(this);
    m_capacity->setRange(0, 100000);
    m_capacity->setValue(user.capacityPerWeek);
    m_capacity->setSuffix(tr(" leads / week"));
    m_capacity->setSpecialValueText(tr("not set"));
    m_capacity->setAccessibleName(tr("Capacity per week"));
    form->addRow(tr("&Capacity:"), m_capacity);
    m_countries = line(tr("C&ountries:"), tr("Countries"), user.countries.join(u", "_s),
        tr("ISO codes, e.g. DE, AT; empty = all"));
    m_industries = line(
        tr("&Industries:"), tr("Industries"), user.industries.join(u", "_s), tr("empty = all"));
    m_products =
        line(tr("&Products:"), tr("Products"), user.products.join(u", "_s), tr("empty = all"));
    m_manager = new QComboBox(this);
    m_manager->addItem(tr("(none)"), qint64(0));
    for (const User &other : users)
        if (other.id != user.id)
            m_manager->addItem(other.name, other.id);
    m_manager->setCurrentIndex(std::max(0, m_manager->findData(user.managerId)));
    m_manager->setAccessibleName(tr("Manager"));
    form->addRow(tr("&Manager:"), m_manager);
    m_active = new QCheckBox(tr("&Active (receives leads)"), this);
    m_active->setChecked(user.active);
    m_active->setAccessibleName(tr("Active"));
    form->addRow(QString(), m_active);

    auto *away = new QHBoxLayout;
    m_away = new QCheckBox(tr("A&way from"), this);
    m_away->setAccessibleName(tr("Record an absence"));
    const QDateTime start = QDateTime(QDate::currentDate().addDays(1), QTime(0, 0));
    m_awayFrom = new QDateTimeEdit(start, this);
    m_awayFrom->setCalendarPopup(true);
    m_awayFrom->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat) + u" HH:mm"_s);
    m_awayFrom->setAccessibleName(tr("Away from"));
    m_awayTo = new QDateTimeEdit(start.addDays(7), this);
    m_awayTo->setCalendarPopup(true);
    m_awayTo->setDisplayFormat(m_awayFrom->displayFormat());
    for (QDateTimeEdit *edit : {m_awayFrom, m_awayTo})
        edit->setMinimumWidth(
            edit->fontMetrics().horizontalAdvance(edit->dateTime().toString(edit->displayFormat()))
            + 48);
    m_awayTo->setAccessibleName(tr("Away until"));
    m_awayNote = new QLineEdit(this);
    m_awayNote->setPlaceholderText(tr("note, e.g. holiday"));
    m_awayNote->setAccessibleName(tr("Absence note"));
    away->addWidget(m_away);
    away->addWidget(m_awayFrom);
    away->addWidget(new QLabel(tr("to"), this));
    away->addWidget(m_awayTo);
    addSettingsRow(form, tr("Absence:"), away, m_away);
    form->addRow(QString(), m_awayNote);
    if (user.id > 0) {
        if (auto absences = service->absences(user.id); absences && !absences->isEmpty()) {
            QStringList lines;
            for (const Absence &absence : std::as_const(*absences))
                lines << tr("%1 – %2 %3")
                             .arg(dateTimeText(absence.from), dateTimeText(absence.to),
                                 absence.note);
            auto *known = new QLabel(lines.join(u'\n'), this);
            known->setAccessibleName(tr("Recorded absences"));
            form->addRow(tr("Recorded:"), known);
        }
    }

    m_message = new QLabel(this);
    m_message->setAccessibleName(tr("Problem with the user"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &UserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    for (QLineEdit *edit : {m_name, m_email, m_countries})
        connect(edit, &QLineEdit::textChanged, this, &UserDialog::updateState);
    connect(m_away, &QCheckBox::toggled, this, &UserDialog::updateState);
    connect(m_awayFrom, &QDateTimeEdit::dateTimeChanged, this, &UserDialog::updateState);
    connect(m_awayTo, &QDateTimeEdit::dateTimeChanged, this, &UserDialog::updateState);
    updateState();
}

User UserDialog::user() const
{
    User user = m_original;
    user.name = m_name->text().trimmed();
    user.email = m_email->text().trimmed();
    user.role = User::Role(m_role->currentData().toInt());
    user.capacityPerWeek = m_capacity->value();
    user.countries = splitList(m_countries->text(), true);
    user.industries = splitList(m_industries->text());
    user.products = splitList(m_products->text());
    user.managerId = m_manager->currentData().toLongLong();
    user.active = m_active->isChecked();
    return user;
}

QString UserDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void UserDialog::updateState()
{
    m_awayFrom->setEnabled(m_away->isChecked());
    m_awayTo->setEnabled(m_away->isChecked());
    m_awayNote->setEnabled(m_away->isChecked());
    QString problem;
    if (auto valid = user().validate(); !valid)
        problem = valid.error().message;
    else if (m_away->isChecked() && m_awayTo->dateTime() <= m_awayFrom->dateTime())
        problem = tr("The absence must end after it starts.");
    showSettingsMessage(m_message, problem, true);
    m_ok->setEnabled(problem.isEmpty());
}

void UserDialog::accept()
{
    updateState();
    if (!m_ok->isEnabled())
        return;
    const User typed = user();
    auto saved = typed.id == 0 ? m_service->add(typed) : m_service->update(typed);
    if (!saved) {
        showSettingsMessage(m_message, saved.error().message, true);
        return;
    }
    m_saved = *saved;
    m_original.id = saved->id; // a second try after a failed absence updates, never adds again
    if (m_away->isChecked()) {
        auto absence = m_service->addAbsence(saved->id, m_awayFrom->dateTime().toUTC(),
            m_awayTo->dateTime().toUTC(), m_awayNote->text().trimmed());
        if (!absence) {
            showSettingsMessage(m_message,
                tr("The user was saved, the absence was not: %1").arg(absence.error().message),
                true);
            return;
        }
    }
    QDialog::accept();
}

// --- RoutingRuleDialog ---------------------------------------------------------------------------

RoutingRuleDialog::RoutingRuleDialog(
    const RoutingRule &rule, const QList<User> &users, QWidget *parent)
    : QDialog(parent)
    , m_original(rule)
{
    setWindowTitle(rule.id == 0 ? tr("Add routing rule") : tr("Edit routing rule"));
    setMinimumWidth(520);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(rule.name, this);
    m_name->setAccessibleName(tr("Name"));
    m_name->setPlaceholderText(tr("e.g. DACH enterprise"));
    form->addRow(tr("&Name:"), m_name);

    m_conditions = new QPlainTextEdit(this);
    m_conditions->setAccessibleName(tr("Conditions, one per line"));
    m_conditions->setPlaceholderText(
        tr("One condition per line, all must hold; empty = every lead.\n"
           "country in DE,AT\nscore >= 60\nemployee_count 51..1000\ntitle ~ director"));
    m_conditions->setTabChangesFocus(true);
    QStringList lines;
    for (const Condition &condition : rule.conditions) {
        // The short form the parser reads back.
        switch (condition.op) {
        case Condition::Operator::In:
            lines << u"%1 in %2"_s.arg(condition.field, condition.values.join(u','));
            break;
        case Condition::Operator::NotIn:
            lines << u"%1 not in %2"_s.arg(condition.field, condition.values.join(u','));
            break;
        case Condition::Operator::Range:
            lines << u"%1 %2..%3"_s.arg(condition.field,
                condition.min ? QString::number(*condition.min) : QString(),
                condition.max ? QString::number(*condition.max) : QString());
            break;
        case Condition::Operator::AtLeast:
            lines << u"%1 >= %2"_s.arg(condition.field, QString::number(condition.min.value_or(0)));
            break;
        case Condition::Operator::Matches:
            lines << u"%1 ~ %2"_s.arg(condition.field, condition.pattern);
            break;
        case Condition::Operator::Present:
            lines << u"%1 present"_s.arg(condition.field);
            break;
        case Condition::Operator::Absent:
            lines << u"%1 absent"_s.arg(condition.field);
            break;
        }
    }
    m_conditions->setPlainText(lines.join(u'\n'));
    m_conditions->setFixedHeight(m_conditions->fontMetrics().lineSpacing() * 6);
    form->addRow(tr("&When:"), m_conditions);

    m_toUser = new QRadioButton(tr("&One user:"), this);
    m_toUser->setAccessibleName(tr("Route to one user"));
    m_user = new QComboBox(this);
    m_user->setAccessibleName(tr("Target user"));
    m_toPool = new QRadioButton(tr("A &pool, round robin by capacity:"), this);
    m_toPool->setAccessibleName(tr("Route to a pool"));
    m_pool = new QListWidget(this);
    m_pool->setAccessibleName(tr("Pool members"));
    m_pool->setFixedHeight(m_pool->fontMetrics().lineSpacing() * 5);
    for (const User &user : users) {
        if (!user.active && user.id != rule.targetUserId && !rule.pool.contains(user.id))
            continue;
        m_user->addItem(user.name, user.id);
        auto *item = new QListWidgetItem(user.name, m_pool);
        item->setData(Qt::UserRole, user.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(rule.pool.contains(user.id) ? Qt::Checked : Qt::Unchecked);
    }
    if (rule.targetUserId > 0)
        m_user->setCurrentIndex(std::max(0, m_user->findData(rule.targetUserId)));
    (rule.pool.isEmpty() ? m_toUser : m_toPool)->setChecked(true);
    form->addRow(tr("Goes to:"), m_toUser);
    form->addRow(QString(), m_user);
    form->addRow(QString(), m_toPool);
    form->addRow(QString(), m_pool);

    auto *sla = new QHBoxLayout;
    m_hasSla = new QCheckBox(tr("&Own deadline:"), this);
    m_hasSla->setAccessibleName(tr("Own first-contact deadline"));
    m_hasSla->setChecked(rule.slaHours.has_value());
    m_sla = new QDoubleSpinBox(this);
    m_sla->setRange(0.25, 1000);
    m_sla->setDecimals(2);
    m_sla->setSingleStep(0.5);
    m_sla->setSuffix(tr(" business hours"));
    m_sla->setValue(rule.slaHours.value_or(4.0));
    m_sla->setAccessibleName(tr("First-contact deadline in business hours"));
    sla->addWidget(m_hasSla);
    sla->addWidget(m_sla, 1);
    addSettingsRow(form, tr("First contact:"), sla, m_hasSla);

    m_enabled = new QCheckBox(tr("&Enabled"), this);
    m_enabled->setChecked(rule.enabled);
    m_enabled->setAccessibleName(tr("Enabled"));
    form->addRow(QString(), m_enabled);

    m_message = new QLabel(this);
    m_message->setAccessibleName(tr("Problem with the rule"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RoutingRuleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_name, &QLineEdit::textChanged, this, &RoutingRuleDialog::updateState);
    connect(m_conditions, &QPlainTextEdit::textChanged, this, &RoutingRuleDialog::updateState);
    connect(m_toUser, &QRadioButton::toggled, this, &RoutingRuleDialog::updateState);
    connect(m_pool, &QListWidget::itemChanged, this, &RoutingRuleDialog::updateState);
    connect(m_user, &QComboBox::currentIndexChanged, this, &RoutingRuleDialog::updateState);
    connect(m_hasSla, &QCheckBox::toggled, this, &RoutingRuleDialog::updateState);
    updateState();
}

Result<RoutingRule> RoutingRuleDialog::rule() const
{
    RoutingRule rule = m_original;
    rule.name = m_name->text().trimmed();
    rule.conditions.clear();
    const QStringList lines = m_conditions->toPlainText().split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].trimmed().isEmpty())
            continue;
        auto condition = Condition::parse(lines[i].trimmed());
        if (!condition) {
            Error error = condition.error();
            error.message = tr("Line %1: %2").arg(i + 1).arg(error.message);
            return fail(error);
        }
        rule.conditions << *condition;
    }
    rule.targetUserId = 0;
    rule.pool.clear();
    if (m_toUser->isChecked()) {
        rule.targetUserId = m_user->currentData().toLongLong();
    } else {
        for (int i = 0; i < m_pool->count(); ++i)
            if (m_pool->item(i)->checkState() == Qt::Checked)
                rule.pool << m_pool->item(i)->data(Qt::UserRole).toLongLong();
    }
    rule.slaHours = m_hasSla->isChecked() ? std::optional<double>(m_sla->value()) : std::nullopt;
    rule.enabled = m_enabled->isChecked();
    if (auto valid = rule.validate(); !valid)
        return fail(valid.error());
    return rule;
}

QString RoutingRuleDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void RoutingRuleDialog::updateState()
{
    m_user->setEnabled(m_toUser->isChecked());
    m_pool->setEnabled(m_toPool->isChecked());
    m_sla->setEnabled(m_hasSla->isChecked());
    const auto checked = rule();
    showSettingsMessage(m_message, checked ? QString() : checked.error().message, true);
    m_ok->setEnabled(checked.has_value());
}

void RoutingRuleDialog::accept()
{
    updateState();
    if (rule())
        QDialog::accept();
}

// --- RoutingSettingsWidget -----------------------------------------------------------------------

RoutingSettingsWidget::RoutingSettingsWidget(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_users(new UserModel(this))
    , m_rules(new RoutingRuleModel(this))
{
    const auto button = [this](const QString &text, const QString &name) {
        auto *b = new QPushButton(text, this);
        b->setAccessibleName(name);
        return b;
    };

    auto *usersBox = new QGroupBox(tr("Users"), this);
    m_userView = new QTableView(usersBox);
    setupTable(m_userView, m_users, tr("Users"), UserModel::Territories);
    m_addUser = button(tr("Add &user…"), tr("Add user"));
    m_editUser = button(tr("Edit u&ser…"), tr("Edit user"));
    connect(m_addUser, &QPushButton::clicked, this, &RoutingSettingsWidget::addUser);
    connect(m_editUser, &QPushButton::clicked, this, &RoutingSettingsWidget::editUser);
    connect(m_userView, &QAbstractItemView::activated, this, &RoutingSettingsWidget::editUser);
    auto *userButtons = new QHBoxLayout;
    userButtons->addWidget(m_addUser);
    userButtons->addWidget(m_editUser);
    userButtons->addStretch();
    auto *usersLayout = new QVBoxLayout(usersBox);
    usersLayout->addWidget(m_userView);
    usersLayout->addLayout(userButtons);

    auto *rulesBox =
        new QGroupBox(tr("Routing rules (the first enabled rule that matches wins)"), this);
    m_ruleView = new QTableView(rulesBox);
    setupTable(m_ruleView, m_rules, tr("Routing rules"), RoutingRuleModel::Conditions);
    m_addRule = button(tr("Add &rule…"), tr("Add routing rule"));
    m_editRule = button(tr("&Edit rule…"), tr("Edit routing rule"));
    m_removeRule = button(tr("Re&move rule"), tr("Remove routing rule"));
    m_up = button(tr("Move u&p"), tr("Move rule up"));
    m_down = button(tr("Move do&wn"), tr("Move rule down"));
    connect(m_addRule, &QPushButton::clicked, this, &RoutingSettingsWidget::addRule);
    connect(m_editRule, &QPushButton::clicked, this, &RoutingSettingsWidget::editRule);
    connect(m_ruleView, &QAbstractItemView::activated, this, &RoutingSettingsWidget::editRule);
    connect(m_removeRule, &QPushButton::clicked, this,
        [this] { removeRule(m_ruleView->currentIndex().row()); });
    connect(m_up, &QPushButton::clicked, this,
        [this] { moveRule(m_ruleView->currentIndex().row(), -1); });
    connect(m_down, &QPushButton::clicked, this,
        [this] { moveRule(m_ruleView->currentIndex().row(), +1); });
    auto *ruleButtons = new QHBoxLayout;
    for (QPushButton *b : {m_addRule, m_editRule, m_removeRule, m_up, m_down})
        ruleButtons->addWidget(b);
    ruleButtons->addStretch();
    auto *rulesLayout = new QVBoxLayout(rulesBox);
    rulesLayout->addWidget(m_ruleView);
    rulesLayout->addLayout(ruleButtons);

    auto *howBox = new QGroupBox(tr("How routing runs"), this);
    m_trigger = new QComboBox(howBox);
    m_trigger->addItem(tr("When a lead becomes MQL"), int(RoutingSettings::Trigger::OnMql));
    m_trigger->addItem(tr("Only by hand (route / backlog)"), int(RoutingSettings::Trigger::Manual));
    m_trigger->setAccessibleName(tr("Routing trigger"));
    m_accountBased = new QCheckBox(
        tr("&Account-based: a lead whose company already has an owner goes to that owner"), howBox);
    m_accountBased->setAccessibleName(tr("Account-based routing"));
    m_reassign = new QCheckBox(tr("Reassign on SLA &breach to the next eligible rep"), howBox);
    m_reassign->setAccessibleName(tr("Reassign on SLA breach"));
    m_saveSettings = new QPushButton(tr("Save routing settin&gs"), howBox);
    m_saveSettings->setAccessibleName(tr("Save routing settings"));
    connect(m_saveSettings, &QPushButton::clicked, this, [this] { saveSettings(); });
    auto *howForm = new QFormLayout(howBox);
    howForm->addRow(tr("Route &leads:"), m_trigger);
    howForm->addRow(QString(), m_accountBased);
    howForm->addRow(QString(), m_reassign);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch();
    saveRow->addWidget(m_saveSettings);
    howForm->addRow(saveRow);

    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("Routing status"));
    m_status->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(usersBox, 3);
    layout->addWidget(rulesBox, 3);
    layout->addWidget(howBox);
    layout->addWidget(m_status);

    connect(m_userView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &RoutingSettingsWidget::updateButtons);
    connect(m_ruleView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &RoutingSettingsWidget::updateButtons);
    refresh();
}

void RoutingSettingsWidget::refresh()
{
    QSqlDatabase db = m_database.connection();
    UserService service(db);
    auto users = service.list(true);
    if (!users) {
        setStatus(users.error().message, true);
        return;
    }
    QHash<qint64, Absence> away;
    QHash<qint64, QString> names;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const User &user : std::as_const(*users)) {
        names.insert(user.id, user.name);
        auto absences = service.absences(user.id);
        if (!absences)
            continue;
        // The absence covering now, else the next one.
        std::optional<Absence> shown;
        for (const Absence &absence : std::as_const(*absences)) {
            if (absence.to <= now)
                continue;
            if (!shown || absence.from < shown->from)
                shown = absence;
        }
        if (shown)
            away.insert(user.id, *shown);
    }
    const int userRow = m_userView->currentIndex().row();
    m_users->setUsers(*users, away);
    if (userRow >= 0 && userRow < m_users->rowCount())
        m_userView->selectRow(userRow);

    auto rules = RoutingRuleStore(db).list();
    if (!rules) {
        setStatus(rules.error().message, true);
        return;
    }
    const int ruleRow = m_ruleView->currentIndex().row();
    m_rules->setRules(*rules, names);
    if (ruleRow >= 0 && ruleRow < m_rules->rowCount())
        m_ruleView->selectRow(ruleRow);

    auto settings = RoutingSettings::load(db);
    if (!settings) {
        setStatus(settings.error().message, true);
        return;
    }
    m_trigger->setCurrentIndex(m_trigger->findData(int(settings->trigger)));
    m_accountBased->setChecked(settings->accountBased);
    m_reassign->setChecked(settings->reassignOnBreach);
    updateButtons();
}

void RoutingSettingsWidget::updateButtons()
{
    const bool writable = !m_database.isReadOnly();
    const int userRow = m_userView->currentIndex().row();
    const int ruleRow = m_ruleView->currentIndex().row();
    m_addUser->setEnabled(writable);
    m_editUser->setEnabled(writable && userRow >= 0);
    m_addRule->setEnabled(writable && m_users->rowCount() > 0);
    m_addRule->setToolTip(m_users->rowCount() > 0 ? QString() : tr("Add a user first."));
    m_editRule->setEnabled(writable && ruleRow >= 0);
    m_removeRule->setEnabled(writable && ruleRow >= 0);
    m_up->setEnabled(writable && ruleRow > 0);
    m_down->setEnabled(writable && ruleRow >= 0 && ruleRow + 1 < m_rules->rowCount());
    for (QWidget *w : {static_cast<QWidget *>(m_trigger), static_cast<QWidget *>(m_accountBased),
             static_cast<QWidget *>(m_reassign), static_cast<QWidget *>(m_saveSettings)})
        w->setEnabled(writable);
}

void RoutingSettingsWidget::setStatus(const QString &text, bool error)
{
    showSettingsMessage(m_status, text, error);
}

QString RoutingSettingsWidget::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void RoutingSettingsWidget::addUser()
{
    UserService service(m_database.connection());
    User user;
    user.capacityPerWeek = 20;
    UserDialog dialog(&service, user, m_users->users(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    setStatus(tr("Added user %1.").arg(dialog.saved().name), false);
    emit changed();
}

void RoutingSettingsWidget::editUser()
{
    const auto user = m_users->userAt(m_userView->currentIndex().row());
    if (!user || m_database.isReadOnly())
        return;
    UserService service(m_database.connection());
    UserDialog dialog(&service, *user, m_users->users(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    setStatus(tr("Saved user %1.").arg(dialog.saved().name), false);
    emit changed();
}

void RoutingSettingsWidget::addRule()
{
    RoutingRuleDialog dialog(RoutingRule(), m_users->users(), this);
    if (dialog.exec() == QDialog::Accepted)
        if (auto rule = dialog.rule())
            saveRule(*rule);
}

void RoutingSettingsWidget::editRule()
{
    const auto rule = m_rules->ruleAt(m_ruleView->currentIndex().row());
    if (!rule || m_database.isReadOnly())
        return;
    RoutingRuleDialog dialog(*rule, m_users->users(), this);
    if (dialog.exec() == QDialog::Accepted)
        if (auto typed = dialog.rule())
            saveRule(*typed);
}

Status RoutingSettingsWidget::saveRule(const RoutingRule &rule)
{
    RoutingRuleStore store(m_database.connection());
    auto saved = rule.id == 0 ? store.add(rule) : store.update(rule);
    if (!saved) {
        setStatus(saved.error().message, true);
        return fail(saved.error());
    }
    refresh();
    for (int row = 0; row < m_rules->rowCount(); ++row)
        if (m_rules->ruleAt(row)->id == saved->id)
            m_ruleView->selectRow(row);
    setStatus(rule.id == 0 ? tr("Added routing rule “%1”.").arg(saved->name)
                           : tr("Saved routing rule “%1”.").arg(saved->name),
        false);
    emit changed();
    return {};
}

Status RoutingSettingsWidget::moveRule(int row, int delta)
{
    const auto rule = m_rules->ruleAt(row);
    const int target = row + delta;
    if (!rule || target < 0 || target >= m_rules->rowCount())
        return fail(ErrorCode::Invalid, tr("The rule cannot move there."));
    if (auto moved = RoutingRuleStore(m_database.connection()).move(rule->id, target + 1); !moved) {
        setStatus(moved.error().message, true);
        return moved;
    }
    refresh();
    m_ruleView->selectRow(target);
    setStatus(tr("Moved “%1” to position %2.").arg(rule->name).arg(target + 1), false);
    emit changed();
    return {};
}

Status RoutingSettingsWidget::removeRule(int row)
{
    const auto rule = m_rules->ruleAt(row);
    if (!rule)
        return fail(ErrorCode::NotFound, tr("Select a rule to remove."));
    if (auto removed = RoutingRuleStore(m_database.connection()).remove(rule->id); !removed) {
        setStatus(removed.error().message, true);
        return removed;
    }
    refresh();
    setStatus(tr("Removed routing rule “%1”.").arg(rule->name), false);
    emit changed();
    return {};
}

Status RoutingSettingsWidget::saveSettings()
{
    RoutingSettings settings;
    settings.trigger = RoutingSettings::Trigger(m_trigger->currentData().toInt());
    settings.accountBased = m_accountBased->isChecked();
    settings.reassignOnBreach = m_reassign->isChecked();
    if (auto saved = settings.save(m_database.connection()); !saved) {
        setStatus(saved.error().message, true);
        return saved;
    }
    setStatus(tr("Saved the routing settings."), false);
    emit changed();
    return {};
}

} // namespace lf
