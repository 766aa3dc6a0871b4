#include "touchpointimporter.h"

#include "domain/normalizer.h"
#include "io/bulk.h"
#include "io/campaignimporter.h"
#include "io/csvwriter.h"
#include "io/valueparser.h"
#include "scoring/scorer.h"
#include "storage/database.h"
#include "storage/writeractivity.h"
#include "workflow/pendingwork.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <array>
#include <pthread.h>
#include <sqlite3.h>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace lf {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TouchpointImporter", text);
}

constexpr size_t batchRows = 4096;
constexpr qsizetype batchText = 64 << 20; ///< a batch is sent early when its texts get this big
constexpr size_t sampleRows = 500; ///< rows read ahead to settle the date order
constexpr int columnCount = 6;

enum class Reject : quint8 { None, NoEmail, UnknownEmail, NoType, NoDate, BadDate, Count };

QString rejectText(Reject reject)
{
    switch (reject) {
    case Reject::NoEmail:
        return tr("no email");
    case Reject::UnknownEmail:
        return tr("no lead with this email");
    case Reject::NoType:
        return tr("no type");
    case Reject::NoDate:
        return tr("no date");
    case Reject::BadDate:
        return tr("unreadable date");
    case Reject::None:
    case Reject::Count:
        break;
    }
    return {};
}

QString targetName(TouchpointImporter::Column column)
{
    switch (column) {
    case TouchpointImporter::Column::Email:
        return u"email"_s;
    case TouchpointImporter::Column::Type:
        return u"type"_s;
    case TouchpointImporter::Column::OccurredAt:
        return u"occurred_at"_s;
    case TouchpointImporter::Column::Channel:
        return u"channel"_s;
    case TouchpointImporter::Column::Campaign:
        return u"campaign"_s;
    case TouchpointImporter::Column::Detail:
        return u"detail"_s;
    }
    return {};
}

/// Normalized email (UTF-8) → lead id, for a million leads in about 60 MB: the address bytes back
/// to back in one arena, 16 bytes per lead for its id and offset, and an open-addressing table of
/// 8-byte slots (part of the hash as a tag, and the entry's index) at most half full. A hit is
/// confirmed by comparing the bytes, so hash collisions never attach a row to the wrong lead.
/// Built on one thread, then read-only and safe to read from any.
class EmailIndex
{
public:
    void reserve(qsizetype leads)
    {
        m_entries.reserve(size_t(leads) + 1);
        quint64 capacity = 1024;
        while (capacity < quint64(leads) * 2)
            capacity *= 2;
        rehash(capacity);
    }

    /// Adds email → id unless the email is there already (the first id stays).
    void add(QByteArrayView email, qint64 id)
    {
        if (m_slots.empty() || (m_entries.size() + 1) * 2 > m_slots.size())
            rehash(std::max<quint64>(1024, m_slots.size() * 2));
        const quint64 hash = hashOf(email);
        quint64 i = hash & m_mask;
        while (const quint64 slot = m_slots[i]) {
            if (tagOf(slot) == quint32(hash >> 32) && keyOf(indexOf(slot)) == email)
                return;
            i = (i + 1) & m_mask;
        }
        m_entries.push_back({id, m_arena.size()});
        m_arena.insert(m_arena.end(), email.begin(), email.end());
        m_slots[i] = (hash >> 32 << 32) | quint64(m_entries.size());
    }

    /// The lead id for email, 0 when none.
    qint64 find(QByteArrayView email) const
    {
        if (m_slots.empty())
            return 0;
        const quint64 hash = hashOf(email);
        for (quint64 i = hash & m_mask;; i = (i + 1) & m_mask) {
            const quint64 slot = m_slots[i];
            if (!slot)
                return 0;
            if (tagOf(slot) == quint32(hash >> 32) && keyOf(indexOf(slot)) == email)
                return m_entries[indexOf(slot)].id;
        }
    }

    qsizetype size() const { return qsizetype(m_entries.size()); }

private:
    struct Entry
    {
        qint64 id;
        size_t offset; ///< of the email in m_arena; it ends where the next entry's begins
    };

    static quint64 hashOf(QByteArrayView key) { return qHashBits(key.data(), size_t(key.size())); }
    static quint32 tagOf(quint64 slot) { return quint32(slot >> 32); }
    static size_t indexOf(quint64 slot) { return size_t(quint32(slot)) - 1; }

    QByteArrayView keyOf(size_t index) const
    {
        const size_t end =
            index + 1 < m_entries.size() ? m_entries[index + 1].offset : m_arena.size();
        return QByteArrayView(
            m_arena.data() + m_entries[index].offset, qsizetype(end - m_entries[index].offset));
    }

    void rehash(quint64 capacity)
    {
        m_slots.assign(capacity, 0);
        m_mask = capacity - 1;
        for (size_t index = 0; index < m_entries.size(); ++index) {
            const quint64 hash = hashOf(keyOf(index));
            quint64 i = hash & m_mask;
            while (m_slots[i])
                i = (i + 1) & m_mask;
            m_slots[i] = (hash >> 32 << 32) | quint64(index + 1);
        }
    }

    std::vector<Entry> m_entries;
    std::vector<char> m_arena;
    std::vector<quint64> m_slots; ///< tag << 32 | entry index + 1; 0 = empty
    quint64 m_mask = 0;
};

/// One parsed row: values ready to bind (texts as offsets into the batch's UTF-8 arena), or the
/// reason it is rejected.
struct Row
{
    qint64 line = 0;
    qint64 leadId = 0;
    qint64 occurredAt = 0;
    qint32 campaign = -1; ///< index into the campaign names the parser has seen; -1 = none
    Reject reject = Reject::None;
    std::array<quint32, 3> offset {}; ///< type, channel, detail
    std::array<quint32, 3> length {};
};

struct Batch
{
    std::vector<Row> rows;
    QByteArray text; ///< UTF-8 of the rows' texts
    /// Names of the campaign indexes first used in this batch, in index order.
    QStringList newCampaigns;
};

/// A record read ahead and kept as owned strings, parsed like a CsvRecord.
struct OwnedRecord
{
    const QStringList &fields;
    qint64 line;
    qsizetype size() const { return fields.size(); }
    QStringView field(qsizetype i) const { return fields[i]; }
    QStringList toStringList() const { return fields; }
};

/// A cell as stored: control characters removed, trimmed, the export formula guard undone.
QString cellText(QStringView raw)
{
    if (raw.startsWith(u'\''))
        return Normalizer::cleanText(CsvWriter::unguard(raw));
    return Normalizer::cleanText(raw);
}

/// Whether raw is printable ASCII that cellText() leaves as it is, apart from outer spaces.
bool isPlainAscii(QStringView raw)
{
    if (!raw.isEmpty() && raw.front() == u'\'')
        return false;
    for (QChar c : raw) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

/// Turns records into rows on the parsing thread.
class RowParser
{
public:
    RowParser(const std::array<qsizetype, columnCount> &columns, const EmailIndex &leads)
        : m_columns(columns)
        , m_leads(leads)
    {
    }

    void learn(const std::vector<QStringList> &sample)
    {
        const qsizetype column = m_columns[size_t(TouchpointImporter::Column::OccurredAt)];
        QList<QString> values;
        for (const QStringList &record : sample)
            values << record.value(column);
        m_dateOrder = ValueParser::detectDateOrder(values);
    }

    /// record: a CsvRecord or an OwnedRecord.
    template<typename Record>
    void parse(const Record &record, Batch &batch)
    {
        Row &row = batch.rows.emplace_back();
        row.line = record.line;
        auto field = [&](TouchpointImporter::Column column) {
            const qsizetype index = m_columns[size_t(column)];
            return index >= 0 && index < record.size() ? record.field(index) : QStringView();
        };
        using Column = TouchpointImporter::Column;

        // Email → lead; rows of one lead usually follow each other, so the last answer is kept.
        const QStringView email = field(Column::Email);
        if (!m_lastEmailValid || email != m_lastEmail) {
            m_lastEmail = email.toString();
            m_lastEmailValid = true;
            m_lastLead = lookUp(email);
        }
        if (m_lastLead < 0)
            row.reject = Reject::NoEmail;
        else if (m_lastLead == 0)
            row.reject = Reject::UnknownEmail;
        row.leadId = std::max<qint64>(m_lastLead, 0);

        const int typeIndex = 0;
        append(batch.text, field(Column::Type), row, typeIndex);
        if (row.length[typeIndex] == 0 && row.reject == Reject::None)
            row.reject = Reject::NoType;
        append(batch.text, field(Column::Channel), row, 1);
        append(batch.text, field(Column::Detail), row, 2);

        const QStringView date = field(Column::OccurredAt).trimmed();
        if (date.isEmpty()) {
            if (row.reject == Reject::None)
                row.reject = Reject::NoDate;
        } else if (const auto time = ValueParser::parseDateTime(date, m_dateOrder)) {
            row.occurredAt = time->toMSecsSinceEpoch();
        } else if (row.reject == Reject::None) {
            row.reject = Reject::BadDate;
        }

        row.campaign = campaignIndex(field(Column::Campaign), batch);
    }

private:
    /// The lead id for a raw email: > 0 found, 0 none, -1 the cell is empty.
    qint64 lookUp(QStringView raw)
    {
        const QString normalized = Normalizer::email(cellText(raw)).normalized;
        if (normalized.isEmpty())
            return -1;
        return m_leads.find(normalized.toUtf8());
    }

    /// Appends raw as stored to text and records where it is in row (length 0 for empty).
    static void append(QByteArray &text, QStringView raw, Row &row, int slot)
    {
        const qsizetype start = text.size();
        if (isPlainAscii(raw)) {
            const QStringView trimmed = raw.trimmed();
            text.resize(start + trimmed.size());
            char *out = text.data() + start;
            for (QChar c : trimmed)
                *out++ = char(c.unicode());
        } else {
            text += cellText(raw).toUtf8();
        }
        row.offset[size_t(slot)] = quint32(start);
        row.length[size_t(slot)] = quint32(text.size() - start);
    }

    /// The index of the campaign named raw, new names going into the batch; -1 for an empty cell.
    qint32 campaignIndex(QStringView raw, Batch &batch)
    {
        if (raw.isEmpty())
            return -1;
        // A handful of names make up most rows: compare the raw text with recent ones first.
        for (const auto &[text, index] : m_recentCampaigns) {
            if (raw == text)
                return index;
        }
        const QString name = cellText(raw).simplified();
        qint32 index = -1;
        if (!name.isEmpty()) {
            const QString key = campaignKey(name);
            const auto it = m_campaignIndexes.constFind(key);
            if (it != m_campaignIndexes.cend()) {
                index = *it;
            } else {
                index = qint32(m_campaignIndexes.size());
                m_campaignIndexes.insert(key, index);
                batch.newCampaigns << name;
            }
        }
        if (m_recentCampaigns.size() < 64)
            m_recentCampaigns.emplace_back(raw.toString(), index);
        else
            m_recentCampaigns[m_nextRecent++ % 64] = {raw.toString(), index};
        return index;
    }

    std::array<qsizetype, columnCount> m_columns;
    const EmailIndex &m_leads;
    DateOrder m_dateOrder = DateOrder::Ambiguous;
    QString m_lastEmail;
    bool m_lastEmailValid = false;
    qint64 m_lastLead = 0;
    QHash<QString, qint32> m_campaignIndexes;
    std::vector<std::pair<QString, qint32>> m_recentCampaigns;
    size_t m_nextRecent = 0;
};

/// Loads (normalized email, id) of every lead not deleted, oldest first, through the raw handle:
/// no QVariant per value.
Status loadLeads(sqlite3 *handle, EmailIndex &index)
{
    {
        bulk::Statement count(handle, "SELECT COUNT(*) FROM leads");
        if (!count || sqlite3_step(count.get()) != SQLITE_ROW)
            return fail(bulk::sqliteError(handle, tr("Cannot read the leads")));
        index.reserve(qsizetype(sqlite3_column_int64(count.get(), 0)));
    }
    bulk::Statement select(handle,
        "SELECT email_normalized, id FROM leads WHERE deleted_at IS NULL AND "
        "email_normalized IS NOT NULL AND email_normalized <> '' ORDER BY id");
    if (!select)
        return fail(bulk::sqliteError(handle, tr("Cannot read the leads")));
    int rc;
    while ((rc = sqlite3_step(select.get())) == SQLITE_ROW) {
        const auto *bytes = static_cast<const char *>(sqlite3_column_blob(select.get(), 0));
        const int size = sqlite3_column_bytes(select.get(), 0);
        index.add(QByteArrayView(bytes, size), sqlite3_column_int64(select.get(), 1));
    }
    if (rc != SQLITE_DONE)
        return fail(bulk::sqliteError(handle, tr("Cannot read the leads")));
    return {};
}

/// Every campaign's id by campaignKey() of its name; of two names with one key the older one.
Result<QHash<QString, qint64>> loadCampaignIds(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT id, name FROM campaigns ORDER BY id"_s))
        return fail(databaseError(query, tr("Cannot read the campaigns")));
    QHash<QString, qint64> ids;
    while (query.next()) {
        const QString key = campaignKey(query.value(1).toString());
        if (!ids.contains(key))
            ids.insert(key, query.value(0).toLongLong());
    }
    return ids;
}

} // namespace

TouchpointImporter::TouchpointImporter(const Database &database)
    : m_database(database)
{
}

std::optional<TouchpointImporter::Column> TouchpointImporter::columnFor(QStringView header)
{
    static const QHash<QString, Column> columns {
        {u"email"_s, Column::Email},
        {u"emailaddress"_s, Column::Email},
        {u"mail"_s, Column::Email},
        {u"type"_s, Column::Type},
        {u"touchpointtype"_s, Column::Type},
        {u"activitytype"_s, Column::Type},
        {u"eventtype"_s, Column::Type},
        {u"activity"_s, Column::Type},
        {u"event"_s, Column::Type},
        {u"occurredat"_s, Column::OccurredAt},
        {u"occurred"_s, Column::OccurredAt},
        {u"date"_s, Column::OccurredAt},
        {u"datetime"_s, Column::OccurredAt},
        {u"timestamp"_s, Column::OccurredAt},
        {u"time"_s, Column::OccurredAt},
        {u"activitydate"_s, Column::OccurredAt},
        {u"eventdate"_s, Column::OccurredAt},
        {u"channel"_s, Column::Channel},
        {u"source"_s, Column::Channel},
        {u"medium"_s, Column::Channel},
        {u"campaign"_s, Column::Campaign},
        {u"campaignname"_s, Column::Campaign},
        {u"detail"_s, Column::Detail},
        {u"details"_s, Column::Detail},
        {u"description"_s, Column::Detail},
        {u"note"_s, Column::Detail},
        {u"notes"_s, Column::Detail},
        {u"url"_s, Column::Detail},
        {u"page"_s, Column::Detail},
    };
    const auto it = columns.constFind(Normalizer::foldKey(header));
    if (it == columns.cend())
        return std::nullopt;
    return *it;
}

Result<TouchpointImportReport> TouchpointImporter::run(
    const QString &path, const TouchpointImportOptions &options, Progress *progress)
{
    TouchpointImportReport report;
    report.fileName = path;
    report.dryRun = options.dryRun;
    const WriterActivity activity(m_database.path(),
        tr("an import of %1 by %2").arg(QFileInfo(path).fileName(), options.actor));
    CsvReader reader;
    CsvRecord record;
    if (auto opened = bulk::openImportFile(m_database, reader, record, path, options.csv); !opened)
        return fail(opened.error());
    report.encoding = reader.encoding();
    report.delimiter = reader.delimiter();
    report.headers = record.toStringList();

    // Which column holds what: the first column of each kind; the others are ignored.
    std::array<qsizetype, columnCount> columnOf;
    columnOf.fill(-1);
    {
        QHash<QString, qsizetype> seen;
        for (qsizetype i = 0; i < report.headers.size(); ++i) {
            const QString header = report.headers[i].trimmed();
            const QString key = header.toCaseFolded();
            if (!key.isEmpty() && seen.contains(key))
                return fail(Error {ErrorCode::Parse,
                    tr("The header row names \"%1\" twice (columns %2 and %3); rename one and "
                       "import again. Nothing was imported.")
                        .arg(header)
                        .arg(seen.value(key) + 1)
                        .arg(i + 1),
                    path, record.line, i + 1, header, {}});
            seen.insert(key, i);
            const auto column = columnFor(header);
            if (column && columnOf[size_t(*column)] < 0)
                columnOf[size_t(*column)] = i;
            else
                report.ignoredColumns << (header.isEmpty() ? tr("Column %1").arg(i + 1) : header);
        }
    }
    QStringList missing;
    if (columnOf[size_t(Column::Email)] < 0)
        missing << tr("Email");
    if (columnOf[size_t(Column::Type)] < 0)
        missing << tr("Type");
    if (columnOf[size_t(Column::OccurredAt)] < 0)
        missing << tr("Occurred At (or Date, Timestamp)");
    if (!missing.isEmpty())
        return fail(Error {ErrorCode::Parse,
            tr("The file has no column for %1; touchpoints need an email, a type and a date. "
               "Nothing was imported.")
                .arg(missing.join(u", "_s)),
            path, record.line, 0, {}, {}});

    // Read ahead a sample to settle the order of slash dates.
    std::vector<QStringList> sample;
    std::vector<qint64> sampleLines;
    while (sample.size() < sampleRows) {
        auto read = reader.readRecord(record);
        if (!read)
            return fail(read.error());
        if (!*read)
            break;
        sample.push_back(record.toStringList());
        sampleLines.push_back(record.line);
    }
    if (sample.empty())
        return fail(Error {ErrorCode::Parse,
            tr("The file has a header row but no touchpoints; nothing was imported."), path,
            record.line, 0, {}, {}});

    auto connection = Connection::open(m_database, u"import-touchpoints"_s);
    if (!connection)
        return fail(connection.error());
    QSqlDatabase &db = (*connection)->sql();
    sqlite3 *handle = bulk::sqliteHandle(db);
    if (!handle)
        return fail(ErrorCode::Database, tr("Imports need the SQLite driver."));

    // The index builds at the end sort millions of keys: on disk (the OS caches the files) rather
    // than in memory as the connection's temp_store=MEMORY would, so memory stays flat, and with
    // a second thread. Measured on 9.3M touchpoints, both are faster too. Set before the
    // transaction, as SQLite requires.
    for (const QString &pragma : {u"PRAGMA temp_store = FILE"_s, u"PRAGMA threads = 2"_s}) {
        if (auto set = bulk::exec(db, pragma, {}, tr("Cannot prepare the import")); !set)
            return fail(set.error());
    }
    Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());

    QSqlQuery query(db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    query.prepare(u"INSERT INTO import_batches (kind, file_name, file_size, status, actor, "
                  "started_at) VALUES ('touchpoints', ?, ?, 'running', ?, ?)"_s);
    query.addBindValue(QFileInfo(path).absoluteFilePath());
    query.addBindValue(QFileInfo(path).size());
    query.addBindValue(options.actor);
    query.addBindValue(now);
    if (!query.exec())
        return fail(databaseError(query, tr("Cannot record the import")));
    const qint64 batchId = query.lastInsertId().toLongLong();
    // Who, on every row; which import is in import_batch_id (not repeated here: 9M copies of
    // " (import #12)" would make the table a sixth bigger).
    const QByteArray actor =
        (options.actor.isEmpty() ? tr("import #%1").arg(batchId) : options.actor).toUtf8();

    // The highest id stands for the size of the table (counting 9M rows takes a while); ids of
    // removed rows only make it larger.
    if (!query.exec(u"SELECT EXISTS (SELECT 1 FROM touchpoints), COALESCE(MAX(id), 0) "
                    "FROM touchpoints"_s)
        || !query.next())
        return fail(databaseError(query, tr("Cannot read the touchpoints")));
    const bool tableWasEmpty = !query.value(0).toBool();
    const qint64 touchpointsBefore = query.value(1).toLongLong();
    query.finish();

    EmailIndex leads;
    if (auto loaded = loadLeads(handle, leads); !loaded)
        return fail(loaded.error());
    auto campaignIds = loadCampaignIds(db);
    if (!campaignIds)
        return fail(campaignIds.error());

    QStringList indexes;
    if (tableWasEmpty && !options.dryRun) {
        auto dropped = bulk::dropSecondaryIndexes(db, u"touchpoints"_s);
        if (!dropped)
            return fail(dropped.error());
        indexes = *dropped;
        if (auto cached = bulk::useBulkLoadCache(db); !cached)
            return fail(cached.error());
    }

    bulk::RejectedRowsFile errors;
    const bool writeErrors = !options.errorsPath.isEmpty();
    if (writeErrors) {
        if (auto opened = errors.open(options.errorsPath, path, report.headers, reader.delimiter());
            !opened)
            return fail(opened.error());
    }

    // The parsing thread: records → rows, in batches. It owns the reader and the errors file
    // until it is joined.
    bulk::BatchQueue<Batch> queue;
    RowParser parser(columnOf, leads);
    parser.learn(sample);
    QElapsedTimer timer;
    timer.start();
    std::thread producer([&] {
        pthread_setname_np(pthread_self(), "lf-import-parse");
        auto batch = std::make_unique<Batch>();
        batch->rows.reserve(batchRows);
        auto enqueue = [&](const auto &source) {
            parser.parse(source, *batch);
            if (batch->rows.back().reject != Reject::None && writeErrors)
                errors.write(
                    source.toStringList(), rejectText(batch->rows.back().reject), source.line);
            if (batch->rows.size() == batchRows || batch->text.size() > batchText) {
                queue.push(std::move(batch));
                batch = std::make_unique<Batch>();
                batch->rows.reserve(batchRows);
            }
        };
        for (size_t i = 0; i < sample.size(); ++i)
            enqueue(OwnedRecord {sample[i], sampleLines[i]});
        qint64 lastReport = 0;
        for (;;) {
            if (queue.stopped() || (progress && progress->isCancelled()))
                break;
            auto next = reader.readRecord(record);
            if (!next) {
                queue.finish(next.error());
                return;
            }
            if (!*next)
                break;
            enqueue(record);
            if (progress && reader.bytesRead() - lastReport > (1 << 20)) {
                lastReport = reader.bytesRead();
                progress->update(lastReport, reader.totalBytes());
            }
        }
        if (!batch->rows.empty())
            queue.push(std::move(batch));
        queue.finish();
    });
    bulk::ProducerGuard guard(queue, producer);

    // The bulk insert: the same batch, actor and time on every row, bound once.
    bulk::Statement insert(handle,
        "INSERT INTO touchpoints (lead_id, type, channel, campaign_id, occurred_at, detail, "
        "points, actor, import_batch_id, created_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?)");
    if (!insert)
        return fail(bulk::sqliteError(handle, tr("Cannot prepare the import")));
    sqlite3_stmt *stmt = insert.get();
    sqlite3_bind_text(stmt, 7, actor.constData(), int(actor.size()), SQLITE_STATIC);
    sqlite3_bind_int64(stmt, 8, batchId);
    sqlite3_bind_int64(stmt, 9, now);

    QSqlQuery createCampaign(db);
    if (!createCampaign.prepare(
            u"INSERT INTO campaigns (name, cost, created_at) VALUES (?, 0, ?)"_s))
        return fail(databaseError(createCampaign, tr("Cannot prepare the import")));
    std::vector<qint64> campaignOf; ///< parser's campaign index → campaigns.id
    QJsonArray createdJson;
    std::array<qint64, size_t(Reject::Count)> rejects {};
    qint64 dryRunIds = 0;
    std::optional<Error> failure;

    while (auto batch = queue.pop()) {
        for (const QString &name : std::as_const(batch->newCampaigns)) {
            const QString key = campaignKey(name);
            qint64 id = campaignIds->value(key);
            if (id == 0) {
                if (options.dryRun) {
                    id = --dryRunIds;
                } else {
                    createCampaign.addBindValue(name);
                    createCampaign.addBindValue(now);
                    if (!createCampaign.exec()) {
                        failure = databaseError(
                            createCampaign, tr("Cannot create the campaign \"%1\"").arg(name));
                        break;
                    }
                    id = createCampaign.lastInsertId().toLongLong();
                }
                campaignIds->insert(key, id);
                report.campaignsCreated << name;
                createdJson.append(QJsonObject {{u"id"_s, id}, {u"name"_s, name}});
            }
            campaignOf.push_back(id);
        }
        if (failure)
            break;
        const char *text = batch->text.constData();
        for (const Row &row : batch->rows) {
            ++report.rows;
            if (row.reject != Reject::None) {
                ++rejects[size_t(row.reject)];
                continue;
            }
            ++report.created;
            if (options.dryRun)
                continue;
            sqlite3_bind_int64(stmt, 1, row.leadId);
            sqlite3_bind_text(stmt, 2, text + row.offset[0], int(row.length[0]), SQLITE_STATIC);
            if (row.length[1])
                sqlite3_bind_text(stmt, 3, text + row.offset[1], int(row.length[1]), SQLITE_STATIC);
            else
                sqlite3_bind_null(stmt, 3);
            if (row.campaign >= 0)
                sqlite3_bind_int64(stmt, 4, campaignOf[size_t(row.campaign)]);
            else
                sqlite3_bind_null(stmt, 4);
            sqlite3_bind_int64(stmt, 5, row.occurredAt);
            if (row.length[2])
                sqlite3_bind_text(stmt, 6, text + row.offset[2], int(row.length[2]), SQLITE_STATIC);
            else
                sqlite3_bind_null(stmt, 6);
            const int rc = sqlite3_step(stmt);
            sqlite3_reset(stmt);
            if (rc != SQLITE_DONE) {
                failure = bulk::rowSaveError(handle, path, row.line);
                break;
            }
        }
        if (failure)
            break;
        if (progress && progress->isCancelled())
            break;
    }
    queue.stop();
    producer.join();
    qCDebug(bulk::lcImport) << "touchpoints written:" << timer.restart() << "ms";

    if (failure)
        return fail(*failure);
    if (auto error = queue.error())
        return fail(*error);
    if (progress && progress->isCancelled())
        return fail(ErrorCode::Cancelled, tr("The import was cancelled; nothing was imported."));

    if (auto built = bulk::createIndexes(db, indexes); !built)
        return fail(built.error());
    if (!options.dryRun) {
        if (auto analyzed =
                bulk::analyzeIfGrown(db, {u"touchpoints"_s}, touchpointsBefore, report.created);
            !analyzed)
            return fail(analyzed.error());
    }
    qCDebug(bulk::lcImport) << "indexes built:" << timer.restart() << "ms";

    for (size_t r = 0; r < rejects.size(); ++r) {
        if (rejects[r] == 0)
            continue;
        report.rejected += rejects[r];
        report.rejectReasons.insert(rejectText(Reject(r)), rejects[r]);
    }
    report.unknownEmails = rejects[size_t(Reject::UnknownEmail)];

    QJsonObject mapping;
    for (qsizetype i = 0; i < report.headers.size(); ++i) {
        const auto column = std::find(columnOf.cbegin(), columnOf.cend(), i);
        mapping.insert(report.headers[i],
            column == columnOf.cend() ? u"drop"_s : targetName(Column(column - columnOf.cbegin())));
    }
    const QJsonObject batchOptions {{u"columns"_s, mapping}, {u"created_campaigns"_s, createdJson}};
    if (auto finished = bulk::exec(db,
            u"UPDATE import_batches SET status = 'committed', options = ?, rows_read = ?, "
            "created = ?, rejected = ?, finished_at = ? WHERE id = ?"_s,
            {QString::fromUtf8(QJsonDocument(batchOptions).toJson(QJsonDocument::Compact)),
                report.rows, report.created, report.rejected, QDateTime::currentMSecsSinceEpoch(),
                batchId},
            tr("Cannot record the import"));
        !finished)
        return fail(finished.error());

    if (writeErrors) {
        auto written = errors.finish();
        if (!written)
            return fail(written.error());
        if (*written)
            report.errorsPath = options.errorsPath;
    }
    if (options.dryRun) {
        transaction.rollback();
        return report;
    }
    qCDebug(bulk::lcImport) << "batch recorded:" << timer.restart() << "ms";
    if (auto owed = PendingWork::markRescore(db, u"import %1"_s.arg(batchId)); !owed)
        return fail(owed.error());
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    qCDebug(bulk::lcImport) << "committed:" << timer.restart() << "ms";
    report.batchId = batchId;
    if (progress)
        progress->update(reader.totalBytes(), reader.totalBytes());
    return report;
}

Result<qint64> undoTouchpointImport(QSqlDatabase &db, Transaction &transaction, qint64 batchId)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT kind, status, options FROM import_batches WHERE id = ?"_s);
    query.addBindValue(batchId);
    if (!query.exec())
        return fail(databaseError(query, tr("Cannot read import %1").arg(batchId)));
    if (!query.next())
        return fail(ErrorCode::NotFound, tr("There is no import %1.").arg(batchId));
    if (query.value(0).toString() != u"touchpoints"_s)
        return fail(ErrorCode::Invalid,
            tr("Import %1 brought %2, not touchpoints.")
                .arg(batchId)
                .arg(query.value(0).toString()));
    if (query.value(1).toString() == u"undone"_s)
        return fail(ErrorCode::Conflict, tr("Import %1 was already undone.").arg(batchId));
    if (query.value(1).toString() != u"committed"_s)
        return fail(ErrorCode::Invalid, tr("Import %1 never finished.").arg(batchId));
    const QJsonArray created = QJsonDocument::fromJson(query.value(2).toString().toUtf8())
                                   .object()
                                   .value(u"created_campaigns"_s)
                                   .toArray();
    query.finish();

    query.prepare(u"DELETE FROM touchpoints WHERE import_batch_id = ?"_s);
    query.addBindValue(batchId);
    if (!query.exec())
        return fail(
            databaseError(query, tr("Cannot remove the touchpoints of import %1").arg(batchId)));
    qint64 count = query.numRowsAffected();
    // Engagement states include what was removed: the next rescoring reads the touchpoints again.
    if (auto distrusted = ScoringService::distrustEngagementStates(db); !distrusted)
        return fail(distrusted.error());

    // Campaigns the import created go too, unless given a channel or cost or used since.
    query.prepare(u"DELETE FROM campaigns WHERE id = ? AND cost = 0 AND channel IS NULL "
                  "AND NOT EXISTS (SELECT 1 FROM touchpoints WHERE campaign_id = campaigns.id) "
                  "AND NOT EXISTS (SELECT 1 FROM leads WHERE campaign_id = campaigns.id)"_s);
    for (const QJsonValue &value : created) {
        query.addBindValue(qint64(value.toObject().value(u"id"_s).toDouble()));
        if (!query.exec())
            return fail(
                databaseError(query, tr("Cannot remove the campaigns of import %1").arg(batchId)));
        count += query.numRowsAffected();
    }
    if (auto done = bulk::exec(db,
            u"UPDATE import_batches SET status = 'undone', undone_at = ? WHERE id = ?"_s,
            {QDateTime::currentMSecsSinceEpoch(), batchId},
            tr("Cannot record the undo of import %1").arg(batchId));
        !done)
        return fail(done.error());
    if (auto owed = PendingWork::markRescore(db, u"undo of import %1"_s.arg(batchId)); !owed)
        return fail(owed.error());
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return count;
}

} // namespace lf
