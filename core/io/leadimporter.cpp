#include "leadimporter.h"

#include "domain/normalizer.h"
#include "io/bulk.h"
#include "io/campaignimporter.h"
#include "io/csvwriter.h"
#include "io/headermapping.h"
#include "io/touchpointimporter.h"
#include "io/valueparser.h"
#include "leads/leadservice.h"
#include "storage/database.h"
#include "storage/settings.h"
#include "storage/writeractivity.h"
#include "workflow/pendingwork.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTimeZone>

#include <pthread.h>
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

/// A record turned into lead values, ready to write (or a rejected one with its reason). Text is
/// kept as UTF-8 in one arena, numbers beside it; rows are reused batch after batch, so reading a
/// big file allocates next to nothing per row.
class Row
{
public:
    enum class Kind : quint8 { Null, Text, Number };
    /// Extra text slots after the lead fields.
    static constexpr int SearchText = LeadFieldCount;
    static constexpr int NameKey = LeadFieldCount + 1; ///< "first|last|company" case-folded
    static constexpr int SlotCount = LeadFieldCount + 2;

    qint64 line = 0;
    QString reject; ///< why the row is turned away; empty = imported
    QString flag; ///< a problem worth a look, for an imported row

    void reset(qint64 recordLine)
    {
        line = recordLine;
        m_arena.resize(0);
        m_kinds.fill(Kind::Null);
        m_given.fill(false);
        reject.clear();
        flag.clear();
    }

    void setText(int slot, QStringView value)
    {
        if (value.isEmpty()) {
            m_kinds[slot] = Kind::Null;
            return;
        }
        const qsizetype start = m_arena.size();
        m_arena.resize(start + value.size() * 3);
        char *end = m_encoder.appendToBuffer(m_arena.data() + start, value);
        m_arena.resize(end - m_arena.constData());
        m_kinds[slot] = Kind::Text;
        m_start[slot] = start;
        m_length[slot] = end - m_arena.constData() - start;
    }
    void setText(LeadField field, QStringView value) { setText(int(field), value); }
    void setNumber(LeadField field, qint64 value)
    {
        m_kinds[int(field)] = Kind::Number;
        m_number[int(field)] = value;
    }
    /// Marks a field as given by the file (what an update or fill may change).
    void setGiven(LeadField field) { m_given[int(field)] = m_kinds[int(field)] != Kind::Null; }

    Kind kind(int slot) const { return m_kinds[slot]; }
    Kind kind(LeadField field) const { return m_kinds[int(field)]; }
    bool given(LeadField field) const { return m_given[int(field)]; }
    /// UTF-8 bytes of a text slot; valid until the row is reset.
    QByteArrayView bytes(int slot) const
    {
        if (m_kinds[slot] != Kind::Text)
            return {};
        return QByteArrayView(m_arena.constData() + m_start[slot], m_length[slot]);
    }
    QByteArrayView bytes(LeadField field) const { return bytes(int(field)); }
    qint64 number(LeadField field) const { return m_number[int(field)]; }

    QVariant toVariant(LeadField field) const
    {
        switch (m_kinds[int(field)]) {
        case Kind::Text:
            return QString::fromUtf8(bytes(field));
        case Kind::Number:
            return m_number[int(field)];
        case Kind::Null:
            break;
        }
        return {};
    }

private:
    QByteArray m_arena;
    QStringEncoder m_encoder {QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
    std::array<Kind, SlotCount> m_kinds {};
    std::array<bool, LeadFieldCount> m_given {};
    std::array<qsizetype, SlotCount> m_start {};
    std::array<qsizetype, SlotCount> m_length {};
    std::array<qint64, LeadFieldCount> m_number {};
};

struct Batch
{
    std::vector<Row> rows;
    qsizetype used = 0;
};

/// The funnel rank of a stage as SQL over expression, as schema 6 defines it for
/// leads.funnel_rank (core/storage/migrations.cpp): new 0, contacted 1, mql 2, sql 3,
/// opportunity 4, won 5, lost 3, anything else 0.
QByteArray funnelRank(const QByteArray &expression)
{
    return "(CASE " + expression
        + " WHEN 'contacted' THEN 1 WHEN 'mql' THEN 2 WHEN 'sql' THEN 3 WHEN 'opportunity' THEN 4 "
          "WHEN 'won' THEN 5 WHEN 'lost' THEN 3 ELSE 0 END)";
}

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

/// The name-and-company match key: "first|last|company", case-folded; empty unless all three.
QString nameKey(QStringView first, QStringView last, QStringView company)
{
    if (first.isEmpty() || last.isEmpty() || company.isEmpty())
        return {};
    QString key;
    key.reserve(first.size() + last.size() + company.size() + 2);
    key.append(first).append(u'|').append(last).append(u'|').append(company);
    return key.toCaseFolded();
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
        , m_scratch(columns.size())
        , m_unguarded(columns.size())
    {
        m_fieldColumn.fill(-1);
        for (qsizetype c = 0; c < columns.size(); ++c) {
            if (columns[c].kind == ColumnMapping::Kind::Field)
                m_fieldColumn[int(columns[c].field)] = c;
        }
    }

    /// Where parse() notes each cell's problem (one entry per column), for a preview; nullptr
    /// (the default) for an import. Not owned.
    void setProblems(std::vector<QString> *problems) { m_problems = problems; }

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
        row.reset(record.line);
        m_values.fill(QStringView());
        m_custom.resize(0);
        for (qsizetype c = 0; c < m_columns.size() && c < record.size(); ++c) {
            QStringView raw = record.field(c);
            if (raw.startsWith(u'\'')) {
                m_unguarded[size_t(c)] = CsvWriter::unguard(raw);
                raw = m_unguarded[size_t(c)];
            }
            const ColumnMapping &mapping = m_columns[c];
            switch (mapping.kind) {
            case ColumnMapping::Kind::Drop:
                break;
            case ColumnMapping::Kind::Custom:
                if (c < m_headers.size() && m_headers[c] == u"custom_fields"_s)
                    mergeCustomJson(c, clean(raw, m_scratch[size_t(c)]));
                else
                    keepAsCustom(c, clean(raw, m_scratch[size_t(c)]));
                break;
            case ColumnMapping::Kind::FullName: {
                const QStringView name = clean(raw, m_scratch[size_t(c)]);
                const qsizetype space = name.lastIndexOf(u' ');
                if (name.isEmpty())
                    break;
                setText(row, LeadField::FirstName, space < 0 ? name : name.left(space).trimmed());
                if (space >= 0)
                    setText(row, LeadField::LastName, name.mid(space + 1));
                break;
            }
            case ColumnMapping::Kind::Field:
                setField(row, c, mapping.field, clean(raw, m_scratch[size_t(c)]));
                break;
            }
        }
        if (!m_custom.isEmpty()) {
            m_custom.append(u'}');
            row.setText(LeadField::CustomFields, m_custom);
        }
        derive(row);
        // Every export must read back: no stored value longer than the reader takes.
        if (m_custom.size() > kMaxFieldLength && row.reject.isEmpty())
            row.reject = tr("the extra columns kept as custom fields are longer than %1 "
                            "characters together")
                             .arg(kMaxFieldLength);
    }

private:
    /// The value as cleanText() gives it, copied only when cleaning changes it.
    static QStringView clean(QStringView raw, QString &scratch)
    {
        if (Normalizer::isClean(raw))
            return raw;
        scratch = Normalizer::cleanText(raw);
        return scratch;
    }

    void setText(Row &row, LeadField field, QStringView value)
    {
        m_values[int(field)] = value;
        row.setText(field, value);
        row.setGiven(field);
    }

    void setNumber(Row &row, LeadField field, qint64 value)
    {
        row.setNumber(field, value);
        row.setGiven(field);
    }

    /// column: the column whose cell has the problem, or -1.
    void flag(Row &row, const QString &reason, qsizetype column)
    {
        if (row.flag.isEmpty())
            row.flag = reason;
        noteProblem(column, reason);
    }

    void noteProblem(qsizetype column, const QString &reason)
    {
        if (m_problems && column >= 0 && column < qsizetype(m_problems->size())
            && (*m_problems)[size_t(column)].isEmpty())
            (*m_problems)[size_t(column)] = reason;
    }

    void appendJson(QStringView text)
    {
        m_custom.append(u'"');
        for (const QChar c : text) {
            switch (c.unicode()) {
            case u'"':
                m_custom.append(u"\\\""_s);
                break;
            case u'\\':
                m_custom.append(u"\\\\"_s);
                break;
            case u'\n':
                m_custom.append(u"\\n"_s);
                break;
            case u'\t':
                m_custom.append(u"\\t"_s);
                break;
            default:
                if (c.unicode() < 0x20)
                    m_custom.append(u"\\u%1"_s.arg(c.unicode(), 4, 16, QLatin1Char('0')));
                else
                    m_custom.append(c);
            }
        }
        m_custom.append(u'"');
    }

    void keepAsCustom(qsizetype column, QStringView value)
    {
        if (value.isEmpty())
            return;
        m_custom.append(m_custom.isEmpty() ? u'{' : u',');
        appendJson(m_headers[column]);
        m_custom.append(u':');
        appendJson(value);
    }

    /// A custom_fields column (as Leadflow exports it): its JSON object's members join the row's.
    /// A custom_fields column (as Leadflow exports it): its JSON object's members join the row's.
    /// A cell that is not a JSON object is kept as it is, like any other custom column.
    void mergeCustomJson(qsizetype column, QStringView value)
    {
        const QJsonDocument document = QJsonDocument::fromJson(value.toUtf8());
        if (!document.isObject()) {
            keepAsCustom(column, value);
            return;
        }
        const QJsonObject object = document.object();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            QString text;
            if (it->isString())
                text = it->toString();
            else if (it->isArray())
                text =
                    QString::fromUtf8(QJsonDocument(it->toArray()).toJson(QJsonDocument::Compact));
            else if (it->isObject())
                text =
                    QString::fromUtf8(QJsonDocument(it->toObject()).toJson(QJsonDocument::Compact));
            else if (!it->isNull())
                text = it->toVariant().toString();
            m_custom.append(m_custom.isEmpty() ? u'{' : u',');
            appendJson(it.key());
            m_custom.append(u':');
            appendJson(text);
        }
    }

    void setField(Row &row, qsizetype column, LeadField field, QStringView value)
    {
        if (value.isEmpty())
            return;
        switch (fieldInfo(field).type) {
        case FieldType::Text:
            if (field == LeadField::Country) {
                m_country = Normalizer::countryCode(value);
                if (m_country.isEmpty()) {
                    flag(row, tr("unknown country"), column);
                    keepAsCustom(column, value);
                    return;
                }
                setText(row, field, m_country);
                return;
            }
            setText(row, field, value);
            return;
        case FieldType::Stage: {
            const auto stage = stageFromStatus(value);
            if (!stage) {
                flag(row, tr("unknown status"), column);
                keepAsCustom(column, value);
                return;
            }
            setText(row, field, stageKeys()[int(*stage)]);
            return;
        }
        case FieldType::Money: {
            const auto cents =
                ValueParser::parseMoneyMinorUnits(value, m_numberStyles.value(column));
            if (!cents) {
                flag(row, tr("unreadable amount"), column);
                keepAsCustom(column, value);
                return;
            }
            setNumber(row, field, *cents);
            return;
        }
        case FieldType::Timestamp: {
            const auto time = ValueParser::parseDateTime(value, m_dateOrders.value(column));
            if (!time) {
                flag(row, tr("unreadable date"), column);
                keepAsCustom(column, value);
                return;
            }
            setNumber(row, field, time->toMSecsSinceEpoch());
            return;
        }
        case FieldType::Integer:
        case FieldType::Reference: {
            bool ok = false;
            const qint64 number = value.toLongLong(&ok);
            if (!ok) {
                keepAsCustom(column, value);
                return;
            }
            setNumber(row, field, number);
            return;
        }
        case FieldType::Json:
            keepAsCustom(column, value);
            return;
        }
    }

    static const QList<QString> &stageKeys()
    {
        static const QList<QString> keys = [] {
            QList<QString> list;
            for (Stage stage : allStages())
                list << stageKey(stage);
            return list;
        }();
        return keys;
    }

    QStringView value(LeadField field) const { return m_values[int(field)]; }

    void derive(Row &row)
    {
        const auto email = Normalizer::email(value(LeadField::Email));
        row.setText(LeadField::EmailNormalized, email.normalized);
        row.setNumber(LeadField::EmailState, qint64(email.state));

        const QStringView phone = value(LeadField::Phone);
        const QString e164 =
            phone.isEmpty() ? QString() : m_normalizer.phoneE164(phone, value(LeadField::Country));
        row.setText(LeadField::PhoneE164, e164);

        row.setText(LeadField::CompanyDomain,
            Normalizer::companyDomain(email.normalized, value(LeadField::Website)));
        if (const auto employees = Normalizer::employeeCount(value(LeadField::Employees)))
            row.setNumber(LeadField::EmployeeCount, *employees);

        const QStringView first = value(LeadField::FirstName);
        const QStringView last = value(LeadField::LastName);
        const QStringView company = value(LeadField::Company);
        m_search.resize(0);
        m_search.append(first).append(u' ').append(last).append(u' ').append(company).append(u' ');
        m_search.append(email.normalized);
        row.setText(Row::SearchText, m_search.toCaseFolded());
        if (m_options.matchNameAndCompany)
            row.setText(Row::NameKey, nameKey(first, last, company));

        if (row.kind(LeadField::Stage) == Row::Kind::Null)
            row.setText(LeadField::Stage, stageKeys()[int(Stage::New)]);
        if (row.kind(LeadField::CreatedAt) == Row::Kind::Null)
            row.setNumber(LeadField::CreatedAt, m_now);
        row.setNumber(LeadField::UpdatedAt, m_now);
        for (LeadField zero : {LeadField::Score, LeadField::FitScore, LeadField::EngagementScore})
            row.setNumber(zero, 0);
        row.setNumber(LeadField::Version, 1);

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
            flag(row, tr("malformed email"), m_fieldColumn[int(LeadField::Email)]);
        else if (!phone.isEmpty() && !hasPhone)
            flag(row, tr("phone number not recognised"), m_fieldColumn[int(LeadField::Phone)]);
        if (m_problems) {
            // A preview marks the cells behind every problem, not only the one that flags the row.
            if (email.state == EmailState::Invalid)
                noteProblem(m_fieldColumn[int(LeadField::Email)], tr("malformed email"));
            if (!phone.isEmpty() && !hasPhone)
                noteProblem(
                    m_fieldColumn[int(LeadField::Phone)], tr("phone number not recognised"));
        }
    }

    QStringList m_headers;
    QList<ColumnMapping> m_columns;
    const LeadImportOptions &m_options;
    Normalizer m_normalizer;
    qint64 m_now;
    QHash<qsizetype, NumberStyle> m_numberStyles;
    QHash<qsizetype, DateOrder> m_dateOrders;
    // Per-row working storage, reused: views of the current row's values point into the record
    // or into these.
    std::array<QStringView, LeadFieldCount> m_values;
    std::vector<QString> m_scratch; ///< per column
    std::vector<QString> m_unguarded; ///< per column
    QString m_country;
    QString m_custom;
    QString m_search;
    std::array<qsizetype, LeadFieldCount> m_fieldColumn {}; ///< last column mapped to each field
    std::vector<QString> *m_problems = nullptr;
};

} // namespace

namespace {

/// Runs a statement of the import; a failure reads "The import could not be written: ...".
Status exec(QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    return bulk::exec(db, sql, values, tr("The import could not be written"));
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

/// Refuses a header row that names a column twice; names blank headers "Column N".
Status nameHeaders(QStringList &headers, const QString &path, qint64 line)
{
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QString key = headers[i].trimmed().toCaseFolded();
        if (key.isEmpty())
            continue;
        if (seen.contains(key)) {
            Error error {ErrorCode::Parse,
                tr("The header row names \"%1\" twice (columns %2 and %3); rename one "
                   "and import again. Nothing was imported.")
                    .arg(headers[i].trimmed())
                    .arg(seen.value(key) + 1)
                    .arg(i + 1),
                path, line, i + 1, headers[i].trimmed(), {}};
            return fail(error);
        }
        seen.insert(key, i);
    }
    for (qsizetype i = 0; i < headers.size(); ++i) {
        if (headers[i].trimmed().isEmpty())
            headers[i] = tr("Column %1").arg(i + 1);
    }
    return {};
}

/// The mapping options give for these headers (suggested when empty), checked: one entry per
/// column, no field Leadflow keeps itself; custom columns dropped unless options keep them.
Result<QList<ColumnMapping>> checkedColumns(
    const QStringList &headers, const LeadImportOptions &options)
{
    QList<ColumnMapping> columns =
        options.columns.isEmpty() ? LeadImporter::suggestMapping(headers) : options.columns;
    if (columns.size() != headers.size())
        return fail(ErrorCode::Invalid,
            tr("The mapping has %1 columns but the file has %2.")
                .arg(columns.size())
                .arg(headers.size()));
    for (ColumnMapping &mapping : columns) {
        if (mapping.kind == ColumnMapping::Kind::Field && !fieldInfo(mapping.field).editable)
            return fail(ErrorCode::Invalid,
                tr("Column mapped to %1, which Leadflow keeps itself.")
                    .arg(fieldKey(mapping.field)),
                fieldKey(mapping.field));
        if (mapping.kind == ColumnMapping::Kind::Custom && !options.keepUnmapped)
            mapping.kind = ColumnMapping::Kind::Drop;
    }
    return columns;
}

/// Leads by one match key (normalized email, E.164 phone, or the name-and-company key): a 64-bit
/// hash of the key → lead id, about 30 bytes a lead. A hit counts only once the stored lead
/// confirms the key, so a hash collision never merges two leads; colliding keys keep every id.
class MatchIndex
{
public:
    /// Whether lead id really has this key.
    using Verify = std::function<bool(qint64 id, QByteArrayView key)>;

    explicit MatchIndex(Verify verify)
        : m_verify(std::move(verify))
    {
    }

    void insert(QByteArrayView key, qint64 id)
    {
        const quint64 h = hash(key);
        if (m_first.contains(h))
            m_more.insert(h, id);
        else
            m_first.insert(h, id);
    }

    /// The lead with this key, or 0.
    qint64 find(QByteArrayView key) const
    {
        const quint64 h = hash(key);
        const auto first = m_first.constFind(h);
        if (first == m_first.cend())
            return 0;
        if (m_verify(*first, key))
            return *first;
        for (auto it = m_more.constFind(h); it != m_more.cend() && it.key() == h; ++it) {
            if (m_verify(*it, key))
                return *it;
        }
        return 0;
    }

private:
    static quint64 hash(QByteArrayView key) { return qHash(key, size_t(0x9e3779b97f4a7c15ULL)); }

    Verify m_verify;
    QHash<quint64, qint64> m_first;
    QMultiHash<quint64, qint64> m_more;
};

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
    ImportReport report;
    report.fileName = path;
    report.dryRun = options.dryRun;
    // Others who must wait for this import's write lock are told why, and wait for it.
    const WriterActivity activity(m_database.path(),
        tr("an import of %1 by %2").arg(QFileInfo(path).fileName(), options.actor));
    CsvReader reader;
    CsvRecord record;
    if (auto opened = bulk::openImportFile(m_database, reader, record, path, options.csv); !opened)
        return fail(opened.error());
    report.encoding = reader.encoding();
    report.delimiter = reader.delimiter();
    report.headers = record.toStringList();
    if (auto named = nameHeaders(report.headers, path, record.line); !named)
        return fail(named.error());
    auto columns = checkedColumns(report.headers, options);
    if (!columns)
        return fail(columns.error());
    report.columns = std::move(*columns);

    // Read ahead a sample to settle number and date styles per column.
    std::vector<QStringList> sample;
    std::vector<qint64> sampleLines;
    while (qsizetype(sample.size()) < sampleRows) {
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
            tr("The file has a header row but no leads; nothing was imported."), path, record.line,
            0, {}, {}});

    auto connection = Connection::open(m_database, u"import"_s);
    if (!connection)
        return fail(connection.error());
    QSqlDatabase &db = (*connection)->sql();
    sqlite3 *handle = bulk::sqliteHandle(db);
    if (!handle)
        return fail(ErrorCode::Database, tr("Imports need the SQLite driver."));
    // Index builds sort on disk rather than in memory (peak memory stays flat for big files) and
    // with a second thread.
    for (const char *pragma : {"PRAGMA temp_store = FILE", "PRAGMA threads = 2"}) {
        if (auto set = exec(db, QString::fromLatin1(pragma)); !set)
            return fail(set.error());
    }
    const QString defaultRegion = Settings(db).defaultPhoneRegion();

    // Errors file for rejected rows: the original row plus a reason and its line, for Excel.
    std::optional<bulk::RejectedRowsFile> rejectedRows;
    if (!options.errorsPath.isEmpty()) {
        rejectedRows.emplace();
        if (auto opened =
                rejectedRows->open(options.errorsPath, path, report.headers, reader.delimiter());
            !opened)
            return fail(opened.error());
    }

    // The parsing thread: records → rows, in batches; written batches come back for reuse.
    bulk::BatchQueue<Batch> queue(queueDepth);
    auto takeBatch = [&queue] {
        auto batch = queue.recycled();
        if (!batch) {
            batch = std::make_unique<Batch>();
            batch->rows.resize(batchSize);
        }
        batch->used = 0;
        return batch;
    };
    RowParser parser(report.headers, report.columns, options, defaultRegion);
    parser.learn(sample);
    std::thread producer([&] {
        pthread_setname_np(pthread_self(), "lf-import-parse");
        auto batch = takeBatch();
        auto enqueue = [&](const auto &source) {
            Row &row = batch->rows[size_t(batch->used++)];
            parser.parse(source, row);
            if (!row.reject.isEmpty() && rejectedRows)
                rejectedRows->write(source.toStringList(), row.reject, source.line);
            if (batch->used == batchSize) {
                queue.push(std::move(batch));
                batch = takeBatch();
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
        if (batch->used > 0)
            queue.push(std::move(batch));
        queue.finish();
    });
    bulk::ProducerGuard guard(queue, producer);

    QElapsedTimer timer;
    timer.start();
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
    const qint64 leadsBefore = query.value(1).toLongLong();
    const bool tableWasEmpty = leadsBefore == 0;
    query.finish();

    // Leads already there, by match key, confirmed against the stored lead on every hit.
    bulk::Statement emailOf(handle, "SELECT email_normalized FROM leads WHERE id = ?");
    bulk::Statement phoneOf(handle, "SELECT phone_e164 FROM leads WHERE id = ?");
    bulk::Statement nameOf(handle, "SELECT first_name, last_name, company FROM leads WHERE id = ?");
    if (!emailOf || !phoneOf || !nameOf)
        return fail(bulk::sqliteError(handle, tr("Cannot prepare the import")));
    auto columnBytes = [](sqlite3_stmt *stmt, int column) {
        return QByteArrayView(reinterpret_cast<const char *>(sqlite3_column_text(stmt, column)),
            sqlite3_column_bytes(stmt, column));
    };
    // Whether the stored lead confirms the key; the statement is reset before returning, so no
    // read stays open on the connection.
    auto confirms = [&](const bulk::Statement &statement, qint64 id, auto &&matches) {
        sqlite3_stmt *stmt = statement.get();
        sqlite3_bind_int64(stmt, 1, id);
        const bool confirmed = sqlite3_step(stmt) == SQLITE_ROW && matches(stmt);
        sqlite3_reset(stmt);
        return confirmed;
    };
    MatchIndex byEmail([&](qint64 id, QByteArrayView key) {
        return confirms(
            emailOf, id, [&](sqlite3_stmt *lead) { return columnBytes(lead, 0) == key; });
    });
    MatchIndex byPhone([&](qint64 id, QByteArrayView key) {
        return confirms(
            phoneOf, id, [&](sqlite3_stmt *lead) { return columnBytes(lead, 0) == key; });
    });
    MatchIndex byName([&](qint64 id, QByteArrayView key) {
        return confirms(nameOf, id, [&](sqlite3_stmt *lead) {
            return QByteArrayView(nameKey(QString::fromUtf8(columnBytes(lead, 0)),
                       QString::fromUtf8(columnBytes(lead, 1)),
                       QString::fromUtf8(columnBytes(lead, 2)))
                                      .toUtf8())
                == key;
        });
    });
    const bool matching = options.onDuplicate != DuplicatePolicy::Create;
    auto searchTriggers = bulk::suspendTriggers(db, bulk::searchTriggers());
    if (!searchTriggers)
        return fail(searchTriggers.error());
    // Leads that were there before and that this import updates: out of the search index from
    // their first update until the end, when they go back in with their final text.
    QSet<qint64> searchRemoved;
    bulk::Statement searchRemove(handle,
        "INSERT INTO lead_search (lead_search, rowid, search_text) SELECT 'delete', id, "
        "search_text FROM leads WHERE id = ? AND search_text IS NOT NULL");
    bulk::Statement searchAdd(handle,
        "INSERT INTO lead_search (rowid, search_text) SELECT id, search_text FROM leads "
        "WHERE id = ? AND search_text IS NOT NULL");
    if (!searchRemove || !searchAdd)
        return fail(bulk::sqliteError(handle, tr("Cannot prepare the import")));
    // Runs one of the two for lead id; an error reads "Cannot update the search index".
    auto updateSearch = [&](const bulk::Statement &statement, qint64 id) -> Status {
        sqlite3_stmt *stmt = statement.get();
        sqlite3_bind_int64(stmt, 1, id);
        const int stepped = sqlite3_step(stmt);
        sqlite3_reset(stmt);
        if (stepped != SQLITE_DONE)
            return fail(bulk::sqliteError(handle, tr("Cannot update the search index")));
        return {};
    };
    QStringList indexes;
    if (tableWasEmpty) {
        auto dropped = bulk::dropSecondaryIndexes(db, u"leads"_s);
        if (!dropped)
            return fail(dropped.error());
        indexes = *dropped;
        if (auto cached = bulk::useBulkLoadCache(db); !cached)
            return fail(cached.error());
    } else if (matching) {
        bulk::Statement keys(handle,
            "SELECT id, email_normalized, phone_e164, first_name, last_name, "
            "company FROM leads WHERE deleted_at IS NULL");
        if (!keys)
            return fail(bulk::sqliteError(handle, tr("Cannot read the leads")));
        auto column = [&](int c) {
            return QByteArrayView(
                reinterpret_cast<const char *>(sqlite3_column_text(keys.get(), c)),
                sqlite3_column_bytes(keys.get(), c));
        };
        while (sqlite3_step(keys.get()) == SQLITE_ROW) {
            const qint64 id = sqlite3_column_int64(keys.get(), 0);
            if (!column(1).isEmpty())
                byEmail.insert(column(1), id);
            if (options.matchPhone && !column(2).isEmpty())
                byPhone.insert(column(2), id);
            if (options.matchNameAndCompany) {
                const QByteArray key = nameKey(QString::fromUtf8(column(3)),
                    QString::fromUtf8(column(4)), QString::fromUtf8(column(5)))
                                           .toUtf8();
                if (!key.isEmpty())
                    byName.insert(key, id);
            }
        }
    }

    QByteArray insertSql = "INSERT INTO leads (";
    QByteArray marks;
    int stageParameter = 0;
    for (const FieldInfo &info : allFields()) {
        if (info.field == LeadField::Id)
            continue;
        insertSql += info.column;
        insertSql += ", ";
        marks += "?, ";
        if (info.field == LeadField::Stage)
            stageParameter = int(marks.count('?'));
    }
    // Every field but the id (the batch goes where the registry puts import_batch_id), then the
    // search text, then the funnel rank of the stage: the stage history row this import writes for
    // each new lead has that rank, so the trigger that keeps funnel_rank finds nothing to raise and
    // no wide lead row is written twice.
    insertSql += "search_text, funnel_rank) VALUES (" + marks + "?, "
        + funnelRank(QByteArray("?") + QByteArray::number(stageParameter)) + ")";
    bulk::Statement insert(handle, insertSql);
    if (!insert)
        return fail(bulk::sqliteError(handle, tr("Cannot prepare the import")));

    LeadService leads(db);
    leads.setLifecycleChecks(false); // stages as the file (or the state before the import) has them
    leads.setActor(actor);
    std::optional<Error> failure;

    auto findExisting = [&](const Row &row) -> qint64 {
        if (const QByteArrayView email = row.bytes(LeadField::EmailNormalized); !email.isEmpty()) {
            if (const qint64 id = byEmail.find(email))
                return id;
        }
        if (options.matchPhone) {
            if (const QByteArrayView phone = row.bytes(LeadField::PhoneE164); !phone.isEmpty()) {
                if (const qint64 id = byPhone.find(phone))
                    return id;
            }
        }
        if (options.matchNameAndCompany) {
            if (const QByteArrayView name = row.bytes(Row::NameKey); !name.isEmpty()) {
                if (const qint64 id = byName.find(name))
                    return id;
            }
        }
        return 0;
    };
    auto remember = [&](const Row &row, qint64 id) {
        if (const QByteArrayView email = row.bytes(LeadField::EmailNormalized); !email.isEmpty())
            byEmail.insert(email, id);
        if (options.matchPhone && !row.bytes(LeadField::PhoneE164).isEmpty())
            byPhone.insert(row.bytes(LeadField::PhoneE164), id);
        if (options.matchNameAndCompany && !row.bytes(Row::NameKey).isEmpty())
            byName.insert(row.bytes(Row::NameKey), id);
    };

    auto insertRow = [&](const Row &row) -> Status {
        sqlite3_stmt *stmt = insert.get();
        int index = 1;
        for (const FieldInfo &info : allFields()) {
            if (info.field == LeadField::Id)
                continue;
            if (info.field == LeadField::ImportBatchId) {
                sqlite3_bind_int64(stmt, index++, batchId);
                continue;
            }
            switch (row.kind(info.field)) {
            case Row::Kind::Text: {
                const QByteArrayView text = row.bytes(info.field);
                sqlite3_bind_text(stmt, index, text.data(), int(text.size()), SQLITE_STATIC);
                break;
            }
            case Row::Kind::Number:
                sqlite3_bind_int64(stmt, index, row.number(info.field));
                break;
            case Row::Kind::Null:
                sqlite3_bind_null(stmt, index);
                break;
            }
            ++index;
        }
        const QByteArrayView search = row.bytes(Row::SearchText);
        sqlite3_bind_text(stmt, index, search.data(), int(search.size()), SQLITE_STATIC);
        const int rc = sqlite3_step(stmt);
        sqlite3_reset(stmt);
        if (rc != SQLITE_DONE) {
            return fail(bulk::rowSaveError(handle, path, row.line));
        }
        return {};
    };

    QHash<qint64, QString> stageAtCreation; ///< leads of this import that later rows updated
    auto updateRow = [&](const Row &row, qint64 id) -> Status {
        auto current = leads.get(id);
        if (!current)
            return fail(current.error());
        LeadChanges changes;
        for (const FieldInfo &info : allFields()) {
            if (!info.editable || !row.given(info.field))
                continue;
            if (options.onDuplicate == DuplicatePolicy::Fill && !current->isNull(info.field))
                continue;
            const QVariant value = row.toVariant(info.field);
            if (current->value(info.field) != value)
                changes.append({info.field, value});
        }
        if (changes.isEmpty()) {
            ++report.skipped;
            return {};
        }
        if (id <= maxIdBefore && !searchRemoved.contains(id)) {
            if (auto removed = updateSearch(searchRemove, id); !removed)
                return removed;
            searchRemoved.insert(id);
        }
        QJsonObject previous;
        for (const auto &[field, value] : std::as_const(changes))
            previous.insert(fieldKey(field), QJsonValue::fromVariant(current->value(field)));
        auto updated = leads.update(id, current->version(), changes, tr("import #%1").arg(batchId));
        if (!updated)
            return fail(updated.error());
        ++report.updated;
        // Later rows find the lead by its keys as they are now.
        if (!updated->isNull(LeadField::EmailNormalized))
            byEmail.insert(updated->text(LeadField::EmailNormalized).toUtf8(), id);
        if (options.matchPhone && !updated->isNull(LeadField::PhoneE164))
            byPhone.insert(updated->text(LeadField::PhoneE164).toUtf8(), id);
        if (options.matchNameAndCompany) {
            const QByteArray key = nameKey(updated->text(LeadField::FirstName),
                updated->text(LeadField::LastName), updated->text(LeadField::Company))
                                       .toUtf8();
            if (!key.isEmpty())
                byName.insert(key, id);
        }
        if (id > maxIdBefore) {
            // Created by this import (undoing it removes the lead anyway); its first stage is the
            // one it was created in, whatever later rows made of it.
            if (!stageAtCreation.contains(id))
                stageAtCreation.insert(id, current->text(LeadField::Stage));
            return {};
        }
        return exec(db,
            u"INSERT INTO import_row_changes (batch_id, line, lead_id, action, "
            "previous_values, previous_version, new_version) "
            "VALUES (?, ?, ?, 'updated', ?, ?, ?)"_s,
            {batchId, row.line, id,
                QString::fromUtf8(QJsonDocument(previous).toJson(QJsonDocument::Compact)),
                current->version(), updated->version()});
    };

    while (auto batch = queue.pop()) {
        for (qsizetype r = 0; r < batch->used; ++r) {
            const Row &row = batch->rows[size_t(r)];
            ++report.rows;
            if (!row.reject.isEmpty()) {
                ++report.rejected;
                ++report.rejectReasons[row.reject];
                continue;
            }
            const qint64 existing = matching ? findExisting(row) : 0;
            Status status;
            bool imported = false;
            if (existing == 0) {
                status = insertRow(row);
                if (status) {
                    ++report.created;
                    imported = true;
                    if (matching)
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
        queue.recycle(std::move(batch));
        if (failure)
            break;
        if (progress && progress->isCancelled())
            break;
    }
    queue.stop();
    producer.join();
    report.encoding = reader.encoding(); // settled by now when the file started in plain ASCII
    qCDebug(bulk::lcImport) << "rows written:" << timer.restart() << "ms";

    if (failure)
        return fail(*failure);
    if (auto error = queue.error())
        return fail(*error);
    if (progress && progress->isCancelled())
        return fail(ErrorCode::Cancelled, tr("The import was cancelled; nothing was imported."));

    // The search index: the new leads in one statement, the updated ones with their new text.
    if (auto added = exec(db,
            u"INSERT INTO lead_search (rowid, search_text) SELECT id, search_text FROM leads "
            "WHERE id > ? AND search_text IS NOT NULL"_s,
            {maxIdBefore});
        !added)
        return fail(added.error());
    for (qint64 id : std::as_const(searchRemoved)) {
        if (auto added = updateSearch(searchAdd, id); !added)
            return fail(added.error());
    }
    if (auto restored = bulk::restoreTriggers(db, *searchTriggers); !restored)
        return fail(restored.error());
    qCDebug(bulk::lcImport) << "search index:" << timer.restart() << "ms";

    if (auto built = bulk::createIndexes(db, indexes); !built)
        return fail(built.error());
    qCDebug(bulk::lcImport) << "indexes built:" << timer.restart() << "ms";

    // Every new lead's entry into its first stage, for the funnel: one statement for the batch. The
    // leads it created are the ones above the highest id before it.
    if (!query.exec(u"SELECT NOT EXISTS (SELECT 1 FROM stage_history)"_s) || !query.next())
        return fail(databaseError(query, tr("Cannot read the stage history")));
    const bool historyWasEmpty = query.value(0).toBool();
    query.finish();
    QStringList historyIndexes;
    if (historyWasEmpty) {
        auto dropped = bulk::dropSecondaryIndexes(db, u"stage_history"_s);
        if (!dropped)
            return fail(dropped.error());
        historyIndexes = *dropped;
    }
    // The insert triggers have nothing to do for these rows: a first stay has no row before it,
    // and the funnel rank was written with each lead (a lead moved on by a later row of the file
    // had it raised then). Without them the statement does not look up every lead once more.
    auto historyTriggers =
        bulk::suspendTriggers(db, {u"stage_history_rank_insert"_s, u"stage_history_stay_insert"_s});
    if (!historyTriggers)
        return fail(historyTriggers.error());
    if (auto recorded = exec(db,
            u"INSERT INTO stage_history (lead_id, lead_version, from_stage, to_stage, "
            "at, actor, rule) SELECT id, 1, NULL, stage, created_at, ?, 'import' "
            "FROM leads WHERE id > ?"_s,
            {actor, maxIdBefore});
        !recorded)
        return fail(recorded.error());
    if (auto restored = bulk::restoreTriggers(db, *historyTriggers); !restored)
        return fail(restored.error());
    for (auto it = stageAtCreation.cbegin(); it != stageAtCreation.cend(); ++it) {
        if (auto fixed = exec(db,
                u"UPDATE stage_history SET to_stage = ? WHERE lead_id = ? AND from_stage IS NULL"_s,
                {it.value(), it.key()});
            !fixed)
            return fail(fixed.error());
    }
    if (auto built = bulk::createIndexes(db, historyIndexes); !built)
        return fail(built.error());
    if (!options.dryRun) {
        if (auto analyzed = bulk::analyzeIfGrown(
                db, {u"leads"_s, u"stage_history"_s}, leadsBefore, report.created);
            !analyzed)
            return fail(analyzed.error());
    }
    if (auto finished = exec(db,
            u"UPDATE import_batches SET status = 'committed', rows_read = ?, "
            "created = ?, updated = ?, skipped = ?, rejected = ?, finished_at = ? "
            "WHERE id = ?"_s,
            {report.rows, report.created, report.updated, report.skipped, report.rejected,
                QDateTime::currentMSecsSinceEpoch(), batchId});
        !finished)
        return fail(finished.error());
    qCDebug(bulk::lcImport) << "stage history and batch recorded:" << timer.restart() << "ms";

    if (rejectedRows) {
        auto written = rejectedRows->finish();
        if (!written)
            return fail(written.error());
        if (*written)
            report.errorsPath = options.errorsPath;
    }
    if (options.dryRun) {
        transaction.rollback();
        return report;
    }
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

Result<ImportPreview> previewImport(const Database &database, const QString &path,
    const LeadImportOptions &options, qsizetype maxRows)
{
    ImportPreview preview;
    CsvReader reader;
    CsvRecord record;
    if (auto opened = reader.open(path, options.csv); !opened)
        return fail(opened.error());
    if (auto read = reader.readRecord(record); !read)
        return fail(read.error());
    preview.encoding = reader.encoding();
    preview.delimiter = reader.delimiter();
    preview.headers = record.toStringList();
    if (auto named = nameHeaders(preview.headers, path, record.line); !named)
        return fail(named.error());
    auto columns = checkedColumns(preview.headers, options);
    if (!columns)
        return fail(columns.error());
    preview.columns = std::move(*columns);

    // The same sample the import settles number and date styles from (or more, for a long preview).
    std::vector<QStringList> sample;
    std::vector<qint64> sampleLines;
    const qsizetype wanted = std::max(maxRows, sampleRows);
    while (qsizetype(sample.size()) <= wanted) {
        auto read = reader.readRecord(record);
        if (!read)
            return fail(read.error());
        if (!*read)
            break;
        sample.push_back(record.toStringList());
        sampleLines.push_back(record.line);
    }
    preview.encoding = reader.encoding(); // settled by now when the first bytes were ASCII
    preview.more = qsizetype(sample.size()) > maxRows;
    if (qsizetype(sample.size()) > wanted)
        sample.pop_back(); // read only to know whether more follow

    RowParser parser(preview.headers, preview.columns, options,
        Settings(database.connection()).defaultPhoneRegion());
    parser.learn(sample);
    std::vector<QString> problems;
    parser.setProblems(&problems);
    Row row;
    const qsizetype count = std::min(maxRows, qsizetype(sample.size()));
    preview.rows.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        problems.assign(size_t(preview.headers.size()), QString());
        parser.parse(OwnedRecord {sample[size_t(i)], sampleLines[size_t(i)]}, row);
        ImportPreviewRow out;
        out.line = row.line;
        out.cells = sample[size_t(i)];
        out.problems = QStringList(problems.cbegin(), problems.cend());
        out.values.reserve(LeadFieldCount);
        for (int f = 0; f < LeadFieldCount; ++f)
            out.values << row.toVariant(LeadField(f));
        out.reject = row.reject;
        out.flag = row.flag;
        preview.rows << out;
    }
    return preview;
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
        return fail(ErrorCode::Conflict, tr("Import %1 was already undone.").arg(batchId));
    const QString kind = query.value(0).toString();
    query.finish();
    if (kind == u"touchpoints"_s)
        return undoTouchpointImport(db, transaction, batchId);
    if (kind == u"campaigns"_s)
        return undoCampaignImport(db, transaction, batchId);

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
    leads.setLifecycleChecks(false); // stages as the file (or the state before the import) has them
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
    // The changes are undone newest first, so a lead updated twice ends at its value before both.
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
                restore.append({*field, QVariant(it->toString())});
            else
                restore.append({*field, QVariant(qint64(it->toDouble()))});
        }
        auto restored = leads.update(
            change.leadId, lead->version(), restore, tr("undo of import #%1").arg(batchId));
        if (!restored)
            return fail(restored.error());
    }
    qint64 count = versionAfterImport.size(); // leads restored

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
    if (auto owed = PendingWork::markRescore(db, u"undo of import %1"_s.arg(batchId)); !owed)
        return fail(owed.error());
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
        batch.startedAt = QDateTime::fromMSecsSinceEpoch(query.value(10).toLongLong(), Qt::UTC);
        batches << batch;
    }
    return batches;
}

} // namespace lf
