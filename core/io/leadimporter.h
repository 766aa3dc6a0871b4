#pragma once

#include "domain/leadfield.h"
#include "io/csvreader.h"
#include "io/progress.h"
#include "util/result.h"

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace lf {

class Database;

/// What one CSV column becomes in a lead.
struct ColumnMapping
{
    enum class Kind {
        Field, ///< a lead field
        FullName, ///< "Ada Lovelace": split into first and last name
        Custom, ///< kept in the lead's custom fields under the column's header
        Drop, ///< ignored
    };
    Kind kind = Kind::Drop;
    LeadField field = LeadField::Id; ///< for Kind::Field

    static ColumnMapping toField(LeadField f) { return {Kind::Field, f}; }
    bool operator==(const ColumnMapping &) const = default;
};

/// What to do with a row whose lead already exists (same normalized email; optionally same phone or
/// same name and company), in the database or earlier in the file.
enum class DuplicatePolicy {
    Skip, ///< leave the existing lead as it is; the row counts as skipped
    Update, ///< overwrite the existing lead's fields with the row's non-empty values
    Fill, ///< set only the existing lead's empty fields
    Create, ///< create another lead anyway
};

/// Which rows are turned away, and which are imported with a flag (docs/import.md).
struct InquiryFilter
{
    /// Reject a row that gives no way to contact (no valid email, no valid phone) and neither a
    /// name nor a company. Always on: such a row cannot become a lead anyone can work.
    /// With requireContact, also reject a row that has a name or company but no valid email and no
    /// valid phone.
    bool requireContact = false;
    /// Reject rows whose email is malformed even when a phone is valid (otherwise: imported and
    /// counted as flagged "malformed email").
    bool rejectMalformedEmail = false;
};

struct LeadImportOptions
{
    CsvReader::Options csv;
    /// One entry per column of the file; empty = suggested from the headers (HeaderMapping).
    QList<ColumnMapping> columns;
    /// Unmapped columns: kept as custom fields (true) or dropped.
    bool keepUnmapped = true;
    DuplicatePolicy onDuplicate = DuplicatePolicy::Skip;
    bool matchPhone = false; ///< also treat the same E.164 phone as the same lead
    bool matchNameAndCompany =
        false; ///< also treat same first + last name + company as the same lead
    InquiryFilter filter;
    /// Count what would happen and write nothing.
    bool dryRun = false;
    /// Where to write rejected rows (the original row plus a reason column); empty = nowhere.
    QString errorsPath;
    /// Who imports (recorded with the batch).
    QString actor;
};

/// What an import did (or, for a dry run, would do).
struct ImportReport
{
    qint64 batchId = 0; ///< 0 for a dry run
    QString fileName;
    QString encoding;
    QChar delimiter;
    QStringList headers;
    QList<ColumnMapping> columns; ///< the mapping used
    qint64 rows = 0; ///< data rows read
    qint64 created = 0;
    qint64 updated = 0;
    qint64 skipped = 0; ///< duplicates left alone (or updates that changed nothing)
    qint64 rejected = 0;
    qint64 flagged = 0; ///< imported, with a problem worth a look
    QMap<QString, qint64> rejectReasons;
    QMap<QString, qint64> flagReasons;
    QString errorsPath; ///< where rejected rows went, when any did
    bool dryRun = false;
};

/// Imports leads from a CSV file in one transaction: all rows or, on an error, a cancel or a crash,
/// none. Rows are parsed and normalized on a worker thread while this thread writes. The import is
/// recorded as a batch that undoImport() reverses.
class LeadImporter
{
public:
    explicit LeadImporter(const Database &database);

    Result<ImportReport> run(
        const QString &path, const LeadImportOptions &options, Progress *progress = nullptr);

    /// The mapping suggested for these headers (one entry per header).
    static QList<ColumnMapping> suggestMapping(const QStringList &headers);

private:
    const Database &m_database;
};

/// One record of an import preview: what LeadImporter::run() would make of it.
struct ImportPreviewRow
{
    qint64 line = 0; ///< 1-based line of the file where the record starts
    QStringList cells; ///< the record's fields exactly as read
    /// One entry per cell: why the importer would not take the cell as it is ("malformed email",
    /// "unreadable date", "unknown country", ...), empty when the cell is fine.
    QStringList problems;
    /// The lead's values as they would be stored, indexed by int(LeadField); null where empty.
    QVariantList values;
    QString reject; ///< why the row would be rejected; empty when it would be imported
    QString flag; ///< the first problem of a row that would be imported with one
};

/// The first records of a file as an import would read them (previewImport()).
struct ImportPreview
{
    QString encoding;
    QChar delimiter;
    QStringList headers; ///< blank headers named "Column N", as the importer names them
    QList<ColumnMapping> columns; ///< the mapping used
    QList<ImportPreviewRow> rows;
    bool more = false; ///< the file has records after the previewed ones
};

/// Reads the first maxRows records of path and parses and checks them exactly as
/// LeadImporter::run() would with options (csv, columns, keepUnmapped, filter), writing nothing.
/// Money and date styles are settled from the same sample of the first rows as the import does.
/// Fails like run() on a file it cannot read (empty, binary, duplicate headers, a malformed record
/// among the first rows, a mapping of the wrong size). Uses database's connection of the calling
/// thread for the default phone region, so call it on the thread that opened database.
Result<ImportPreview> previewImport(const Database &database, const QString &path,
    const LeadImportOptions &options, qsizetype maxRows);

/// One past import, as `imports` lists it.
struct ImportBatch
{
    qint64 id = 0;
    QString kind; ///< leads, touchpoints, campaigns
    QString fileName;
    QString status; ///< committed, undone
    QString actor;
    qint64 rows = 0;
    qint64 created = 0;
    qint64 updated = 0;
    qint64 skipped = 0;
    qint64 rejected = 0;
    QDateTime startedAt;
};

/// Every finished import, oldest first.
Result<QList<ImportBatch>> listImports(const Database &database);

/// Reverses a committed import: deletes the leads it created and restores the previous values of
/// the leads it updated (unless they were changed again since: then those leads are listed in the
/// error and nothing is undone). Returns the number of leads removed plus restored.
Result<qint64> undoImport(const Database &database, qint64 batchId, const QString &actor);

} // namespace lf
