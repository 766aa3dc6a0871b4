#include "lead.h"

#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace lf {

QDateTime Lead::time(LeadField field) const
{
    if (isNull(field))
        return {};
    return QDateTime::fromMSecsSinceEpoch(integer(field), Qt::UTC);
}

Stage Lead::stage() const
{
    return stageFromString(text(LeadField::Stage)).value_or(Stage::New);
}

QString Lead::displayName() const
{
    const QString name =
        QStringList {text(LeadField::FirstName), text(LeadField::LastName)}.join(u' ').trimmed();
    if (!name.isEmpty())
        return name;
    if (!text(LeadField::Company).isEmpty())
        return text(LeadField::Company);
    return text(LeadField::Email);
}

QJsonObject Lead::customFields() const
{
    return QJsonDocument::fromJson(text(LeadField::CustomFields).toUtf8()).object();
}

QString Lead::displayText(LeadField field) const
{
    if (isNull(field))
        return {};
    switch (fieldInfo(field).type) {
    case FieldType::Money: {
        const qint64 cents = integer(field);
        const qint64 magnitude = cents < 0 ? -cents : cents;
        return u"%1%2.%3"_s.arg(cents < 0 ? u"-"_s : QString())
            .arg(magnitude / 100)
            .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    }
    case FieldType::Timestamp:
        return time(field).toString(Qt::ISODateWithMs);
    case FieldType::Text:
    case FieldType::Integer:
    case FieldType::Stage:
    case FieldType::Reference:
    case FieldType::Json:
        break;
    }
    return text(field);
}

} // namespace lf
