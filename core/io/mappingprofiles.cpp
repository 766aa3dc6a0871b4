#include "mappingprofiles.h"

#include "io/headermapping.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
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
    // [[header, target], ...] with the headers as the file had them.
    QJsonArray pairs;
    for (qsizetype i = 0; i < headers.size() && i < columns.size(); ++i)
        pairs.append(QJsonArray {headers[i].trimmed(), targetName(columns[i])});
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO mapping_profiles (name, kind, columns, created_at, updated_at) "
                  "VALUES (?, 'leads', ?, ?, ?) ON CONFLICT (name) DO UPDATE SET "
                  "columns = excluded.columns, updated_at = excluded.updated_at"_s);
    query.addBindValue(name.trimmed());
    query.addBindValue(QString::fromUtf8(QJsonDocument(pairs).toJson(QJsonDocument::Compact)));
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
    // A header is found by its exact text, else by its normalized form when only one saved header
    // has that form ("E-Mail" for "Email"; but "Phone" and "Phone #" stay apart).
    QHash<QString, QString> exact;
    QHash<QString, QString> normalized;
    QSet<QString> ambiguous;
    // Profiles are [[header, target], ...]; the first ones were {normalized header: target}.
    const QJsonDocument document = QJsonDocument::fromJson(query.value(0).toString().toUtf8());
    QJsonArray pairs = document.array();
    if (document.isObject()) {
        const QJsonObject object = document.object();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            pairs.append(QJsonArray {it.key(), it->toString()});
    }
    for (const QJsonValue &pair : std::as_const(pairs)) {
        const QString header = pair[0].toString();
        const QString target = pair[1].toString();
        exact.insert(header, target);
        const QString key = HeaderMapping::normalizeHeader(header);
        if (normalized.contains(key))
            ambiguous.insert(key);
        normalized.insert(key, target);
    }
    QList<ColumnMapping> columns = LeadImporter::suggestMapping(headers);
    QList<bool> fromProfile(headers.size(), false);
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QString header = headers[i].trimmed();
        const QString key = HeaderMapping::normalizeHeader(header);
        QString target;
        if (exact.contains(header))
            target = exact.value(header);
        else if (normalized.contains(key) && !ambiguous.contains(key))
            target = normalized.value(key);
        else
            continue;
        if (const auto mapping = fromTargetName(target)) {
            columns[i] = *mapping;
            fromProfile[i] = true;
        }
    }
    // A field the profile gives one column is taken from any other column suggested it.
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns[i].kind != ColumnMapping::Kind::Field || fromProfile[i])
            continue;
        for (qsizetype j = 0; j < columns.size(); ++j) {
            if (j != i && fromProfile[j] && columns[j] == columns[i])
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
