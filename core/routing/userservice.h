#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

namespace lf {

class Lead;

/// A person leads are routed to, or who manages those people.
struct User
{
    enum class Role { Rep, Manager, Admin };

    qint64 id = 0;
    QString name;
    QString email;
    Role role = Role::Rep;
    bool active = true;
    /// Leads a week this person can take; routing weighs round robin by it (0 counts as 1).
    int capacityPerWeek = 0;
    /// Territories and skills; an empty list accepts every value.
    QStringList countries; ///< ISO alpha-2 codes
    QStringList industries;
    QStringList products;
    qint64 managerId = 0; ///< who SLA breaches escalate to; 0 = none

    static QString roleKey(Role role);
    static std::optional<Role> roleFromString(QStringView text);
    /// Whether the lead falls in this person's territories (country, industry, and a custom
    /// field "product" when the lead has one).
    bool covers(const Lead &lead) const;
    Status validate() const;
};

/// A period a user is away: routing skips them, SLA escalation goes past them.
struct Absence
{
    qint64 id = 0;
    qint64 userId = 0;
    QDateTime from; ///< UTC, inclusive
    QDateTime to; ///< UTC, exclusive
    QString note;
};

/// The users and user_absences tables.
class UserService
{
public:
    explicit UserService(QSqlDatabase db);

    Result<User> add(User user);
    /// Saves every field of user (found by id).
    Result<User> update(const User &user);
    Result<User> get(qint64 id) const;
    /// A user by id, email or name (case-insensitive), else by a first name or the part of the
    /// email before @ that only one user has; an ambiguous name is an error listing them.
    Result<User> find(const QString &idNameOrEmail) const;
    Result<QList<User>> list(bool includeInactive = true) const;

    Result<Absence> addAbsence(
        qint64 userId, const QDateTime &from, const QDateTime &to, const QString &note = {});
    Result<QList<Absence>> absences(qint64 userId) const;
    /// Cancels the user's absences from `now` on: one under way ends now (its past stays on
    /// record), later ones are removed. Returns how many were ended or removed.
    Result<qint64> clearAbsences(qint64 userId, const QDateTime &now);
    /// The absence covering `at`, if any.
    Result<std::optional<Absence>> awayAt(qint64 userId, const QDateTime &at) const;

private:
    QSqlDatabase m_db;
};

} // namespace lf
