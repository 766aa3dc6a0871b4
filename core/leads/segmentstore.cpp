#include "segmentstore.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace lf {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SegmentStore", text);
}

const QString selectColumns = u"SELECT id, name, query, created_at, updated_at FROM segments"_s;

Result<Segment> readSegment(const QSqlQuery &query)
{
    Segment segment;
    segment.id = query.value(0).toLongLong();
    segment.name = query.value(1).toString();
    QJsonParseError parseError {};
    const QJsonDocument document =
        QJsonDocument::fromJson(query.value(2).toString().toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return fail(ErrorCode::Parse,
            tr("The saved segment \"%1\" cannot be read: %2.")
                .arg(segment.name, parseError.errorString()));
    Result<LeadQuery> filters = leadQueryFromJson(document.object());
    if (!filters)
        return fail(ErrorCode::Parse,
            tr("The saved segment \"%1\" cannot be read: %2")
                .arg(segment.name, filters.error().message));
    segment.query = *filters;
    segment.createdAt = QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong(), Qt::UTC);
    segment.updatedAt = QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), Qt::UTC);
    return segment;
}

} // namespace

SegmentStore::SegmentStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<QList<Segment>> SegmentStore::list() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(selectColumns + u" ORDER BY name_key, id"_s))
        return fail(databaseError(query, tr("Cannot list the saved segments")));
    QList<Segment> segments;
    while (query.next()) {
        Result<Segment> segment = readSegment(query);
        if (!segment)
            return fail(segment.error());
        segments.append(*segment);
    }
    return segments;
}

Result<Segment> SegmentStore::get(const QString &nameOrId) const
{
    const QString wanted = nameOrId.trimmed();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // A name wins over an id, so a segment called "2" is found by its name.
    query.prepare(selectColumns + u" WHERE name_key = ?"_s);
    query.addBindValue(wanted.toCaseFolded());
    if (!query.exec())
        return fail(databaseError(query, tr("Cannot read the saved segments")));
    if (query.next())
        return readSegment(query);
    bool isNumber = false;
    const qint64 id = wanted.toLongLong(&isNumber);
    if (isNumber) {
        query.prepare(selectColumns + u" WHERE id = ?"_s);
        query.addBindValue(id);
        if (!query.exec())
            return fail(databaseError(query, tr("Cannot read the saved segments")));
        if (query.next())
            return readSegment(query);
    }
    return fail(ErrorCode::NotFound, tr("There is no saved segment \"%1\".").arg(wanted));
}

Result<Segment> SegmentStore::save(const QString &name, const LeadQuery &query)
{
    const QString cleaned = name.simplified();
    if (cleaned.isEmpty())
        return fail(ErrorCode::Invalid, tr("A saved segment needs a name."), u"name"_s);
    const QString json =
        QString::fromUtf8(QJsonDocument(toJson(query)).toJson(QJsonDocument::Compact));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    Transaction transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return fail(begun.error());
    QSqlQuery write(m_db);
    // Replacing keeps the id and the creation time; the name takes the spelling given now.
    write.prepare(
        u"INSERT INTO segments (name, name_key, query, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (name_key) DO UPDATE SET "
        "name = excluded.name, query = excluded.query, updated_at = excluded.updated_at"_s);
    write.addBindValue(cleaned);
    write.addBindValue(cleaned.toCaseFolded());
    write.addBindValue(json);
    write.addBindValue(now);
    write.addBindValue(now);
    if (!write.exec())
        return fail(databaseError(write, tr("Cannot save the segment \"%1\"").arg(cleaned)));
    if (Status committed = transaction.commit(); !committed)
        return fail(committed.error());
    return get(cleaned);
}

Status SegmentStore::remove(const QString &nameOrId)
{
    Result<Segment> segment = get(nameOrId);
    if (!segment)
        return fail(segment.error());
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM segments WHERE id = ?"_s);
    query.addBindValue(segment->id);
    if (!query.exec())
        return fail(
            databaseError(query, tr("Cannot delete the saved segment \"%1\"").arg(segment->name)));
    return {};
}

} // namespace lf
