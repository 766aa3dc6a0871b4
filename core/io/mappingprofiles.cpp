#include "mappingprofiles.h"

#include "io/headermapping.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace lf {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MappingProfiles", text);
}

} // namespace

MappingProfiles::MappingProfiles(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString MappingProfiles::targetName(const ColumnMapping &mapping)
{
    switch (mapping.kind) {
    case ColumnMapping::Kind::Field:
        return fieldKey(mapping.field);
    case ColumnMapping::Kind::FullName:
        return u"full_name"_s;
    case ColumnMapping::Kind::Custom:
        return u"custom"_s;
    case ColumnMapping::Kind::Drop:
        break;
    }
    return u"drop"_s;
}

std::optional<ColumnMapping> MappingProfiles::fromTargetName(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key == u"full_name"_s)
        return ColumnMapping {ColumnMapping::Kind::FullName, LeadField::Id};
    if (key == u"custom"_s)
        return ColumnMapping {ColumnMapping::Kind::Custom, LeadField::Id};
    if (key == u"drop"_s)
        return ColumnMapping {ColumnMapping::Kind::Drop, LeadField::Id};
    const auto field = fieldFromName(key);
    if (!field || !fieldInfo(*field).editable)
        return std::nullopt;
    return ColumnMapping::toField(*field);
}

Status MappingProfiles::save(
    const QString &name, const QStringList &headers, const QList<ColumnMapping> &columns)
{
    if (name.trimmed().isEmpty())
        return fail(ErrorCode::Invalid, tr("A mapping profile needs a name."));
    QJsonObject object;
    for (qsizetype i = 0; i < headers.size() && i < columns.size(); ++i)
        object.insert(HeaderMapping::normalizeHeader(headers[i]), targetName(columns[i]));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO mapping_profiles (name, kind, columns, created_at, updated_at) "
                  "VALUES (?, 'leads', ?, ?, ?) ON CONFLICT (name) DO UPDATE SET "
                  "columns = excluded.columns, updated_at = excluded.updated_at"_s);
    query.addBindValue(name.trimmed());
    query.addBindValue(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec())
        return fail(databaseError(query, tr("Cannot save the mapping profile %1").arg(name)));
    return {};
}

Result<QList<ColumnMapping>> MappingProfiles::apply(
    const QString &name, const QStringList &headers) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT columns FROM mapping_profiles WHERE name = ?"_s);
    query.addBindValue(name.trimmed());
    if (!query.exec())
        return fail(databaseError(query, tr("Cannot read the mapping profile %1").arg(name)));
    if (!query.next()) {
        auto known = names();
        return fail(ErrorCode::NotFound,
            tr("There is no mapping profile \"%1\" (saved profiles: %2).")
                .arg(name, known && !known->isEmpty() ? known->join(u", "_s) : tr("none")));
    }
    const QJsonObject object = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    QList<ColumnMapping> columns = LeadImporter::suggestMapping(headers);
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QString key = HeaderMapping::normalizeHeader(headers[i]);
        if (!object.contains(key))
            continue;
        if (const auto mapping = fromTargetName(object.value(key).toString()))
            columns[i] = *mapping;
    }
    // A field the profile gives one column is taken from any other column that was suggested it.
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns[i].kind != ColumnMapping::Kind::Field
            || object.contains(HeaderMapping::normalizeHeader(headers[i])))
            continue;
        for (qsizetype j = 0; j < columns.size(); ++j) {
            if (j != i && columns[j] == columns[i]
                && object.contains(HeaderMapping::normalizeHeader(headers[j])))
                columns[i] = ColumnMapping {ColumnMapping::Kind::Custom, LeadField::Id};
        }
    }
    return columns;
}

Result<QStringList> MappingProfiles::names() const
{
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT name FROM mapping_profiles ORDER BY name"_s))
        return fail(databaseError(query, tr("Cannot read the mapping profiles")));
    QStringList list;
    while (query.next())
        list << query.value(0).toString();
    return list;
}

Status MappingProfiles::remove(const QString &name)
{
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM mapping_profiles WHERE name = ?"_s);
    query.addBindValue(name.trimmed());
    if (!query.exec())
        return fail(databaseError(query, tr("Cannot delete the mapping profile %1").arg(name)));
    if (query.numRowsAffected() == 0)
        return fail(ErrorCode::NotFound, tr("There is no mapping profile \"%1\".").arg(name));
    return {};
}

} // namespace lf
