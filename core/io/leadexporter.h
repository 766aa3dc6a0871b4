#pragma once

#include "domain/leadfield.h"
#include "io/progress.h"
#include "leads/leadquery.h"
#include "util/result.h"

#include <QChar>
#include <QList>
#include <QString>

namespace lf {

class Database;

struct LeadExportOptions
{
    /// Which leads, in which order (limit and offset apply too).
    LeadQuery query;
    /// Columns in order, headed by their field keys; empty = defaultColumns().
    QList<LeadField> columns;
    QChar delimiter = u',';
    /// Start with a UTF-8 byte-order mark, which Excel needs to read UTF-8.
    bool bom = false;
    /// Prefix cells that a spreadsheet would run as a formula with an apostrophe (docs/csv.md).
    bool formulaGuard = true;
};

/// Writes leads to a CSV file (RFC 4180, UTF-8, CRLF), streaming from the database: memory stays
/// flat however many leads there are. The file appears complete or not at all.
class LeadExporter
{
public:
    explicit LeadExporter(const Database &database);

    /// Returns the number of leads written.
    Result<qint64> run(
        const QString &path, const LeadExportOptions &options, Progress *progress = nullptr);

    /// Every field a person sets, then the custom fields: what an import reads back as the same
    /// leads.
    static QList<LeadField> defaultColumns();

private:
    const Database &m_database;
};

} // namespace lf
