#pragma once

#include "leadfield.h"
#include "stage.h"

#include <QDateTime>
#include <QJsonObject>
#include <QVariant>

#include <array>

namespace lf {

enum class EmailState { Missing = 0, Valid = 1, Invalid = 2 };

/// A lead as stored: one value per LeadField, null where unset. A plain value type.
/// Text fields hold QString, Integer/Money/Timestamp/Reference fields hold qint64,
/// Stage holds the stage key, Json holds the JSON text.
class Lead
{
public:
    QVariant value(LeadField field) const { return m_values[size_t(field)]; }
    void setValue(LeadField field, const QVariant &value) { m_values[size_t(field)] = value; }
    bool isNull(LeadField field) const { return m_values[size_t(field)].isNull(); }

    QString text(LeadField field) const { return m_values[size_t(field)].toString(); }
    qint64 integer(LeadField field) const { return m_values[size_t(field)].toLongLong(); }
    /// Timestamp fields as UTC date-times (invalid when null).
    QDateTime time(LeadField field) const;

    qint64 id() const { return integer(LeadField::Id); }
    qint64 version() const { return integer(LeadField::Version); }
    Stage stage() const;
    QString displayName() const; ///< "First Last", or the company, or the email
    bool isDeleted() const { return !isNull(LeadField::DeletedAt); }
    QJsonObject customFields() const;

    /// The value for display and export: money as "1234.50", times as ISO 8601 UTC, stage keys.
    QString displayText(LeadField field) const;

    bool operator==(const Lead &) const = default;

private:
    std::array<QVariant, LeadFieldCount> m_values;
};

/// Changes to apply to a lead: field → new value (a null QVariant clears the field).
/// Values may be given as text; the service converts them by the field's type.
using LeadChanges = QList<std::pair<LeadField, QVariant>>;

} // namespace lf
