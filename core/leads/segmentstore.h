#pragma once

#include "leadquery.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace lf {

/// A saved set of lead filters with a name: a "saved view" in the lead table and a "segment" in
/// the reports and the dashboard. Only the filters of the query are kept (not sort or page).
struct Segment
{
    qint64 id = 0;
    QString name;
    LeadQuery query;
    QDateTime createdAt;
    QDateTime updatedAt;
};

/// The saved segments, kept in the database so a team shares them.
class SegmentStore
{
public:
    explicit SegmentStore(QSqlDatabase db);

    Result<QList<Segment>> list() const; ///< by name
    /// By name (case-insensitive) or id; ErrorCode::NotFound names what was looked for.
    Result<Segment> get(const QString &nameOrId) const;
    /// Saves under a name, replacing a segment of the same name. An empty name is refused.
    Result<Segment> save(const QString &name, const LeadQuery &query);
    Status remove(const QString &nameOrId);

private:
    QSqlDatabase m_db;
};

} // namespace lf
