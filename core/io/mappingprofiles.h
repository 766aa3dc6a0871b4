#pragma once

#include "io/leadimporter.h"
#include "util/result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace lf {

/// Named column mappings kept in the database, so the same export from another CRM imports the
/// same way next time. A profile maps header names to what the column becomes; a file's header is
/// found by its exact text, else by HeaderMapping::normalizeHeader() when that is unambiguous.
class MappingProfiles
{
public:
    explicit MappingProfiles(QSqlDatabase db);

    /// Saves (or replaces) the profile: each header with its column's mapping.
    Status save(
        const QString &name, const QStringList &headers, const QList<ColumnMapping> &columns);
    /// The mapping of a file with these headers under the profile; headers the profile does not
    /// know get the usual suggestion.
    Result<QList<ColumnMapping>> apply(const QString &name, const QStringList &headers) const;
    Result<QStringList> names() const;
    Status remove(const QString &name);

    /// "first_name", "full_name", "custom", "drop" ↔ mapping; used by profiles and the CLI's --map.
    static QString targetName(const ColumnMapping &mapping);
    static std::optional<ColumnMapping> fromTargetName(const QString &name);

private:
    QSqlDatabase m_db;
};

} // namespace lf
