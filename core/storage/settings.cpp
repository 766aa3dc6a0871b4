#include "settings.h"

#include "database.h"
#include "domain/normalizer.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace lf {

Settings::Settings(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString Settings::value(const QString &key, const QString &fallback) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT value FROM settings WHERE key = ?"_s);
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return fallback;
    return query.value(0).toString();
}

Status Settings::setValue(const QString &key, const QString &value)
{
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO settings (key, value) VALUES (?, ?) "
                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec())
        return fail(databaseError(
            query, QCoreApplication::translate("Settings", "Cannot save the setting %1").arg(key)));
    return {};
}

QString Settings::defaultPhoneRegion() const
{
    const QString stored = value(PhoneDefaultRegion).toUpper();
    if (Normalizer::isCountryCode(stored))
        return stored;
    const QString system = QLocale::territoryToCode(QLocale::system().territory());
    if (Normalizer::isCountryCode(system))
        return system;
    return u"US"_s;
}

} // namespace lf
