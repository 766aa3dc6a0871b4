#include "leadimporter.h"

#include "domain/normalizer.h"
#include "io/csvwriter.h"
#include "io/headermapping.h"
#include "io/valueparser.h"
#include "leads/leadservice.h"
#include "storage/database.h"
#include "storage/settings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTimeZone>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <sqlite3.h>
#include <thread>

using namespace Qt::StringLiterals;

namespace lf {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LeadImporter", text);
}

constexpr qsizetype batchSize = 1000;
constexpr qsizetype queueDepth = 8;
constexpr qsizetype sampleRows = 500; ///< rows read ahead to settle number and date styles

/// One value bound into the leads insert: UTF-8 text, an integer, or NULL.
struct Cell
{
    enum class Kind : quint8 { Null, Text, Number };
    Kind kind = Kind::Null;
    QByteArray text;
    qint64 number = 0;

    void setText(const QString &value)
    {
        if (value.isEmpty()) {
            kind = Kind::Null;
            return;
        }
        kind = Kind::Text;
        text = value.toUtf8();
    }
    void setNumber(qint64 value)
    {
        kind = Kind::Number;
        number = value;
    }
    QVariant toVariant() const
    {
        switch (kind) {
        case Kind::Text:
            return QString::fromUtf8(text);
        case Kind::Number:
            return number;
        case Kind::Null:
            break;
        }
        return {};
    }
};

/// A record turned into lead values, ready to write (or a rejected one with its reason).
struct Row
{
    qint64 line = 0;
    std::array<Cell, LeadFieldCount> cells;
    std::array<bool, LeadFieldCount> given {}; ///< the file had a value for the field
    QByteArray searchText;
    QByteArray emailKey; ///< normalized email, empty when none
    QByteArray phoneKey;
    QByteArray nameKey; ///< "first|last|company" case-folded, empty unless all three are there
    QString reject;
    QString flag;
};

struct Batch
{
    std::vector<Row> rows;
};

/// Hands batches from the parsing thread to the writing thread, at most queueDepth at a time.
class BatchQueue
{
public:
    void push(std::unique_ptr<Batch> batch)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [&] { return m_batches.size() < queueDepth || m_stopped; });
        if (m_stopped)
            return;
        m_batches.push_back(std::move(batch));
        m_notEmpty.notify_one();
    }
    /// nullptr at the end (finish() called and all taken, or stopped).
    std::unique_ptr<Batch> pop()
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [&] { return !m_batches.empty() || m_finished || m_stopped; });
        if (m_stopped || m_batches.empty())
            return nullptr;
        auto batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_notFull.notify_one();
        return batch;
    }
    void finish(std::optional<Error> error = std::nullopt)
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_error = std::move(error);
        m_notEmpty.notify_all();
    }
    /// The consumer gives up: wake and release the producer.
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_notFull.notify_all();
        m_notEmpty.notify_all();
    }
    bool stopped()
    {
        std::lock_guard lock(m_mutex);
        return m_stopped;
    }
    std::optional<Error> error()
    {
        std::lock_guard lock(m_mutex);
        return m_error;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_notEmpty;
    std::condition_variable m_notFull;
    std::deque<std::unique_ptr<Batch>> m_batches;
    bool m_finished = false;
    bool m_stopped = false;
    std::optional<Error> m_error;
};

/// Lead Status values of common CRMs → stages.
std::optional<Stage> stageFromStatus(QStringView status)
{
    if (auto stage = stageFromString(status))
        return stage;
    static const QHash<QString, Stage> statuses {
        {u"open"_s, Stage::New},
        {u"new lead"_s, Stage::New},
        {u"not contacted"_s, Stage::New},
        {u"in progress"_s, Stage::Contacted},
        {u"working"_s, Stage::Contacted},
        {u"working - contacted"_s, Stage::Contacted},
        {u"attempted to contact"_s, Stage::Contacted},
        {u"attempted"_s, Stage::Contacted},
        {u"connected"_s, Stage::Contacted},
        {u"contact in future"_s, Stage::Nurturing},
        {u"bad timing"_s, Stage::Nurturing},
        {u"nurture"_s, Stage::Nurturing},
        {u"recycled"_s, Stage::Nurturing},
        {u"marketing qualified lead"_s, Stage::Mql},
        {u"sales qualified lead"_s, Stage::Sql},
        {u"qualified"_s, Stage::Sql},
        {u"open deal"_s, Stage::Opportunity},
        {u"deal"_s, Stage::Opportunity},
        {u"closed - converted"_s, Stage::Won},
        {u"converted"_s, Stage::Won},
        {u"customer"_s, Stage::Won},
        {u"closed won"_s, Stage::Won},
        {u"closed lost"_s, Stage::Lost},
        {u"unqualified"_s, Stage::Disqualified},
        {u"closed - not converted"_s, Stage::Disqualified},
        {u"junk lead"_s, Stage::Disqualified},
    };
    const auto it = statuses.constFind(status.trimmed().toString().toLower());
    if (it == statuses.cend())
        return std::nullopt;
    return *it;
}

void appendJsonString(QByteArray &out, QStringView text)
{
    out += QJsonDocument(QJsonObject {{u"v"_s, text.toString()}})
               .toJson(QJsonDocument::Compact)
               .mid(5)
               .chopped(1);
}

/// A record read ahead and kept as owned strings, parsed like a CsvRecord.
struct OwnedRecord
{
    const QStringList &fields;
    qint64 line;
    qsizetype size() const { return fields.size(); }
    QStringView field(qsizetype i) const { return fields[i]; }
    QStringList toStringList() const { return fields; }
};

/// Parses and normalizes records on its own thread.
class RowParser
{
public:
    RowParser(const QStringList &headers, const QList<ColumnMapping> &columns,
        const LeadImportOptions &options, const QString &defaultRegion)
        : m_headers(headers)
        , m_columns(columns)
        , m_options(options)
        , m_normalizer(defaultRegion)
        , m_now(QDateTime::currentMSecsSinceEpoch())
    {
    }

    /// Settles each money and date column's style from the first rows.
    void learn(const std::vector<QStringList> &sample)
    {
        for (qsizetype c = 0; c < m_columns.size(); ++c) {
            if (m_columns[c].kind != ColumnMapping::Kind::Field)
                continue;
            const FieldType type = fieldInfo(m_columns[c].field).type;
            if (type != FieldType::Money && type != FieldType::Timestamp)
                continue;
            QList<QString> values;
            for (const QStringList &record : sample) {
                if (c < record.size() && !record[c].trimmed().isEmpty())
                    values << record[c];
            }
            if (type == FieldType::Money)
                m_numberStyles.insert(c, ValueParser::detectNumberStyle(values));
            else
                m_dateOrders.insert(c, ValueParser::detectDateOrder(values));
        }
    }

    /// record: a CsvRecord or an OwnedRecord (size(), field(i), line).
    template<typename Record>
    void parse(const Record &record, Row &row)
    {
        row = Row();
        row.line = record.line;
        QByteArray custom;
        for (qsizetype c = 0; c < m_columns.size() && c < record.size(); ++c) {
            QStringView raw = record.field(c);
            QString unguarded;
            if (raw.startsWith(u'\'')) {
                unguarded = CsvWriter::unguard(raw);
                raw = unguarded;
            }
            const ColumnMapping &mapping = m_columns[c];
            switch (mapping.kind) {
            case ColumnMapping::Kind::Drop:
                break;
            case ColumnMapping::Kind::Custom: {
                const QString value = Normalizer::cleanText(raw);
                if (value.isEmpty())
                    break;
                custom += custom.isEmpty() ? "{" : ",";
                appendJsonString(custom, m_headers[c]);
                custom += ':';
                appendJsonString(custom, value);
                break;
            }
            case ColumnMapping::Kind::FullName: {
                const QString name = Normalizer::cleanText(raw).simplified();
                const qsizetype space = name.lastIndexOf(u' ');
                if (name.isEmpty())
                    break;
                setText(row, LeadField::FirstName, space < 0 ? name : name.left(space));
                if (space >= 0)
                    setText(row, LeadField::LastName, name.mid(space + 1));
                break;
            }
            case ColumnMapping::Kind::Field:
                setField(row, c, mapping.field, raw, custom);
                break;
            }
        }
        if (!custom.isEmpty()) {
            custom += '}';
            row.cells[int(LeadField::CustomFields)].kind = Cell::Kind::Text;
            row.cells[int(LeadField::CustomFields)].text = custom;
        }
        derive(row);
    }

private:
    void setText(Row &row, LeadField field, const QString &value)
    {
        row.cells[int(field)].setText(value);
        row.given[int(field)] = !value.isEmpty();
    }

    void flag(Row &row, const QString &reason)
    {
        if (row.flag.isEmpty())
            row.flag = reason;
    }

    void keepAsCustom(QByteArray &custom, qsizetype column, QStringView raw)
    {
        custom += custom.isEmpty() ? "{" : ",";
        appendJsonString(custom, m_headers[column]);
        custom += ':';
        appendJsonString(custom, raw);
    }

    void setField(Row &row, qsizetype column, LeadField field, QStringView raw, QByteArray &custom)
    {
        const QString value = Normalizer::cleanText(raw);
        if (value.isEmpty())
            return;
        Cell &cell = row.cells[int(field)];
        switch (fieldInfo(field).type) {
        case FieldType::Text:
            if (field == LeadField::Country) {
                const QString code = Normalizer::countryCode(value);
                if (code.isEmpty()) {
                    flag(row, tr("unknown country"));
                    keepAsCustom(custom, column, value);
                    return;
                }
                setText(row, field, code);
                return;
            }
            setText(row, field, value);
            return;
        case FieldType::Stage: {
            const auto stage = stageFromStatus(value);
            if (!stage) {
                flag(row, tr("unknown status"));
                keepAsCustom(custom, column, value);
                return;
            }
            setText(row, field, stageKey(*stage));
            return;
        }
        case FieldType::Money: {
            const auto cents =
                ValueParser::parseMoneyMinorUnits(value, m_numberStyles.value(column));
            if (!cents) {
                flag(row, tr("unreadable amount"));
                keepAsCustom(custom, column, value);
                return;
            }
            cell.setNumber(*cents);
            row.given[int(field)] = true;
            return;
        }
        case FieldType::Timestamp: {
            const auto time = ValueParser::parseDateTime(value, m_dateOrders.value(column));
            if (!time) {
                flag(row, tr("unreadable date"));
                keepAsCustom(custom, column, value);
                return;
            }
            cell.setNumber(time->toMSecsSinceEpoch());
            row.given[int(field)] = true;
            return;
        }
        case FieldType::Integer:
        case FieldType::Reference: {
            bool ok = false;
            const qint64 number = value.toLongLong(&ok);
            if (!ok) {
                keepAsCustom(custom, column, value);
                return;
            }
            cell.setNumber(number);
            row.given[int(field)] = true;
            return;
        }
        case FieldType::Json:
            keepAsCustom(custom, column, value);
            return;
        }
    }

    QString text(const Row &row, LeadField field) const
    {
        const Cell &cell = row.cells[int(field)];
        return cell.kind == Cell::Kind::Text ? QString::fromUtf8(cell.text) : QString();
    }

    void derive(Row &row)
    {
        const auto email = Normalizer::email(text(row, LeadField::Email));
        row.cells[int(LeadField::EmailNormalized)].setText(email.normalized);
        row.cells[int(LeadField::EmailState)].setNumber(qint64(email.state));
        row.emailKey = row.cells[int(LeadField::EmailNormalized)].text;

        const QString phone = text(row, LeadField::Phone);
        const QString e164 = phone.isEmpty()
            ? QString()
            : m_normalizer.phoneE164(phone, text(row, LeadField::Country));
        row.cells[int(LeadField::PhoneE164)].setText(e164);
        row.phoneKey = row.cells[int(LeadField::PhoneE164)].text;

        row.cells[int(LeadField::CompanyDomain)].setText(
            Normalizer::companyDomain(email.normalized, text(row, LeadField::Website)));
        if (const auto employees = Normalizer::employeeCount(text(row, LeadField::Employees)))
            row.cells[int(LeadField::EmployeeCount)].setNumber(*employees);

        const QString first = text(row, LeadField::FirstName);
        const QString last = text(row, LeadField::LastName);
        const QString company = text(row, LeadField::Company);
        row.searchText =
            QStringList {first, last, company, email.normalized}.join(u' ').toCaseFolded().toUtf8();
        if (!first.isEmpty() && !last.isEmpty() && !company.isEmpty())
            row.nameKey = QStringList {first, last, company}.join(u'|').toCaseFolded().toUtf8();

        if (row.cells[int(LeadField::Stage)].kind == Cell::Kind::Null)
            row.cells[int(LeadField::Stage)].setText(stageKey(Stage::New));
        if (row.cells[int(LeadField::CreatedAt)].kind == Cell::Kind::Null)
            row.cells[int(LeadField::CreatedAt)].setNumber(m_now);
        row.cells[int(LeadField::UpdatedAt)].setNumber(m_now);
        for (LeadField zero : {LeadField::Score, LeadField::FitScore, LeadField::EngagementScore})
            row.cells[int(zero)].setNumber(0);
        row.cells[int(LeadField::Version)].setNumber(1);

        // The inquiry filter (docs/import.md).
        const bool hasEmail = email.state == EmailState::Valid;
        const bool hasPhone = !e164.isEmpty();
        const bool hasIdentity = !first.isEmpty() || !last.isEmpty() || !company.isEmpty();
        if (!hasEmail && !hasPhone && !hasIdentity)
            row.reject = tr("no way to contact and no name or company");
        else if (!hasEmail && !hasPhone && m_options.filter.requireContact)
            row.reject = tr("no valid email or phone");
        else if (email.state == EmailState::Invalid && m_options.filter.rejectMalformedEmail)
            row.reject = tr("malformed email");
        else if (email.state == EmailState::Invalid)
            flag(row, tr("malformed email"));
        else if (!phone.isEmpty() && !hasPhone)
            flag(row, tr("phone number not recognised"));
    }

    QStringList m_headers;
    QList<ColumnMapping> m_columns;
    const LeadImportOptions &m_options;
    Normalizer m_normalizer;
    qint64 m_now;
    QHash<qsizetype, NumberStyle> m_numberStyles;
    QHash<qsizetype, DateOrder> m_dateOrders;
};

} // namespace

namespace {

/// The raw SQLite handle behind a Qt connection, for the bulk insert (QSqlDriver::handle()).
sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

Error sqliteError(sqlite3 *db, const QString &what)
{
    return Error {ErrorCode::Database, u"%1: %2"_s.arg(what, QString::fromUtf8(sqlite3_errmsg(db))),
        {}, 0, 0, {}, {}};
}

/// A prepared statement, finalized on destruction.
class Statement
{
public:
    Statement(sqlite3 *db, const QByteArray &sql)
    {
        sqlite3_prepare_v2(db, sql.constData(), -1, &m_stmt, nullptr);
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    sqlite3_stmt *get() const { return m_stmt; }
    explicit operator bool() const { return m_stmt != nullptr; }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

/// The secondary indexes of leads: dropped before a bulk load into an empty table and built once
/// after it, inside the import's transaction.
Result<QStringList> leadIndexes(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'leads' "
                    "AND sql IS NOT NULL"_s))
        return fail(databaseError(query, tr("Cannot read the lead indexes")));
    QStringList statements;
    while (query.next())
        statements << query.value(0).toString();
    return statements;
}

Status exec(QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return fail(databaseError(query, tr("The import could not be written")));
    return {};
}

QString mappingText(const QList<ColumnMapping> &columns, const QStringList &headers)
{
    QJsonObject object;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        QString target;
        switch (columns[i].kind) {
        case ColumnMapping::Kind::Field:
            target = fieldKey(columns[i].field);
            break;
        case ColumnMapping::Kind::FullName:
            target = u"full_name"_s;
            break;
        case ColumnMapping::Kind::Custom:
            target = u"custom"_s;
            break;
        case ColumnMapping::Kind::Drop:
            target = u"drop"_s;
            break;
        }
        object.insert(headers.value(i), target);
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

LeadImporter::LeadImporter(const Database &database)
    : m_database(database)
{
}

QList<ColumnMapping> LeadImporter::suggestMapping(const QStringList &headers)
{
    QList<ColumnMapping> columns;
    for (const HeaderMapping::Suggestion &suggestion : HeaderMapping::suggestColumns(headers)) {
        if (suggestion.isFullName)
            columns << ColumnMapping {ColumnMapping::Kind::FullName, LeadField::Id};
        else if (suggestion.field)
            columns << ColumnMapping::toField(*suggestion.field);
        else
            columns << ColumnMapping {ColumnMapping::Kind::Custom, LeadField::Id};
    }
    return columns;
}

Result<ImportReport> LeadImporter::run(
    const QString &path, const LeadImportOptions &options, Progress *progress)
{
    if (!options.dryRun) {
        if (auto writable = m_database.ensureWritable(); !writable)
            return fail(writable.error());
    }
    ImportReport report;
    report.fileName = path;
    report.dryRun = options.dryRun;

    CsvReader reader;
    if (auto opened = reader.open(path, options.csv); !opened)
        return fail(opened.error());
    report.encoding = reader.encoding();
    report.delimiter = reader.delimiter();

    CsvRecord record;
    auto read = reader.readRecord(record);
    if (!read)
        return fail(read.error());
    report.headers = record.toStringList();
    {
        QHash<QString, qsizetype> seen;
        for (qsizetype i = 0; i < report.headers.size(); ++i) {
            const QString key = report.headers[i].trimmed().toCaseFolded();
            if (key.isEmpty())
                continue;
            if (seen.contains(key)) {
                Error error {ErrorCode::Parse,
                    tr("The header row names \"%1\" twice (columns %2 and %3); rename one "
                       "and import again. Nothing was imported.")
                        .arg(report.headers[i].trimmed())
                        .arg(seen.value(key) + 1)
                        .arg(i + 1),
                    path, record.line, i + 1, report.headers[i].trimmed(), {}};
                return fail(error);
            }
            seen.insert(key, i);
        }
        for (qsizetype i = 0; i < report.headers.size(); ++i) {
            if (report.headers[i].trimmed().isEmpty())
                report.headers[i] = tr("Column %1").arg(i + 1);
        }
    }
    report.columns = options.columns.isEmpty() ? suggestMapping(report.headers) : options.columns;
    if (report.columns.size() != report.headers.size())
        return fail(ErrorCode::Invalid,
            tr("The mapping has %1 columns but the file has %2.")
                .arg(report.columns.size())
                .arg(report.headers.size()));
    for (ColumnMapping &mapping : report.columns) {
        if (mapping.kind == ColumnMapping::Kind::Field && !fieldInfo(mapping.field).editable)
            return fail(ErrorCode::Invalid,
                tr("Column mapped to %1, which Leadflow keeps itself.")
                    .arg(fieldKey(mapping.field)),
                fieldKey(mapping.field));
        if (mapping.kind == ColumnMapping::Kind::Custom && !options.keepUnmapped)
            mapping.kind = ColumnMapping::Kind::Drop;
    }

    // Read ahead a sample to settle number and date styles per column.
    std::vector<QStringList> sample;
    std::vector<qint64> sampleLines;
    while (qsizetype(sample.size()) < sampleRows) {
        read = reader.readRecord(record);
        if (!read)
            return fail(read.error());
        if (!*read)
            break;
        sample.push_back(record.toStringList());
        sampleLines.push_back(record.line);
    }
    if (sample.empty())
        return fail(Error {ErrorCode::Parse,
            tr("The file has a header row but no leads; nothing was imported."), path, record.line,
            0, {}, {}});

    auto connection = Connection::open(m_database, u"import"_s);
    if (!connection)
        return fail(connection.error());
    QSqlDatabase &db = (*connection)->sql();
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return fail(ErrorCode::Database, tr("Imports need the SQLite driver."));
    const QString defaultRegion = Settings(db).defaultPhoneRegion();

    // Errors file for rejected rows: the original row plus a reason column, for Excel.
    std::unique_ptr<QSaveFile> errorsFile;
    std::unique_ptr<CsvWriter> errorsWriter;
    if (!options.errorsPath.isEmpty()) {
        errorsFile = std::make_unique<QSaveFile>(options.errorsPath);
        if (!errorsFile->open(QIODevice::WriteOnly))
            return fail(Error {ErrorCode::Io,
                tr("Cannot write the errors file: %1").arg(errorsFile->errorString()),
                options.errorsPath, 0, 0, {}, {}});
        CsvWriter::Options writerOptions;
        writerOptions.writeBom = true;
        writerOptions.delimiter = reader.delimiter();
        errorsWriter = std::make_unique<CsvWriter>();
        if (auto opened = errorsWriter->open(errorsFile.get(), options.errorsPath, writerOptions);
            !opened)
            return fail(opened.error());
        QStringList header = report.headers;
        header << tr("Leadflow rejection reason") << tr("Line");
        if (auto written = errorsWriter->writeRecord(header); !written)
            return fail(written.error());
    }

    // The parsing thread: records → rows, in batches.
    BatchQueue queue;
    RowParser parser(report.headers, report.columns, options, defaultRegion);
    parser.learn(sample);
    std::mutex errorsMutex;
    std::thread producer([&] {
        auto batch = std::make_unique<Batch>();
        batch->rows.reserve(batchSize);
        auto enqueue = [&](const auto &source) {
            batch->rows.emplace_back();
            parser.parse(source, batch->rows.back());
            if (!batch->rows.back().reject.isEmpty() && errorsWriter) {
                QStringList original = source.toStringList();
                original << batch->rows.back().reject << QString::number(source.line);
                std::lock_guard lock(errorsMutex);
                (void)errorsWriter->writeRecord(original);
            }
            if (qsizetype(batch->rows.size()) == batchSize) {
                queue.push(std::move(batch));
                batch = std::make_unique<Batch>();
                batch->rows.reserve(batchSize);
            }
        };
        for (size_t i = 0; i < sample.size(); ++i)
            enqueue(OwnedRecord {sample[i], sampleLines[i]});
        sample.clear();
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
    struct Joiner
    {
        BatchQueue &queue;
        std::thread &thread;
        ~Joiner()
        {
            queue.stop();
            if (thread.joinable())
                thread.join();
        }
    } joiner {queue, producer};

    Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());

    QSqlQuery query(db);
    const qint64 started = QDateTime::currentMSecsSinceEpoch();
    query.prepare(
        u"INSERT INTO import_batches (kind, file_name, file_size, options, status, actor, "
        "started_at) VALUES ('leads', ?, ?, ?, 'running', ?, ?)"_s);
    query.addBindValue(QFileInfo(path).absoluteFilePath());
    query.addBindValue(QFileInfo(path).size());
    query.addBindValue(mappingText(report.columns, report.headers));
    query.addBindValue(options.actor);
    query.addBindValue(started);
    if (!query.exec())
        return fail(databaseError(query, tr("Cannot record the import")));
    const qint64 batchId = query.lastInsertId().toLongLong();
    const QString actor = options.actor.isEmpty()
        ? tr("import #%1").arg(batchId)
        : tr("%1 (import #%2)").arg(options.actor).arg(batchId);

    if (!query.exec(u"SELECT COALESCE(MAX(id), 0), COUNT(*) FROM leads"_s) || !query.next())
        return fail(databaseError(query, tr("Cannot read the leads")));
    const qint64 maxIdBefore = query.value(0).toLongLong();
    const bool tableWasEmpty = query.value(1).toLongLong() == 0;
    query.finish();

    // Leads already there, by match key. Hash collisions are harmless: a match is confirmed by
    // comparing the stored value before it counts.
    QHash<QByteArray, qint64> byEmail;
    QHash<QByteArray, qint64> byPhone;
    QHash<QByteArray, qint64> byName;
    QStringList indexes;
    if (tableWasEmpty) {
        auto existing = leadIndexes(db);
        if (!existing)
            return fail(existing.error());
        indexes = *existing;
        for (const QString &statement : std::as_const(indexes)) {
            const QString name = statement.section(u' ', 2, 2);
            if (auto dropped = exec(db, u"DROP INDEX "_s + name); !dropped)
                return fail(dropped.error());
        }
    } else {
        if (!query.exec(u"SELECT id, email_normalized, phone_e164, first_name, last_name, company "
                        "FROM leads WHERE deleted_at IS NULL"_s))
            return fail(databaseError(query, tr("Cannot read the leads")));
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            const QString email = query.value(1).toString();
            if (!email.isEmpty())
                byEmail.insert(email.toUtf8(), id);
            if (options.matchPhone && !query.value(2).toString().isEmpty())
                byPhone.insert(query.value(2).toString().toUtf8(), id);
            if (options.matchNameAndCompany && !query.value(3).toString().isEmpty()
                && !query.value(4).toString().isEmpty() && !query.value(5).toString().isEmpty())
                byName.insert(QStringList {query.value(3).toString(), query.value(4).toString(),
                                  query.value(5).toString()}
                                  .join(u'|')
                                  .toCaseFolded()
                                  .toUtf8(),
                    id);
        }
        query.finish();
    }

    QByteArray insertSql = "INSERT INTO leads (";
    QByteArray marks;
    for (const FieldInfo &info : allFields()) {
        if (info.field == LeadField::Id)
            continue;
        insertSql += info.column;
        insertSql += ", ";
        marks += "?, ";
    }
    insertSql += "import_batch_id, search_text) VALUES (" + marks + "?, ?)";
    // import_batch_id is also a field of the registry; bind the batch there.
    insertSql.replace("import_batch_id, import_batch_id,", "import_batch_id,");
    Statement insert(handle, insertSql);
    if (!insert)
        return fail(sqliteError(handle, tr("Cannot prepare the import")));

    LeadService leads(db);
    leads.setActor(actor);
    std::optional<Error> failure;

    auto findExisting = [&](const Row &row) -> qint64 {
        if (!row.emailKey.isEmpty()) {
            if (const qint64 id = byEmail.value(row.emailKey))
                return id;
        }
        if (options.matchPhone && !row.phoneKey.isEmpty()) {
            if (const qint64 id = byPhone.value(row.phoneKey))
                return id;
        }
        if (options.matchNameAndCompany && !row.nameKey.isEmpty()) {
            if (const qint64 id = byName.value(row.nameKey))
                return id;
        }
        return 0;
    };
    auto remember = [&](const Row &row, qint64 id) {
        if (!row.emailKey.isEmpty())
            byEmail.insert(row.emailKey, id);
        if (options.matchPhone && !row.phoneKey.isEmpty())
            byPhone.insert(row.phoneKey, id);
        if (options.matchNameAndCompany && !row.nameKey.isEmpty())
            byName.insert(row.nameKey, id);
    };

    auto insertRow = [&](const Row &row) -> Status {
        sqlite3_stmt *stmt = insert.get();
        int index = 1;
        for (const FieldInfo &info : allFields()) {
            if (info.field == LeadField::Id)
                continue;
            const Cell &cell = row.cells[int(info.field)];
            if (info.field == LeadField::ImportBatchId)
                sqlite3_bind_int64(stmt, index, batchId);
            else if (cell.kind == Cell::Kind::Text)
                sqlite3_bind_text(
                    stmt, index, cell.text.constData(), int(cell.text.size()), SQLITE_STATIC);
            else if (cell.kind == Cell::Kind::Number)
                sqlite3_bind_int64(stmt, index, cell.number);
            else
                sqlite3_bind_null(stmt, index);
            ++index;
        }
        sqlite3_bind_text(
            stmt, index, row.searchText.constData(), int(row.searchText.size()), SQLITE_STATIC);
        const int rc = sqlite3_step(stmt);
        sqlite3_reset(stmt);
        if (rc != SQLITE_DONE)
            return fail(sqliteError(handle, tr("Line %1 could not be saved").arg(row.line)));
        return {};
    };

    auto updateRow = [&](const Row &row, qint64 id) -> Status {
        auto current = leads.get(id);
        if (!current)
            return fail(current.error());
        LeadChanges changes;
        for (const FieldInfo &info : allFields()) {
            if (!info.editable || !row.given[int(info.field)])
                continue;
            if (options.onDuplicate == DuplicatePolicy::Fill && !current->isNull(info.field))
                continue;
            const QVariant value = row.cells[int(info.field)].toVariant();
            if (current->value(info.field) != value)
                changes.append({info.field, value});
        }
        if (changes.isEmpty()) {
            ++report.skipped;
            return {};
        }
        QJsonObject previous;
        for (const auto &[field, value] : std::as_const(changes))
            previous.insert(fieldKey(field), QJsonValue::fromVariant(current->value(field)));
        auto updated = leads.update(id, current->version(), changes, tr("import #%1").arg(batchId));
        if (!updated)
            return fail(updated.error());
        ++report.updated;
        if (id > maxIdBefore)
            return {}; // created by this import; undoing it removes the lead anyway
        return exec(db,
            u"INSERT INTO import_row_changes (batch_id, line, lead_id, action, "
            "previous_values, previous_version, new_version) "
            "VALUES (?, ?, ?, 'updated', ?, ?, ?)"_s,
            {batchId, row.line, id,
                QString::fromUtf8(QJsonDocument(previous).toJson(QJsonDocument::Compact)),
                current->version(), updated->version()});
    };

    while (auto batch = queue.pop()) {
        for (Row &row : batch->rows) {
            ++report.rows;
            if (!row.reject.isEmpty()) {
                ++report.rejected;
                ++report.rejectReasons[row.reject];
                continue;
            }
            const qint64 existing =
                options.onDuplicate == DuplicatePolicy::Create ? 0 : findExisting(row);
            Status status;
            bool imported = false;
            if (existing == 0) {
                status = insertRow(row);
                if (status) {
                    ++report.created;
                    imported = true;
                    remember(row, sqlite3_last_insert_rowid(handle));
                }
            } else if (options.onDuplicate == DuplicatePolicy::Skip) {
                ++report.skipped;
            } else {
                const qint64 updatedBefore = report.updated;
                status = updateRow(row, existing);
                imported = report.updated > updatedBefore;
            }
            if (!status) {
                failure = status.error();
                break;
            }
            if (imported && !row.flag.isEmpty()) {
                ++report.flagged;
                ++report.flagReasons[row.flag];
            }
        }
        if (failure)
            break;
        if (progress && progress->isCancelled())
            break;
    }
    queue.stop();
    producer.join();

    if (failure)
        return fail(*failure);
    if (auto error = queue.error())
        return fail(*error);
    if (progress && progress->isCancelled())
        return fail(ErrorCode::Cancelled, tr("The import was cancelled; nothing was imported."));

    for (const QString &statement : std::as_const(indexes)) {
        if (auto built = exec(db, statement); !built)
            return fail(built.error());
    }
    // Every lead's entry into its first stage, for the funnel; one statement for the whole batch.
    if (auto recorded = exec(db,
            u"INSERT INTO stage_history (lead_id, lead_version, from_stage, to_stage, "
            "at, actor, rule) SELECT id, 1, NULL, stage, created_at, ?, 'import' "
            "FROM leads WHERE import_batch_id = ?"_s,
            {actor, batchId});
        !recorded)
        return fail(recorded.error());
    if (auto finished = exec(db,
            u"UPDATE import_batches SET status = 'committed', rows_read = ?, "
            "created = ?, updated = ?, skipped = ?, rejected = ?, finished_at = ? "
            "WHERE id = ?"_s,
            {report.rows, report.created, report.updated, report.skipped, report.rejected,
                QDateTime::currentMSecsSinceEpoch(), batchId});
        !finished)
        return fail(finished.error());

    if (errorsWriter) {
        if (report.rejected > 0) {
            if (auto closed = errorsWriter->close(); !closed)
                return fail(closed.error());
            if (!errorsFile->commit())
                return fail(Error {ErrorCode::Io,
                    tr("Cannot write the errors file: %1").arg(errorsFile->errorString()),
                    options.errorsPath, 0, 0, {}, {}});
            report.errorsPath = options.errorsPath;
        } else {
            errorsFile->cancelWriting();
        }
    }
    if (options.dryRun) {
        transaction.rollback();
        return report;
    }
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    report.batchId = batchId;
    if (progress)
        progress->update(reader.totalBytes(), reader.totalBytes());
    return report;
}

Result<qint64> undoImport(const Database &database, qint64 batchId, const QString &actor)
{
    if (auto writable = database.ensureWritable(); !writable)
        return fail(writable.error());
    auto connection = Connection::open(database, u"undo-import"_s);
    if (!connection)
        return fail(connection.error());
    QSqlDatabase &db = (*connection)->sql();
    Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());

    QSqlQuery query(db);
    query.prepare(u"SELECT kind, status FROM import_batches WHERE id = ?"_s);
    query.addBindValue(batchId);
    if (!query.exec())
        return fail(databaseError(query, tr("Cannot read import %1").arg(batchId)));
    if (!query.next())
        return fail(ErrorCode::NotFound, tr("There is no import %1.").arg(batchId));
    if (query.value(1).toString() == u"undone"_s)
        return fail(ErrorCode::Invalid, tr("Import %1 was already undone.").arg(batchId));
    if (query.value(0).toString() != u"leads"_s)
        return fail(ErrorCode::Invalid,
            tr("Import %1 brought %2; only lead imports can be undone yet.")
                .arg(batchId)
                .arg(query.value(0).toString()));

    // Updated leads go back to their values before the import, unless edited since.
    struct Change
    {
        qint64 leadId;
        QJsonObject previous;
        qint64 newVersion;
    };
    QList<Change> changes;
    query.prepare(u"SELECT lead_id, previous_values, new_version FROM import_row_changes "
                  "WHERE batch_id = ? AND action = 'updated' ORDER BY id DESC"_s);
    query.addBindValue(batchId);
    if (!query.exec())
        return fail(databaseError(query, tr("Cannot read import %1").arg(batchId)));
    while (query.next())
        changes << Change {query.value(0).toLongLong(),
            QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object(),
            query.value(2).toLongLong()};
    query.finish();

    LeadService leads(db);
    leads.setActor(actor);
    QHash<qint64, qint64> versionAfterImport;
    for (const Change &change : std::as_const(changes))
        versionAfterImport.insert(
            change.leadId, std::max(versionAfterImport.value(change.leadId), change.newVersion));
    QStringList editedSince;
    for (auto it = versionAfterImport.cbegin(); it != versionAfterImport.cend(); ++it) {
        auto lead = leads.get(it.key(), true);
        if (lead && lead->version() != it.value())
            editedSince << QString::number(it.key());
    }
    if (!editedSince.isEmpty()) {
        editedSince.sort();
        Error error {ErrorCode::Conflict,
            tr("Import %1 cannot be undone: leads it updated were changed since (%2). "
               "Nothing was undone.")
                .arg(batchId)
                .arg(editedSince.join(u", "_s)),
            {}, 0, 0, {}, editedSince};
        return fail(error);
    }
    qint64 count = 0;
    for (const Change &change : std::as_const(changes)) {
        auto lead = leads.get(change.leadId, true);
        if (!lead)
            continue;
        LeadChanges restore;
        for (auto it = change.previous.constBegin(); it != change.previous.constEnd(); ++it) {
            const auto field = fieldFromName(it.key());
            if (!field)
                continue;
            const FieldType type = fieldInfo(*field).type;
            if (it->isNull())
                restore.append({*field, QVariant()});
            else if (type == FieldType::Text || type == FieldType::Stage || type == FieldType::Json)
                restore.append({*field, QVariant(it->toString()).value<QString>()});
            else
                restore.append({*field, QVariant(qint64(it->toDouble()))});
        }
        auto restored = leads.update(
            change.leadId, lead->version(), restore, tr("undo of import #%1").arg(batchId));
        if (!restored)
            return fail(restored.error());
        ++count;
    }

    // Leads the import created are removed, with what hangs on them.
    if (auto done = exec(db,
            u"DELETE FROM audit_log WHERE entity = 'lead' AND entity_id IN "
            "(SELECT id FROM leads WHERE import_batch_id = ?)"_s,
            {batchId});
        !done)
        return fail(done.error());
    query.prepare(u"DELETE FROM leads WHERE import_batch_id = ?"_s);
    query.addBindValue(batchId);
    if (!query.exec())
        return fail(databaseError(query, tr("Cannot remove the leads of import %1").arg(batchId)));
    count += query.numRowsAffected();
    if (auto done =
            exec(db, u"UPDATE import_batches SET status = 'undone', undone_at = ? WHERE id = ?"_s,
                {QDateTime::currentMSecsSinceEpoch(), batchId});
        !done)
        return fail(done.error());
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return count;
}

Result<QList<ImportBatch>> listImports(const Database &database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(u"SELECT id, kind, file_name, status, actor, rows_read, created, updated, "
                    "skipped, rejected, started_at FROM import_batches WHERE status <> 'running' "
                    "ORDER BY id"_s))
        return fail(databaseError(query, tr("Cannot read the imports")));
    QList<ImportBatch> batches;
    while (query.next()) {
        ImportBatch batch;
        batch.id = query.value(0).toLongLong();
        batch.kind = query.value(1).toString();
        batch.fileName = query.value(2).toString();
        batch.status = query.value(3).toString();
        batch.actor = query.value(4).toString();
        batch.rows = query.value(5).toLongLong();
        batch.created = query.value(6).toLongLong();
        batch.updated = query.value(7).toLongLong();
        batch.skipped = query.value(8).toLongLong();
        batch.rejected = query.value(9).toLongLong();
        batch.startedAt =
            QDateTime::fromMSecsSinceEpoch(query.value(10).toLongLong(), QTimeZone::utc());
        batches << batch;
    }
    return batches;
}

} // namespace lf
