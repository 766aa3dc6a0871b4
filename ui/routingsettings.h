#pragma once

#include "routing/routingrule.h"
#include "routing/userservice.h"
#include "storage/database.h"
#include "util/result.h"

#include <QAbstractTableModel>
#include <QDialog>
#include <QHash>
#include <QList>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableView;

namespace lf {

/// The users leads are routed to: name, email, role, capacity, territories, manager, active, and
/// the absence covering now or coming next. Read only; UserDialog edits.
class UserModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Email, Role, Capacity, Territories, Manager, Active, Away, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit UserModel(QObject *parent = nullptr);

    /// users, with the absence shown per user id (the current or the next one).
    void setUsers(const QList<User> &users, const QHash<qint64, Absence> &away);
    const QList<User> &users() const { return m_users; }
    std::optional<User> userAt(int row) const;
    /// The name of a user by id ("" when unknown).
    QString nameOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString roleText(User::Role role);

private:
    QList<User> m_users;
    QHash<qint64, Absence> m_away;
};

/// The routing rules in the order they are tried: position, name, conditions, target, SLA,
/// enabled. Read only; RoutingRuleDialog edits.
class RoutingRuleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Position, Name, Conditions, Target, Sla, Enabled, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit RoutingRuleModel(QObject *parent = nullptr);

    void setRules(const QList<RoutingRule> &rules, const QHash<qint64, QString> &userNames);
    const QList<RoutingRule> &rules() const { return m_rules; }
    std::optional<RoutingRule> ruleAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<RoutingRule> m_rules;
    QHash<qint64, QString> m_names;
};

/// Adds or edits a user, and can record an absence ("away from … to …"). Validation messages
/// (User::validate(), the service's refusals) appear under the form; the dialog stays open on an
/// error and writes nothing.
class UserDialog : public QDialog
{
    Q_OBJECT

public:
    /// users: everyone, for the manager list. service must outlive the dialog.
    UserDialog(UserService *service, const User &user, const QList<User> &users,
        QWidget *parent = nullptr);

    /// The user as typed (id of the user edited).
    User user() const;
    /// The user as saved, once accepted.
    User saved() const { return m_saved; }
    QString message() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *emailEdit() const { return m_email; }
    QComboBox *roleBox() const { return m_role; }
    QSpinBox *capacityBox() const { return m_capacity; }
    QLineEdit *countriesEdit() const { return m_countries; }
    QLineEdit *industriesEdit() const { return m_industries; }
    QLineEdit *productsEdit() const { return m_products; }
    QComboBox *managerBox() const { return m_manager; }
    QCheckBox *activeBox() const { return m_active; }
    QCheckBox *awayBox() const { return m_away; }
    QDateTimeEdit *awayFromEdit() const { return m_awayFrom; }
    QDateTimeEdit *awayToEdit() const { return m_awayTo; }

public slots:
    /// Saves through UserService; closes only when that worked.
    void accept() override;

private:
    void updateState();

    UserService *m_service;
    User m_original;
    User m_saved;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    QComboBox *m_role = nullptr;
    QSpinBox *m_capacity = nullptr;
    QLineEdit *m_countries = nullptr;
    QLineEdit *m_industries = nullptr;
    QLineEdit *m_products = nullptr;
    QComboBox *m_manager = nullptr;
    QCheckBox *m_active = nullptr;
    QCheckBox *m_away = nullptr;
    QDateTimeEdit *m_awayFrom = nullptr;
    QDateTimeEdit *m_awayTo = nullptr;
    QLineEdit *m_awayNote = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_ok = nullptr;
};

/// Adds or edits a routing rule. Conditions are typed one per line in the CLI's short form
/// ("country in DE,AT", "score >= 60") and parsed by Condition::parse(); its message, with the line
/// number, appears under the form as the user types, and OK stays disabled until every line parses.
class RoutingRuleDialog : public QDialog
{
    Q_OBJECT

public:
    RoutingRuleDialog(const RoutingRule &rule, const QList<User> &users, QWidget *parent = nullptr);

    /// The rule as typed, or the first problem with it.
    Result<RoutingRule> rule() const;
    QString message() const;
    QPushButton *okButton() const { return m_ok; }

    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *conditionsEdit() const { return m_conditions; }
    QRadioButton *userButton() const { return m_toUser; }
    QRadioButton *poolButton() const { return m_toPool; }
    QComboBox *userBox() const { return m_user; }
    QListWidget *poolList() const { return m_pool; }
    QCheckBox *slaBox() const { return m_hasSla; }
    QDoubleSpinBox *slaHoursBox() const { return m_sla; }
    QCheckBox *enabledBox() const { return m_enabled; }

public slots:
    void accept() override;

private:
    void updateState();

    RoutingRule m_original;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_conditions = nullptr;
    QRadioButton *m_toUser = nullptr;
    QRadioButton *m_toPool = nullptr;
    QComboBox *m_user = nullptr;
    QListWidget *m_pool = nullptr;
    QCheckBox *m_hasSla = nullptr;
    QDoubleSpinBox *m_sla = nullptr;
    QCheckBox *m_enabled = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_ok = nullptr;
};

/// Routing settings: the users (add, edit, away periods), the ordered routing rules (add, edit,
/// remove, move up and down) and how routing runs (trigger, account-based, reassign on SLA
/// breach). Every write goes through UserService, RoutingRuleStore and RoutingSettings. The
/// database must outlive the widget.
class RoutingSettingsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit RoutingSettingsWidget(Database &database, QWidget *parent = nullptr);

    void refresh();

    UserModel *userModel() const { return m_users; }
    RoutingRuleModel *ruleModel() const { return m_rules; }
    QTableView *userView() const { return m_userView; }
    QTableView *ruleView() const { return m_ruleView; }
    QComboBox *triggerBox() const { return m_trigger; }
    QCheckBox *accountBasedBox() const { return m_accountBased; }
    QCheckBox *reassignBox() const { return m_reassign; }
    QPushButton *saveSettingsButton() const { return m_saveSettings; }
    QString statusText() const;

    /// Stores a rule typed in a RoutingRuleDialog (add when its id is 0); shows the error.
    Status saveRule(const RoutingRule &rule);
    /// Moves the rule in row by delta positions (-1 up, +1 down).
    Status moveRule(int row, int delta);
    Status removeRule(int row);
    /// Writes the trigger and the two switches.
    Status saveSettings();

signals:
    void changed();

private:
    void addUser();
    void editUser();
    void addRule();
    void editRule();
    void updateButtons();
    void setStatus(const QString &text, bool error);

    Database &m_database;
    UserModel *m_users = nullptr;
    RoutingRuleModel *m_rules = nullptr;
    QTableView *m_userView = nullptr;
    QTableView *m_ruleView = nullptr;
    QPushButton *m_addUser = nullptr;
    QPushButton *m_editUser = nullptr;
    QPushButton *m_addRule = nullptr;
    QPushButton *m_editRule = nullptr;
    QPushButton *m_removeRule = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QComboBox *m_trigger = nullptr;
    QCheckBox *m_accountBased = nullptr;
    QCheckBox *m_reassign = nullptr;
    QPushButton *m_saveSettings = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace lf
