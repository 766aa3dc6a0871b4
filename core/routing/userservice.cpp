#include "userservice.h"

#include "domain/lead.h"
#include "domain/normalizer.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace lf {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Users", text);
}

const QString selectUsers = u"SELECT id, name, email, role, active, capacity_per_week, "
                            "territories, manager_id FROM users"_s;

User readUser(const QSqlQuery &query)
{
    User user;
    user.id = query.value(0).toLongLong();
    user.name = query.value(1).toString();
    user.email = query.value(2).toString();
    user.role = User::roleFromString(query.value(3).toString()).value_or(User::Role::Rep);
    user.active = query.value(4).toBool();
    user.capacityPerWeek = query.value(5).toInt();
    const QJsonObject territories =
        QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
    const auto list = [&](const QString &key) {
        QStringList out;
        for (const QJsonValue &value : territories.value(key).toArray())
            out << value.toString();
        return out;
    };
    user.countries = list(u"countries"_s);
    user.industries = list(u"industries"_s);
    user.products = list(u"products"_s);
    user.managerId = query.value(7).toLongLong();
    return user;
}

QVariant territoriesJson(const User &user)
{
    QJsonObject object;
    if (!user.countries.isEmpty())
        object.insert(u"countries"_s, QJsonArray::fromStringList(user.countries));
    if (!user.industries.isEmpty())
        object.insert(u"industries"_s, QJsonArray::fromStringList(user.industries));
    if (!user.products.isEmpty())
        object.insert(u"products"_s, QJsonArray::fromStringList(user.products));
    if (object.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

bool containsFolded(const QStringList &list, const QString &value)
{
    return list.contains(value.trimmed(), Qt::CaseInsensitive);
}

QVariant nullIfZero(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

/// The manager must exist and must not, through their own managers, report to the user.
Status checkManager(QSqlDatabase &db, const User &user)
{
    QList<qint64> seen;
    for (qint64 id = user.managerId; id > 0;) {
        if (user.id > 0 && id == user.id)
            return fail(ErrorCode::Invalid,
                tr("%1 cannot be managed by someone who reports to them.").arg(user.name),
                u"manager"_s);
        if (seen.contains(id))
            break; // a loop above, not through this user
        seen << id;
        QSqlQuery query(db);
        query.prepare(u"SELECT manager_id FROM users WHERE id = ?"_s);
        query.addBindValue(id);
        if (!query.exec())
            return fail(databaseError(query, tr("Cannot read the users")));
        if (!query.next()) {
            if (id == user.managerId)
                return fail(ErrorCode::NotFound,
                    tr("There is no user %1 to be the manager.").arg(id), u"manager"_s);
            break;
        }
        id = query.value(0).toLongLong();
    }
    return {};
}

} // namespace

QString User::roleKey(Role role)
{
    switch (role) {
    case Role::Rep:
        return u"rep"_s;
    case Role::Manager:
        return u"manager"_s;
    case Role::Admin:
        return u"admin"_s;
    }
    return {};
}

std::optional<User::Role> User::roleFromString(QStringView text)
{
    for (Role role : {Role::Rep, Role::Manager, Role::Admin}) {
        if (text.trimmed().compare(roleKey(role), Qt::CaseInsensitive) == 0)
            return role;
    }
    return std::nullopt;
}

bool User::covers(const Lead &lead) const
{
    if (!countries.isEmpty() && !countries.contains(lead.text(LeadField::Country)))
        return false;
    if (!industries.isEmpty() && !containsFolded(industries, lead.text(LeadField::Industry)))
        return false;
    if (!products.isEmpty()) {
        const QString product = lead.customFields().value(u"product"_s).toString();
        if (!product.isEmpty() && !containsFolded(products, product))
            return false;
    }
    return true;
}

Status User::validate() const
{
    if (name.trimmed().isEmpty())
        return fail(ErrorCode::Invalid, tr("A user needs a name."), u"name"_s);
    static const QRegularExpression mail(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    if (!email.isEmpty() && !mail.match(email).hasMatch())
        return fail(
            ErrorCode::Invalid, tr("\"%1\" is not an email address.").arg(email), u"email"_s);
    if (capacityPerWeek < 0 || capacityPerWeek > 100000)
        return fail(ErrorCode::Invalid,
            tr("Capacity must be between 0 and 100000 leads a week, not %1.").arg(capacityPerWeek),
            u"capacity"_s);
    for (const QString &country : countries) {
        if (Normalizer::countryCode(country) != country)
            return fail(ErrorCode::Invalid,
                tr("\"%1\" is not a two-letter ISO country code.").arg(country), u"territory"_s);
    }
    return {};
}

UserService::UserService(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<User> UserService::add(User user)
{
    for (QString &country : user.countries) {
        const QString code = Normalizer::countryCode(country);
        if (!code.isEmpty())
            country = code;
    }
    // Validate what is stored: " ann@example.com " is saved trimmed, so it is checked trimmed.
    user.name = user.name.trimmed();
    user.email = user.email.trimmed();
    if (auto valid = user.validate(); !valid)
        return fail(valid.error());
    if (auto manager = checkManager(m_db, user); !manager)
        return fail(manager.error());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery insert(m_db);
    insert.prepare(u"INSERT INTO users (name, email, role, active, capacity_per_week, territories, "
                   "manager_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    insert.addBindValue(user.name.trimmed());
    insert.addBindValue(user.email.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                             : QVariant(user.email.trimmed().toLower()));
    insert.addBindValue(User::roleKey(user.role));
    insert.addBindValue(user.active ? 1 : 0);
    insert.addBindValue(user.capacityPerWeek);
    insert.addBindValue(territoriesJson(user));
    insert.addBindValue(nullIfZero(user.managerId));
    insert.addBindValue(now);
    insert.addBindValue(now);
    if (!insert.exec()) {
        if (insert.lastError().nativeErrorCode() == u"2067"_s
            || insert.lastError().text().contains(u"UNIQUE"_s))
            return fail(ErrorCode::Conflict,
                tr("There is already a user with the email %1.").arg(user.email), u"email"_s);
        return fail(databaseError(insert, tr("Cannot add the user")));
    }
    user.id = insert.lastInsertId().toLongLong();
    user.email = user.email.trimmed().toLower();
    user.name = user.name.trimmed();
    return user;
}

Result<User> UserService::update(const User &user)
{
    User next = user;
    for (QString &country : next.countries) {
        const QString code = Normalizer::countryCode(country);
        if (!code.isEmpty())
            country = code;
    }
    next.name = next.name.trimmed();
    next.email = next.email.trimmed();
    if (auto valid = next.validate(); !valid)
        return fail(valid.error());
    if (next.managerId == next.id)
        return fail(ErrorCode::Invalid, tr("A user cannot be their own manager."), u"manager"_s);
    if (auto manager = checkManager(m_db, next); !manager)
        return fail(manager.error());
    QSqlQuery update(m_db);
    update.prepare(u"UPDATE users SET name = ?, email = ?, role = ?, active = ?, "
                   "capacity_per_week = ?, territories = ?, manager_id = ?, updated_at = ? "
                   "WHERE id = ?"_s);
    update.addBindValue(next.name.trimmed());
    update.addBindValue(next.email.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                             : QVariant(next.email.trimmed().toLower()));
    update.addBindValue(User::roleKey(next.role));
    update.addBindValue(next.active ? 1 : 0);
    update.addBindValue(next.capacityPerWeek);
    update.addBindValue(territoriesJson(next));
    update.addBindValue(nullIfZero(next.managerId));
    update.addBindValue(QDateTime::currentMSecsSinceEpoch());
    update.addBindValue(next.id);
    if (!update.exec()) {
        if (update.lastError().nativeErrorCode() == u"2067"_s
            || update.lastError().text().contains(u"UNIQUE"_s))
            return fail(ErrorCode::Conflict,
                tr("There is already a user with the email %1.").arg(next.email), u"email"_s);
        return fail(databaseError(update, tr("Cannot save user %1").arg(next.id)));
    }
    if (update.numRowsAffected() != 1)
        return fail(ErrorCode::NotFound, tr("There is no user %1.").arg(next.id));
    return get(next.id);
}

Result<User> UserService::get(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(selectUsers + u" WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec())
        return fail(databaseError(query, tr("Cannot read the users")));
    if (!query.next())
        return fail(ErrorCode::NotFound, tr("There is no user %1.").arg(id));
    return readUser(query);
}

Result<User> UserService::find(const QString &idNameOrEmail) const
{
    const QString wanted = idNameOrEmail.trimmed();
    // Nothing to look for; without this a blank name found the first user without an email.
    if (wanted.isEmpty())
        return fail(ErrorCode::NotFound, tr("Give a user: an id, an email or a name."));
    bool isNumber = false;
    const qint64 id = wanted.toLongLong(&isNumber);
    if (isNumber)
        return get(id);
    auto users = list();
    if (!users)
        return fail(users.error());
    QList<User> matches;
    for (const User &user : std::as_const(*users)) {
        if (user.email.compare(wanted, Qt::CaseInsensitive) == 0)
            return user;
        if (user.name.compare(wanted, Qt::CaseInsensitive) == 0)
            matches << user;
    }
    if (matches.isEmpty()) {
        // "ann" for Ann Lee or ann@example.com, when only one person fits.
        for (const User &user : std::as_const(*users)) {
            const QString first = user.name.section(u' ', 0, 0);
            const QString local = user.email.section(u'@', 0, 0);
            if (first.compare(wanted, Qt::CaseInsensitive) == 0
                || local.compare(wanted, Qt::CaseInsensitive) == 0)
                matches << user;
        }
    }
    if (matches.size() == 1)
        return matches.constFirst();
    if (matches.isEmpty())
        return fail(ErrorCode::NotFound,
            tr("There is no user \"%1\" (give an id, an email or a name).").arg(wanted));
    QStringList which;
    for (const User &user : std::as_const(matches))
        which << u"%1 (%2)"_s.arg(user.id).arg(user.email);
    return fail(ErrorCode::Invalid,
        tr("Several users are called \"%1\": %2. Give the id or the email.")
            .arg(wanted, which.join(u", "_s)));
}

Result<QList<User>> UserService::list(bool includeInactive) const
{
    QSqlQuery query(m_db);
    if (!query.exec(selectUsers + (includeInactive ? QString() : u" WHERE active = 1"_s)
            + u" ORDER BY name COLLATE NOCASE, id"_s))
        return fail(databaseError(query, tr("Cannot read the users")));
    QList<User> users;
    while (query.next())
        users << readUser(query);
    return users;
}

Result<Absence> UserService::addAbsence(
    qint64 userId, const QDateTime &from, const QDateTime &to, const QString &note)
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return fail(ErrorCode::Invalid, tr("An absence needs a start before its end."), u"away"_s);
    auto user = get(userId);
    if (!user)
        return fail(user.error());
    QSqlQuery insert(m_db);
    insert.prepare(u"INSERT INTO user_absences (user_id, starts_at, ends_at, note) "
                   "VALUES (?, ?, ?, ?)"_s);
    insert.addBindValue(userId);
    insert.addBindValue(from.toMSecsSinceEpoch());
    insert.addBindValue(to.toMSecsSinceEpoch());
    insert.addBindValue(note.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(note));
    if (!insert.exec())
        return fail(databaseError(insert, tr("Cannot save the absence")));
    return Absence {insert.lastInsertId().toLongLong(), userId, from.toUTC(), to.toUTC(), note};
}

Result<qint64> UserService::clearAbsences(qint64 userId, const QDateTime &now)
{
    auto user = get(userId);
    if (!user)
        return fail(user.error());
    Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    qint64 changed = 0;
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM user_absences WHERE user_id = ? AND starts_at >= ?"_s);
    query.addBindValue(userId);
    query.addBindValue(now.toMSecsSinceEpoch());
    if (!query.exec())
        return fail(databaseError(query, tr("Cannot remove the absences")));
    changed += query.numRowsAffected();
    query.prepare(u"UPDATE user_absences SET ends_at = ? WHERE user_id = ? AND starts_at < ? "
                  "AND ends_at > ?"_s);
    query.addBindValue(now.toMSecsSinceEpoch());
    query.addBindValue(userId);
    query.addBindValue(now.toMSecsSinceEpoch());
    query.addBindValue(now.toMSecsSinceEpoch());
    if (!query.exec())
        return fail(databaseError(query, tr("Cannot end the absence")));
    changed += query.numRowsAffected();
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return changed;
}

Result<QList<Absence>> UserService::absences(qint64 userId) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT id, user_id, starts_at, ends_at, note FROM user_absences "
                  "WHERE user_id = ? ORDER BY starts_at"_s);
    query.addBindValue(userId);
    if (!query.exec())
        return fail(databaseError(query, tr("Cannot read the absences")));
    QList<Absence> out;
    while (query.next())
        out << Absence {query.value(0).toLongLong(), query.value(1).toLongLong(),
            QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC),
            QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong(), Qt::UTC),
            query.value(4).toString()};
    return out;
}

Result<std::optional<Absence>> UserService::awayAt(qint64 userId, const QDateTime &at) const
{
    auto all = absences(userId);
    if (!all)
        return fail(all.error());
    for (const Absence &absence : std::as_const(*all)) {
        if (absence.from <= at && at < absence.to)
            return std::optional<Absence>(absence);
    }
    return std::optional<Absence>();
}

} // namespace lf
