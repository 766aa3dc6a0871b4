#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QString>

namespace lf {

/// Key/value settings kept in the database (so a team shares them), not in QSettings.
class Settings
{
public:
    explicit Settings(QSqlDatabase db);

    /// The value, or fallback when unset or unreadable.
    QString value(const QString &key, const QString &fallback = {}) const;
    Status setValue(const QString &key, const QString &value);

    /// Region for phone numbers written without a country code ("phone.default_region"):
    /// the stored value, else the system locale's country, else "US".
    QString defaultPhoneRegion() const;

    static inline const QString PhoneDefaultRegion = QStringLiteral("phone.default_region");

private:
    QSqlDatabase m_db;
};

} // namespace lf
